import { beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * Electron cannot start on the build machines, so the shell's security settings are checked
 * against a recording stand-in for the electron module: the options and handlers it installs.
 */
const recorded = vi.hoisted(() => ({
  windowOptions: [] as Record<string, unknown>[],
  opened: [] as string[],
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
    loadURL() {
      return Promise.resolve()
    }
    loadFile() {
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
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) =>
        void recorded.ipcHandlers.set(channel, handler),
    },
  }
})

const { createMainWindow } = await import('../../src/main/electron/window')
const { installSecurityHandlers } = await import('../../src/main/electron/security')
const { createAppUrlCheck } = await import('../../src/main/electron/app-url')
const { registerIpcHandlers } = await import('../../src/main/electron/ipc')
const { invokeSchemas } = await import('../../src/shared/ipc-contract')

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
  recorded.opened.length = 0
})

describe('Electron window and session security', () => {
  it('creates the window sandboxed, context-isolated, without Node in the page', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      rendererFile: '/app/out/renderer/index.html',
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
      preload: '/app/out/preload/index.cjs',
    })
    expect(options.width).toBe(1200)
  })

  it('denies every permission, blocks navigation away and new windows, opens only Strava links', async () => {
    const isAppUrl = createAppUrlCheck(undefined, '/app/out/renderer/index.html')
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
    expect(navigate('file:///app/out/renderer/index.html')).toBe(false)

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
    const calls: string[] = []
    const handlers = Object.fromEntries(
      Object.keys(invokeSchemas).map((channel) => [channel, async () => void calls.push(channel)]),
    )
    registerIpcHandlers(
      handlers as never,
      createAppUrlCheck(undefined, '/app/out/renderer/index.html'),
    )
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(Object.keys(invokeSchemas).sort())
    const handler = recorded.ipcHandlers.get('auth:status')!
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', undefined, '']) {
      expect(
        await handler({ senderFrame: url === undefined ? null : { url } }, undefined),
        String(url),
      ).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Request refused.' },
      })
    }
    expect(calls).toEqual([])
    expect(
      await handler({ senderFrame: { url: 'file:///app/out/renderer/index.html' } }, undefined),
    ).toEqual({
      ok: true,
      value: undefined,
    })
    expect(calls).toEqual(['auth:status'])
  })
})
