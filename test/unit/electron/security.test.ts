import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * Electron cannot start on the build machines, so the shell's security settings are checked
 * against a recording stand-in for the electron module: the options and handlers it installs.
 */
const recorded = vi.hoisted(() => ({
  windowOptions: [] as Record<string, unknown>[],
  loaded: [] as string[],
  opened: [] as string[],
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
}))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { isDestroyed: () => false, send: vi.fn() }
    constructor(options: Record<string, unknown>) {
      recorded.windowOptions.push(options)
    }
    once() {}
    on() {}
    loadURL(url: string) {
      recorded.loaded.push(url)
      return Promise.resolve()
    }
    loadFile(file: string) {
      recorded.loaded.push(`loadFile:${file}`)
      return Promise.resolve()
    }
    getNormalBounds() {
      return { width: 1, height: 1, x: 0, y: 0 }
    }
  }
  return {
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: async (url: string) => void recorded.opened.push(url) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void recorded.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        void recorded.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) =>
        void recorded.ipcHandlers.set(channel, handler),
    },
  }
})

const { createMainWindow } = await import('../../../src/main/electron/window')
const { installSecurityHandlers } = await import('../../../src/main/electron/security')
const { createAppUrlCheck } = await import('../../../src/main/electron/app-url')
const { registerAppScheme, serveAppProtocol } =
  await import('../../../src/main/electron/app-protocol')
const { protocol } = await import('electron')
const { registerIpcHandlers } = await import('../../../src/main/electron/ipc')
const { BRIDGE_ENTRIES } = await import('../../../src/shared/bridge-contract')
const { recordingHandlers } = await import('../../helpers/bridge-handlers')

function fakeWebContents() {
  const events = new Map<string, (...args: unknown[]) => void>()
  let permissionHandler:
    ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null
  let permissionCheck: (() => boolean) | null = null
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  return {
    events,
    permission: (name: string) =>
      new Promise<boolean>((resolve) => permissionHandler?.({}, name, resolve)),
    check: () => permissionCheck?.(),
    open: (url: string) => openHandler?.({ url }),
    contents: {
      session: {
        setPermissionRequestHandler: (h: typeof permissionHandler) => void (permissionHandler = h),
        setPermissionCheckHandler: (h: typeof permissionCheck) => void (permissionCheck = h),
      },
      on: (event: string, handler: (...args: unknown[]) => void) => void events.set(event, handler),
      setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h),
    },
  }
}

beforeEach(() => {
  recorded.windowOptions.length = 0
  recorded.loaded.length = 0
  recorded.opened.length = 0
})

describe('Electron window and session security', () => {
  it('creates the window sandboxed, context-isolated, without Node in the page', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      rendererUrl: undefined,
      savedBounds: { width: 99999, height: -5 },
      onBoundsChange: () => undefined,
    })
    const options = recorded.windowOptions[0] as {
      webPreferences: Record<string, unknown>
      width: number
    }
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
    })
    expect(options.width).toBe(1200)
    // The page comes from the app:// protocol, never from file://.
    expect(recorded.loaded).toEqual(['app://trailkeep/index.html'])
  })

  it('denies every permission, blocks navigation away and new windows, opens only Strava links', async () => {
    const isAppUrl = createAppUrlCheck(undefined)
    let onCreated: ((event: unknown, contents: unknown) => void) | undefined
    installSecurityHandlers(
      { on: (_: string, h: typeof onCreated) => void (onCreated = h) } as never,
      isAppUrl,
    )
    const wc = fakeWebContents()
    onCreated?.({}, wc.contents)

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(await wc.permission(permission), permission).toBe(false)
    }
    expect(wc.check()).toBe(false)

    const navigate = (url: string) => {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true
        },
      }
      wc.events.get('will-navigate')?.(event, url)
      return event.defaultPrevented
    }
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate('file:///app/out/renderer/index.html')).toBe(true)
    expect(navigate('app://evil/index.html')).toBe(true)
    expect(navigate('app://trailkeep/index.html')).toBe(false)

    for (const url of [
      'https://www.strava.com/activities/16000000001',
      'https://www.strava.com/settings/api',
      'https://evil.example/?https://www.strava.com',
      'https://www.strava.com.evil.example/',
      'http://www.strava.com/activities/1',
      'https://user:pw@www.strava.com/',
      'javascript:alert(1)',
    ]) {
      expect(wc.open(url), url).toEqual({ action: 'deny' })
    }
    await Promise.resolve()
    expect(recorded.opened).toEqual([
      'https://www.strava.com/activities/16000000001',
      'https://www.strava.com/settings/api',
    ])
  })
})

describe('IPC handlers', () => {
  it('register every contract channel and refuse frames other than the app page', async () => {
    const { handlers, calls: received } = recordingHandlers(undefined)
    const channels = () => received.map((c) => c.channel)
    registerIpcHandlers(handlers, createAppUrlCheck(undefined))
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(
      BRIDGE_ENTRIES.map((e) => e.channel).sort(),
    )
    const handler = recorded.ipcHandlers.get('auth:status')!
    for (const url of [
      'https://evil.example/',
      'file:///tmp/other.html',
      'file:///app/out/renderer/index.html',
      'app://trailkeep.evil/index.html',
      'app://trailkeep/other.html',
      undefined,
      '',
    ]) {
      expect(
        await handler({ senderFrame: url === undefined ? null : { url } }, undefined),
        String(url),
      ).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Request refused.' },
      })
    }
    expect(channels()).toEqual([])
    expect(
      await handler({ senderFrame: { url: 'app://trailkeep/index.html' } }, undefined),
    ).toEqual({
      ok: true,
      value: undefined,
    })
    expect(channels()).toEqual(['auth:status'])
  })
})

describe('the app:// protocol', () => {
  // A renderer folder with a secret next to it, where a path traversal would find it.
  const parent = mkdtempSync(join(tmpdir(), 'trailkeep-app-protocol-'))
  const rendererDir = join(parent, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Trailkeep</title>')
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(rendererDir, 'trailkeep-mark.svg'), '<svg/>')
  writeFileSync(join(parent, 'secret.txt'), 'outside the renderer folder')
  afterAll(() => rmSync(parent, { recursive: true, force: true }))

  registerAppScheme(protocol)
  serveAppProtocol(protocol, rendererDir)
  const serve = (url: string, method = 'GET') => {
    const handler = recorded.protocolHandlers.get('app')
    if (!handler) throw new Error('no app:// handler registered')
    return handler({ url, method } as Request)
  }

  it('is registered as a standard, secure scheme, without a CSP bypass', () => {
    expect(recorded.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('serves index.html with the Content-Security-Policy header, and files by type', async () => {
    const page = await serve('app://trailkeep/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Trailkeep</title>')
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['/trailkeep-mark.svg', 'image/svg+xml'],
    ]) {
      const response = await serve(`app://trailkeep${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toBe(type)
    }
  })

  it('refuses path traversal in every spelling, other hosts and other methods', async () => {
    for (const url of [
      'app://trailkeep/../../etc/passwd',
      'app://trailkeep/../secret.txt',
      'app://trailkeep/%2e%2e/%2e%2e/etc/passwd',
      'app://trailkeep/%2E%2E/secret.txt',
      'app://trailkeep/..%2f..%2fetc%2fpasswd',
      'app://trailkeep/..%2Fsecret.txt',
      'app://trailkeep/%2e%2e%2fsecret.txt',
      'app://trailkeep/assets/..%2f..%2fsecret.txt',
      'app://trailkeep/..%5c..%5cetc%5cpasswd',
      'app://trailkeep/%5c..%5csecret.txt',
      'app://trailkeep/%252e%252e/secret.txt',
      'app://trailkeep/%00index.html',
      'app://trailkeep/index.html%00.js',
      'app://trailkeep/%E0%A4%A',
      'app://trailkeep//etc/passwd',
      'app://trailkeep/missing.html',
      'app://evil.example/index.html',
      'app://trailkeep.evil/index.html',
      'file:///etc/passwd',
    ]) {
      const response = await serve(url)
      expect(response.status, url).toBeGreaterThanOrEqual(400)
      const body = await response.text()
      expect(body, url).not.toContain('outside the renderer folder')
      expect(body, url).not.toMatch(/root:/)
    }
    expect((await serve('app://trailkeep/index.html', 'POST')).status).toBe(405)
  })
})
