import { afterEach, describe, expect, it } from 'vitest'
import { api, closeEmulators, connect, postForm, start } from '../../helpers/emulator-client'

afterEach(closeEmulators)

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`
}

describe('the emulator as Strava is from 2027', () => {
  it('serves the API on its own origin without /api/v3, and on the legacy path until retired', async () => {
    const emu = await start()
    const { access_token: token } = await connect(emu)
    expect(emu.apiUrl).not.toBe(emu.url)
    expect((await api(emu, '/athlete', token, undefined, emu.apiUrl)).status).toBe(200)
    expect((await api(emu, '/api/v3/athlete', token, undefined, emu.apiUrl)).status).toBe(404)
    expect((await api(emu, '/athlete', token)).status).toBe(200)
    expect(emu.stats).toMatchObject({ apiHostRequests: 2, legacyApiRequests: 1 })

    emu.setLegacyApi('retired-410')
    expect((await api(emu, '/athlete', token)).status).toBe(410)
    emu.setLegacyApi('retired-404')
    expect((await api(emu, '/athlete/activities', token)).status).toBe(404)
    expect(emu.stats.legacyApiRequests).toBe(1)
  })

  it('refuses connections on the API origin while it is "not there yet"', async () => {
    const emu = await start()
    const { access_token: token } = await connect(emu)
    await emu.setApiHost('down')
    await expect(api(emu, '/athlete', token, undefined, emu.apiUrl)).rejects.toMatchObject({
      cause: { code: 'ECONNREFUSED' },
    })
    await emu.setApiHost('up')
    expect((await api(emu, '/athlete', token, undefined, emu.apiUrl)).status).toBe(200)
  })

  it('takes tokens outside the header until strict, and counts them', async () => {
    const emu = await start()
    const { access_token: token } = await connect(emu)
    const inQuery = () => fetch(`${emu.apiUrl}/athlete?access_token=${token}`)
    expect((await inQuery()).status).toBe(200)
    emu.setStrictTokens(true)
    expect((await inQuery()).status).toBe(401)
    expect((await api(emu, '/athlete', token, undefined, emu.apiUrl)).status).toBe(200)
    expect(emu.stats.tokensOutsideHeader).toBe(2)
  })

  it('revokes with HTTP Basic client credentials and the refresh token, ending both tokens', async () => {
    const emu = await start()
    const tokens = await connect(emu)
    const revoke = (authorization: string, token = tokens.refresh_token) =>
      postForm(
        `${emu.url}/oauth/revoke`,
        { token, token_type_hint: 'refresh_token' },
        { headers: { authorization } },
      )
    expect((await revoke(basic(emu.clientId, 'wrong'))).status).toBe(401)
    expect((await api(emu, '/athlete', tokens.access_token)).status).toBe(200)
    expect((await revoke(basic(emu.clientId, emu.clientSecret))).status).toBe(200)
    expect(emu.stats.revocations).toBe(1)
    expect((await api(emu, '/athlete', tokens.access_token)).status).toBe(401)
    // RFC 7009: an unknown or already revoked token is not an error.
    expect((await revoke(basic(emu.clientId, emu.clientSecret))).status).toBe(200)
    expect(emu.stats.revocations).toBe(1)

    emu.setRevokeAvailable(false)
    expect((await revoke(basic(emu.clientId, emu.clientSecret))).status).toBe(404)
  })

  it('retires oauth/deauthorize, and in strict mode takes its token only in the header', async () => {
    const emu = await start({ strictTokens: true })
    const tokens = await connect(emu)
    const inBody = await postForm(`${emu.url}/oauth/deauthorize`, {
      access_token: tokens.access_token,
    })
    expect(inBody.status).toBe(401)
    emu.setDeauthorizeRetired(true)
    const retired = await fetch(`${emu.url}/oauth/deauthorize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.access_token}` },
    })
    expect(retired.status).toBe(404)
    emu.setDeauthorizeRetired(false)
    const inHeader = await fetch(`${emu.url}/oauth/deauthorize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.access_token}` },
    })
    expect(inHeader.status).toBe(200)
    expect(emu.stats).toMatchObject({ deauthorizations: 1, tokensOutsideHeader: 1 })
  })
})
