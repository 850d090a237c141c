import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { z } from 'zod'
import { APP_ENTRY_URL } from './app-protocol'

const boundsSchema = z.object({
  width: z.number().int().min(640).max(10_000),
  height: z.number().int().min(480).max(10_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
})
export type WindowBounds = z.infer<typeof boundsSchema>

export interface WindowOptions {
  preloadPath: string
  /** The dev server in development; otherwise the page comes from app:// (app-protocol.ts). */
  rendererUrl: string | undefined
  savedBounds: unknown
  onBoundsChange: (bounds: WindowBounds) => void
}

/** The main window with Electron's secure defaults spelled out, remembering its size. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const saved = boundsSchema.safeParse(options.savedBounds)
  const bounds = saved.success && isOnScreen(saved.data) ? saved.data : { width: 1200, height: 800 }
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Trailkeep',
    backgroundColor: '#14181d',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // A middle-click must not open a link in a new window (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  window.on('close', () => options.onBoundsChange(window.getNormalBounds()))
  void window.loadURL(options.rendererUrl ?? APP_ENTRY_URL)
  return window
}

function isOnScreen(bounds: WindowBounds): boolean {
  if (bounds.x === undefined || bounds.y === undefined) return true
  return screen.getAllDisplays().some(({ workArea }) => {
    const { x, y } = bounds as { x: number; y: number }
    return (
      x >= workArea.x - 50 &&
      y >= workArea.y - 50 &&
      x < workArea.x + workArea.width &&
      y < workArea.y + workArea.height
    )
  })
}

export const rendererPaths = (mainDir: string) => ({
  preloadPath: join(mainDir, '../preload/index.cjs'),
  rendererDir: join(mainDir, '../renderer'),
})
