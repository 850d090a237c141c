import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocket } from 'ws'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppSession } from '../../../src/main/core/app-session'
import { startWebShellServer, type WebShellServer } from '../../../src/main/web-shell/bridge-server'
import { createPrng } from '../../helpers/fuzz-payloads'
import { createHarness, type Harness } from '../../helpers/harness'

let h: Harness | undefined
let session: AppSession | undefined
let server: WebShellServer | undefined
let parentDir: string | undefined
afterEach(async () => {
  await server?.close()
  await session?.close()
  await h?.cleanup()
  if (parentDir) rmSync(parentDir, { recursive: true, force: true })
})

const OUTSIDE_MARKER = 'not-for-the-browser'
const PAGE = '<!doctype html><title>Trailkeep</title><script type="module" src="./app.js"></script>'

async function startShell(): Promise<WebShellServer> {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 3 } })
  session = await h.startSession()
  await session.background.stop()
  parentDir = mkdtempSync(join(tmpdir(), 'trailkeep-renderer-'))
  const rendererDir = join(parentDir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), PAGE)
  writeFileSync(join(parentDir, 'outside.txt'), OUTSIDE_MARKER)
  server = await startWebShellServer({
    handlers: session.handlers,
    rendererDir,
    bridgeClientJs: '/* bridge */',
  })
  return server
}

/**
 * Sends raw bytes to the shell, as a hostile local program would (fetch and ws normalise what
 * they send), and returns everything the shell answers until it closes the connection. With
 * `halfClose` the client also ends its side (for input the server would otherwise wait on);
 * the shell then drops a request still being answered, so complete requests keep it open.
 */
function rawExchange(
  origin: string,
  chunks: (string | Buffer)[],
  halfClose = false,
): Promise<string> {
  const { port } = new URL(origin)
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1')
    const received: Buffer[] = []
    socket.on('data', (data) => received.push(data))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve(Buffer.concat(received).toString('latin1')))
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk)
      if (halfClose) socket.end()
    })
  })
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)

function request(origin: string, target: string, headers: Record<string, string> = {}) {
  const host = new URL(origin).host
  const lines = Object.entries({ host, connection: 'close', ...headers }).map(
    ([k, v]) => `${k}: ${v}`,
  )
  return `GET ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`
}

function upgradeRequest(origin: string, target: string, headers: Record<string, string> = {}) {
  return request(origin, target, {
    connection: 'Upgrade',
    upgrade: 'websocket',
    origin,
    'sec-websocket-version': '13',
    'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    ...headers,
  })
}

function openBridge(origin: string, key: string): Promise<WebSocket> {
  const url = `${origin.replace('http', 'ws')}/bridge?key=${encodeURIComponent(key)}`
  const ws = new WebSocket(url, { headers: { origin } })
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}

function ask(ws: WebSocket, id: number, channel: string): Promise<unknown> {
  return new Promise((resolve) => {
    ws.on('message', (data: Buffer) => {
      const parsed = JSON.parse(data.toString()) as { id?: number }
      if (parsed.id === id) resolve(parsed)
    })
    ws.send(JSON.stringify({ id, channel }))
  })
}

/** The page and a bridge call still work: what the athlete in the browser relies on. */
async function expectStillServing(shell: WebShellServer) {
  const page = await fetch(`${shell.origin}/`)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('<title>Trailkeep</title>')
  const ws = await openBridge(shell.origin, shell.key)
  expect(await ask(ws, 7, 'auth:status')).toMatchObject({ id: 7, result: { ok: true } })
  ws.close()
}

/** A random request target: bytes percent-encoded at random, some of them broken. */
function randomTarget(rand: () => number): string {
  const parts = ['/']
  const length = 1 + Math.floor(rand() * 40)
  for (let i = 0; i < length; i++) {
    const pick = rand()
    if (pick < 0.3)
      parts.push(
        `%${Math.floor(rand() * 256)
          .toString(16)
          .padStart(2, '0')}`,
      )
    else if (pick < 0.4) parts.push('%')
    else if (pick < 0.5) parts.push(`%${'0123456789abcdefxyz'[Math.floor(rand() * 19)]}`)
    else if (pick < 0.6)
      parts.push(['..', '/', '%2e%2e', '%2f', '\\', '//'][Math.floor(rand() * 6)]!)
    else parts.push(String.fromCharCode(0x21 + Math.floor(rand() * 94)).replace(/[#?%]/, 'a'))
  }
  return parts.join('')
}

describe('web shell HTTP under fire', () => {
  it('answers 400 to malformed paths and keeps serving', async () => {
    const shell = await startShell()
    for (const target of ['/%E0%A4%A', '/%', '/%zz', '/%C0%AF', '/assets/%E0%A4%A.js', '/%00']) {
      expect(
        statusOf(await rawExchange(shell.origin, [request(shell.origin, target)])),
        target,
      ).toBe(400)
    }
    for (const target of ['//', '//evil.example/x', `http://${new URL(shell.origin).host}/`]) {
      const status = statusOf(await rawExchange(shell.origin, [request(shell.origin, target)]))
      expect([400, 404], target).toContain(status)
    }
    // A file beside the renderer folder: no spelling of a path may reach it.
    for (const target of [
      '/../outside.txt',
      '/..%2Foutside.txt',
      '/%2e%2e/outside.txt',
      '/%2e%2e%2foutside.txt',
      '/..%5coutside.txt',
      '/%5c..%5coutside.txt',
      '/.%2e/.%2e/outside.txt',
    ]) {
      const answer = await rawExchange(shell.origin, [request(shell.origin, target)])
      expect([400, 404], target).toContain(statusOf(answer))
      expect(answer, target).not.toContain(OUTSIDE_MARKER)
    }
    await expectStillServing(shell)
  })

  it('survives a fuzz of paths, methods and headers', async () => {
    const shell = await startShell()
    const rand = createPrng(14)
    for (let i = 0; i < 300; i++) {
      const answer = await rawExchange(shell.origin, [request(shell.origin, randomTarget(rand))])
      // Every request gets an answer; none is a server error.
      expect(statusOf(answer), answer.slice(0, 80)).toBeGreaterThanOrEqual(200)
      expect(statusOf(answer)).toBeLessThan(500)
    }
    const host = new URL(shell.origin).host
    const hostile: (string | Buffer)[][] = [
      [`POST / HTTP/1.1\r\nhost: ${host}\r\ncontent-length: 5\r\nconnection: close\r\n\r\nhello`],
      [`BREW / HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`],
      [`OPTIONS * HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`],
      [request(shell.origin, '/', { 'x-big': 'a'.repeat(100_000) })],
      [request(shell.origin, `/${'a'.repeat(70_000)}`)],
      [`GET / HTTP/1.1\r\n${'x-many: 1\r\n'.repeat(3000)}host: ${host}\r\n\r\n`],
      [`GET / HTTP/1.1\r\nhost: ${host}\r\nhost: evil.example\r\nconnection: close\r\n\r\n`],
      [`GET / HTTP/1.1\r\nconnection: close\r\n\r\n`],
      [`GET / HTTP/1.1\r\nhost: ${host}\r\nbad header\r\n\r\n`],
      [`GET / HTTP/1.1\r\nhost: ${host}\r\nx-nul: a\0b\r\n\r\n`],
      [Buffer.from([0x47, 0x45, 0x54, 0x20, 0x2f, 0xff, 0xfe, 0x20, 0x48, 0x54, 0x54, 0x50])],
      [
        `GET / HTTP/1.1\r\nhost: ${host}\r\ntransfer-encoding: chunked\r\ncontent-length: 3\r\n\r\nzz\r\n`,
      ],
      [Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256)))],
      ['\r\n\r\n\r\n'],
      [`GET / HTTP/9.9\r\nhost: ${host}\r\n\r\n`],
    ]
    for (const chunks of hostile) {
      const answer = await rawExchange(shell.origin, chunks, true)
      const status = statusOf(answer)
      expect(status === 0 || status < 500, String(chunks[0]).slice(0, 60)).toBe(true)
    }
    await expectStillServing(shell)
  })
})

describe('web shell WebSocket upgrade under fire', () => {
  it('refuses bad keys, origins, paths and handshakes, and keeps serving', async () => {
    const shell = await startShell()
    const { origin, key } = shell
    const bridge = `/bridge?key=${encodeURIComponent(key)}`
    const refused: [string, string][] = [
      ['no key', upgradeRequest(origin, '/bridge')],
      ['wrong key', upgradeRequest(origin, '/bridge?key=nope')],
      ['huge key', upgradeRequest(origin, `/bridge?key=${'k'.repeat(8000)}`)],
      ['broken key encoding', upgradeRequest(origin, '/bridge?key=%E0%A4%A')],
      ['broken path', upgradeRequest(origin, '/%E0%A4%A')],
      ['empty authority', upgradeRequest(origin, '//')],
      ['absolute form', upgradeRequest(origin, `http://[${bridge}`)],
      ['other path', upgradeRequest(origin, `/other?key=${encodeURIComponent(key)}`)],
      ['no origin', upgradeRequest(origin, bridge, { origin: '' })],
      ['foreign origin', upgradeRequest(origin, bridge, { origin: 'http://evil.example' })],
      ['null origin', upgradeRequest(origin, bridge, { origin: 'null' })],
      ['origin with path', upgradeRequest(origin, bridge, { origin: `${origin}/x` })],
      ['foreign host', upgradeRequest(origin, bridge, { host: 'evil.example' })],
    ]
    for (const [label, raw] of refused) {
      const answer = await rawExchange(origin, [raw])
      expect(statusOf(answer), label).toBeGreaterThanOrEqual(400)
      expect(statusOf(answer), label).toBeLessThan(500)
      expect(answer, label).not.toMatch(/^HTTP\/1\.1 101/)
    }
    // Right key and origin, but a handshake ws must refuse.
    for (const [label, headers] of [
      ['no websocket key', { 'sec-websocket-key': '' }],
      ['bad websocket key', { 'sec-websocket-key': 'not base64!' }],
      ['unknown version', { 'sec-websocket-version': '99' }],
      ['garbage version', { 'sec-websocket-version': 'x'.repeat(500) }],
      ['not websocket', { upgrade: 'h2c' }],
    ] as const) {
      const answer = await rawExchange(origin, [upgradeRequest(origin, bridge, headers)])
      expect(answer, label).not.toMatch(/^HTTP\/1\.1 101/)
    }
    await expectStillServing(shell)
  })

  it('survives garbage bytes sent with and after a valid upgrade, and resets mid-handshake', async () => {
    const shell = await startShell()
    const { origin, key } = shell
    const bridge = `/bridge?key=${encodeURIComponent(key)}`
    const rand = createPrng(99)
    const garbage = () => Buffer.from(Array.from({ length: 2048 }, () => Math.floor(rand() * 256)))
    // An unmasked frame, a reserved opcode, and a length field of 2^63 - 1.
    const badFrames = [
      Buffer.from([0x81, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f]),
      Buffer.from([0x83, 0x80, 0, 0, 0, 0]),
      Buffer.from([0x82, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]),
    ]
    for (let i = 0; i < 40; i++) {
      const chunks = [upgradeRequest(origin, bridge), i < 3 ? badFrames[i]! : garbage()]
      const answer = await rawExchange(origin, chunks, true)
      expect(answer).toMatch(/^HTTP\/1\.1 101/)
    }
    // Garbage glued onto the handshake itself (arrives as the upgrade's `head`).
    for (let i = 0; i < 20; i++) {
      const glued = Buffer.concat([Buffer.from(upgradeRequest(origin, bridge)), garbage()])
      await rawExchange(origin, [glued], true)
    }
    // Clients that vanish in the middle of a handshake, refused or accepted.
    for (const raw of [
      upgradeRequest(origin, '/bridge?key=nope'),
      upgradeRequest(origin, bridge),
    ]) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(new URL(origin).port), '127.0.0.1')
        socket.on('error', () => undefined)
        socket.on('close', () => resolve())
        socket.on('connect', () => {
          socket.write(raw)
          socket.resetAndDestroy()
        })
      })
    }
    await expectStillServing(shell)
  })
})
