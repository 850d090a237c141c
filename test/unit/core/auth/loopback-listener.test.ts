import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import {
  startLoopbackListener,
  type LoopbackListener,
} from '../../../../src/main/core/auth/loopback-listener'

const STATE = 'expected-state-value-0123456789'
let listener: LoopbackListener | undefined

afterEach(async () => {
  await listener?.close()
  listener = undefined
})

/** A raw request, so tests can forge the Host header and the method. */
function send(url: string, options: { method?: string; host?: string } = {}) {
  const target = new URL(url)
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? 'GET',
        headers: options.host ? { host: options.host } : undefined,
      },
      (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

async function start() {
  const rejected: string[] = []
  listener = await startLoopbackListener({
    expectedState: STATE,
    onRejected: (r) => rejected.push(r),
  })
  return { listener, rejected }
}

describe('OAuth loopback listener', () => {
  it('listens on 127.0.0.1 on an ephemeral port with the callback path', async () => {
    const { listener } = await start()
    expect(listener.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/)
    expect(listener.redirectUri).not.toMatch(/:0\//)
  })

  it('ignores forged, missing and stale states and keeps waiting for the right one', async () => {
    const { listener, rejected } = await start()
    const base = listener.redirectUri
    for (const query of [
      '?code=stolen&state=forged',
      '?code=stolen',
      `?code=stolen&state=${STATE}x`,
      '?state=',
    ]) {
      expect((await send(base + query)).status, query).toBe(400)
    }
    expect(rejected).toHaveLength(4)
    const ok = await send(`${base}?code=the-real-code&state=${STATE}&scope=read,activity:read_all`)
    expect(ok.status).toBe(200)
    expect(ok.body).toContain('close this tab')
    expect(ok.body).not.toContain('the-real-code')
    await expect(listener.result).resolves.toEqual({
      kind: 'code',
      code: 'the-real-code',
      grantedScope: 'read,activity:read_all',
    })
  })

  it('refuses a second callback after completion', async () => {
    const { listener } = await start()
    await send(`${listener.redirectUri}?code=one&state=${STATE}&scope=read`)
    const second = await send(`${listener.redirectUri}?code=two&state=${STATE}&scope=read`)
    expect(second.status).toBe(409)
    await expect(listener.result).resolves.toMatchObject({ code: 'one' })
  })

  it('answers access_denied as a denial', async () => {
    const { listener } = await start()
    expect((await send(`${listener.redirectUri}?error=access_denied&state=${STATE}`)).status).toBe(
      200,
    )
    await expect(listener.result).resolves.toEqual({ kind: 'denied' })
  })

  it('refuses other paths, methods, foreign Host headers and oversized URLs', async () => {
    const { listener } = await start()
    const base = new URL(listener.redirectUri)
    const good = `${listener.redirectUri}?code=c&state=${STATE}`
    expect((await send(`${base.origin}/other?state=${STATE}&code=c`)).status).toBe(404)
    expect((await send(good, { method: 'POST' })).status).toBe(405)
    expect((await send(good, { host: 'evil.example' })).status).toBe(400)
    expect((await send(good, { host: `attacker.test:${base.port}` })).status).toBe(400)
    expect((await send(`${good}&pad=${'x'.repeat(5000)}`)).status).toBe(400)
    // After all that, the real callback still works.
    expect((await send(good)).status).toBe(200)
    await expect(listener.result).resolves.toMatchObject({ kind: 'code', code: 'c' })
  })
})
