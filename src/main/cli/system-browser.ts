import { spawn } from 'node:child_process'
import { environmentForChildren } from '../core'

/**
 * Opens the system browser without handing it Trailkeep's settings (passphrase, client secret).
 * Best effort: the URL is printed anyway, so a missing opener is not an error.
 */
export async function openSystemBrowser(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : ['xdg-open', [url]]
  await new Promise<void>((resolve) => {
    const child = spawn(command, args, {
      stdio: 'ignore',
      detached: true,
      env: environmentForChildren(env),
    })
    child.on('error', () => resolve())
    child.on('spawn', () => {
      child.unref()
      resolve()
    })
  })
}
