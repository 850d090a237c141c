import { createHash } from 'node:crypto'
import { WebSocket } from 'ws'
import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { dispatchInvoke } from '../../../src/main/core/bridge/dispatch'
import type { AppSession } from '../../../src/main/core/app-session'
import { databasePath } from '../../../src/main/core/config/data-dir'
import { BRIDGE_ENTRIES } from '../../../src/shared/bridge-contract'
import { startWebShellServer } from '../../../src/main/web-shell/bridge-server'
import { createHarness, type Harness } from '../../helpers/harness'
import { createPrng, hostileValue } from '../../helpers/fuzz-payloads'

let h: Harness | undefined
let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  await h?.cleanup()
})

/** A fingerprint of every table's content, read beside the session: any write shows up here. */
function databaseFingerprint(s: AppSession): string {
  const sqlite = new Database(databasePath(s.core.dataDir), { readonly: true })
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[]
  const hash = createHash('sha256')
  for (const table of tables)
    hash
      .update(table)
      .update(
        JSON.stringify(sqlite.prepare(`SELECT * FROM "${table}"`).raw().all(), (_k, v) =>
          Buffer.isBuffer(v) ? v.toString('hex') : v,
        ),
      )
  sqlite.close()
  return hash.digest('hex')
}

async function startSession(): Promise<AppSession> {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 20 } })
  await h.connect()
  const core = await h.openCore()
  await core.sync.run()
  core.close()
  session = await h.startSession()
  await session.background.stop()
  return session
}

describe('bridge fuzzing', () => {
  it('rejects thousands of hostile payloads on every channel and changes nothing', async () => {
    const s = await startSession()
    const before = databaseFingerprint(s)
    const rand = createPrng(20261123)
    let rejected = 0
    for (const { channel } of BRIDGE_ENTRIES) {
      for (let i = 0; i < 400; i++) {
        const payload = hostileValue(rand)
        const result = await dispatchInvoke(s.handlers, channel, payload)
        expect(result.ok, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(
          false,
        )
        if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT')
        rejected++
      }
    }
    for (let i = 0; i < 500; i++) {
      const result = await dispatchInvoke(s.handlers, hostileValue(rand), hostileValue(rand))
      expect(result.ok).toBe(false)
      rejected++
    }
    expect(rejected).toBeGreaterThan(5000)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(databaseFingerprint(s)).toBe(before)
    const alive = await dispatchInvoke(s.handlers, 'library:list', { limit: 5 })
    expect(alive.ok && (alive.value as { total: number }).total).toBe(20)
  })
})

function openSocket(origin: string, key: string): Promise<WebSocket> {
  const url = `${origin.replace('http', 'ws')}/bridge?key=${encodeURIComponent(key)}`
  const ws = new WebSocket(url, { headers: { origin } })
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}

function ask(
  ws: WebSocket,
  message: { id: number; channel: string; payload?: unknown },
): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const parsed = JSON.parse(data.toString()) as { id?: number }
      if (parsed.id !== message.id) return
      ws.off('message', onMessage)
      resolve(parsed)
    }
    ws.on('message', onMessage)
    ws.send(JSON.stringify(message))
  })
}

describe('web-shell bridge under fire', () => {
  it('survives junk frames and oversized messages, and keeps answering', async () => {
    const s = await startSession()
    const server = await startWebShellServer({
      handlers: s.handlers,
      rendererDir: '/nonexistent',
      bridgeClientJs: '',
    })
    try {
      const before = databaseFingerprint(s)
      const rand = createPrng(7)
      const ws = await openSocket(server.origin, server.key)
      for (let i = 0; i < 300; i++) {
        const junk = [
          () => 'not json {',
          () => JSON.stringify({ channel: 'auth:status' }),
          () => JSON.stringify(hostileValue(rand)),
          () => JSON.stringify({ id: i, channel: hostileValue(rand), payload: hostileValue(rand) }),
        ]
        ws.send(junk[i % junk.length]!().slice(0, 60_000))
      }
      const answer = (await ask(ws, { id: 99999, channel: 'auth:status' })) as {
        id: number
        result: { ok: boolean }
      }
      expect(answer).toMatchObject({ kind: 'result', id: 99999, result: { ok: true } })
      // A frame over the size limit closes that connection only.
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
      ws.send('x'.repeat(8 * 1024 * 1024))
      expect(await closed).toBe(1009)
      const fresh = await openSocket(server.origin, server.key)
      expect(
        await ask(fresh, { id: 1, channel: 'library:list', payload: { limit: 1 } }),
      ).toMatchObject({ result: { ok: true } })
      fresh.close()
      expect(databaseFingerprint(s)).toBe(before)
    } finally {
      await server.close()
    }
  })
})
