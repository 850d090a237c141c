/**
 * `npm run demo` / `npm run demo:web`: the app against the built-in Strava emulator, with its
 * own data folder, exactly as a user would point Trailkeep at another Strava host.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { startWebShell } from '../src/main/web-shell/start-web-shell'
import { createStravaEmulator } from '../test/strava-emulator'
import { findElectronBinary } from './electron-binary'

const mode = process.argv[2] === 'electron' ? 'electron' : 'web'
const root = fileURLToPath(new URL('..', import.meta.url))

// Generous limits so the demo backs up its 400 activities in a minute instead of hours.
const emulator = await createStravaEmulator({
  activityCount: 400,
  seed: 7,
  latencyMs: 15,
  rateLimits: { read15: 1000, readDaily: 30_000, overall15: 2000, overallDaily: 60_000 },
})
const env: NodeJS.ProcessEnv = {
  ...process.env,
  STRAVA_BASE_URL: emulator.url,
  STRAVA_API_BASE_URL: emulator.apiUrl,
  TRAILKEEP_DATA_DIR: process.env.TRAILKEEP_DATA_DIR ?? `${root}.trailkeep-demo/${mode}`,
  // The web shell has no OS keychain; a fixed demo passphrase keeps demo tokens encrypted on disk.
  TRAILKEEP_PASSPHRASE: process.env.TRAILKEEP_PASSPHRASE ?? 'trailkeep-demo-passphrase',
}
console.error(`Strava emulator: OAuth ${emulator.url}, API ${emulator.apiUrl}`)
console.error(`Demo data folder: ${env.TRAILKEEP_DATA_DIR}`)
console.error(
  `First-run setup: Client ID ${emulator.clientId}, Client Secret ${emulator.clientSecret} (emulator only)`,
)

const stop = async (code = 0) => {
  await emulator.close()
  process.exit(code)
}
process.once('SIGINT', () => void stop())
process.once('SIGTERM', () => void stop())

if (mode === 'web') {
  const shell = await startWebShell(env)
  console.error('\nOpen Trailkeep in your browser:')
  console.log(shell.server.url)
  process.once('SIGINT', () => void shell.close())
} else {
  const electronPath = findElectronBinary()
  if (!electronPath) {
    console.error(
      'The Electron binary is not installed on this machine; run `npm run demo:web` instead.',
    )
    await stop(1)
  } else {
    const child = spawn(electronPath, [root], { env, stdio: 'inherit' })
    child.on('exit', (code) => void stop(code ?? 0))
  }
}
