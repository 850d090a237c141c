/**
 * `tsx test/strava-emulator/main.ts [--port N] [--api-port N] [--count N] [--seed N]`: run the
 * emulator; prints its OAuth origin (`url`) and the API's own origin (`apiUrl`).
 */
import { parseArgs } from 'node:util'
import { createStravaEmulator } from './server'

function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} needs a whole number`)
  return parsed
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'api-port': { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
    },
  })
  const emulator = await createStravaEmulator({
    port: intOption(values.port, 'port'),
    apiPort: intOption(values['api-port'], 'api-port'),
    activityCount: intOption(values.count, 'count'),
    seed: intOption(values.seed, 'seed'),
  })
  const { url, apiUrl, clientId, clientSecret } = emulator
  process.stdout.write(`${JSON.stringify({ url, apiUrl, clientId, clientSecret })}\n`)
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
