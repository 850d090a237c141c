import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { configureLogging, createLogger } from '../../../../src/main/core/log/logger'
import { Redactor, redactor } from '../../../../src/main/core/log/redact'

const folder = mkdtempSync(join(tmpdir(), 'trailkeep-log-'))
afterEach(() => configureLogging({ folder: null }))

const ACCESS = 'a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ_-12'
const REFRESH = 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp_-abcdef'
const SECRET = '0123456789abcdef0123456789abcdef01234567'
const CODE = 'c0dec0dec0dec0dec0dec0dec0dec0dec0dec0de'
const PASSPHRASE = 'correct horse battery staple'

/** Every shape a secret might take on its way into a log line. */
function shapes(): unknown[] {
  return [
    `access_token=${ACCESS}&refresh_token=${REFRESH}`,
    { access_token: ACCESS, refresh_token: REFRESH, client_secret: SECRET },
    { accessToken: ACCESS, refreshToken: REFRESH, clientSecret: SECRET },
    `Authorization: Bearer ${ACCESS}`,
    { headers: { Authorization: `Bearer ${ACCESS}` } },
    `authorization=bearer%20${ACCESS}`,
    `http://127.0.0.1:5555/callback?state=xyz&code=${CODE}&scope=read`,
    `POST /oauth/token client_id=1&client_secret=${SECRET}&code=${CODE}&grant_type=authorization_code`,
    new Error(`refresh failed for ${REFRESH}`),
    `passphrase: ${PASSPHRASE}`,
    JSON.stringify({ nested: { deeper: [ACCESS, REFRESH, SECRET, CODE] } }),
    `${encodeURIComponent(`${SECRET}/+=`)}`,
    ACCESS,
  ]
}

describe('redacted logs', () => {
  it('keeps every secret, in every shape, out of the log file', () => {
    for (const value of [ACCESS, REFRESH, SECRET, CODE, PASSPHRASE, `${SECRET}/+=`])
      redactor.addSecret(value)
    configureLogging({ folder, level: 'debug' })
    const log = createLogger('test')
    for (const shape of shapes()) {
      log.error(typeof shape === 'string' ? shape : 'an event', { detail: shape, error: shape })
      log.info(
        'plain message with secret ' +
          String(typeof shape === 'string' ? shape : JSON.stringify(shape)),
      )
    }
    const files = readdirSync(folder)
    const text = files.map((f) => readFileSync(join(folder, f), 'utf8')).join('\n')
    expect(text.split('\n').filter(Boolean).length).toBe(shapes().length * 2)
    for (const secret of [
      ACCESS,
      REFRESH,
      SECRET,
      CODE,
      PASSPHRASE,
      encodeURIComponent(`${SECRET}/+=`),
    ]) {
      expect(text.includes(secret), secret).toBe(false)
    }
    expect(text).toContain('[redacted]')
    rmSync(folder, { recursive: true, force: true })
  })

  it('redacts credential-shaped values it was never told about', () => {
    const fresh = new Redactor()
    const unknownToken = 'UnregisteredToken1234567890abcdef'
    const out = fresh.redact(
      `{"access_token":"${unknownToken}","note":"Bearer ${unknownToken}"} ?code=${unknownToken}`,
    )
    expect(out).not.toContain(unknownToken)
  })

  it('keeps useful, non-secret text', () => {
    const out = new Redactor().redact(
      '{"code":"RATE_LIMITED","message":"sync finished","state":"connected"}',
    )
    expect(out).toContain('RATE_LIMITED')
    expect(out).toContain('connected')
  })
})
