import { shell, type App, type WebContents } from 'electron'
import { isAllowedExternalUrl } from '../core'

/** Denies every permission, blocks navigation and new windows; allow-listed links open in the browser. */
export function installSecurityHandlers(app: App, isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl))
}

function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.session.setPermissionRequestHandler((_webContents, _permission, callback) =>
    callback(false),
  )
  contents.session.setPermissionCheckHandler(() => false)
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}
