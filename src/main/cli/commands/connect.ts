import type { CliIo } from '../io'
import { printHelp } from '../help'
import { openCliCore } from '../open-cli-core'
import { parseFlags, parsePositiveInteger } from '../parse-flags'
import { terminalText } from '../terminal-text'

export const connectHelp = `Usage: trailkeep connect [--no-browser] [--timeout SECONDS] [--force]

Connects Trailkeep to your Strava account. Prints the Strava authorize URL on stdout,
opens it in your browser (unless --no-browser) and waits for you to approve.
  --no-browser       only print the URL
  --timeout SECONDS  how long to wait for approval (default 300)
  --force            authorize again even when already connected`

export async function runConnect(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('connect', args, {
    'no-browser': { type: 'boolean' },
    timeout: { type: 'string' },
    force: { type: 'boolean' },
  })
  if (flags.help) return printHelp(io, connectHelp)
  const timeoutSeconds = parsePositiveInteger(
    '--timeout',
    flags.timeout as string | undefined,
    86_400,
  )
  const core = await openCliCore(io)
  const onAbort = () => core.account.cancelConnect()
  io.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    const result = await core.account.connect({
      force: flags.force === true,
      openBrowser: flags['no-browser'] !== true,
      timeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
      onAuthorizeUrl: (url) => {
        io.stderr('Approve Trailkeep on Strava. If no browser opens, visit this address:\n')
        io.stdout(`${url}\n`)
        io.stderr('Waiting for Strava…\n')
      },
    })
    const { athlete } = result.status
    const name = athlete
      ? terminalText(`${athlete.firstname} ${athlete.lastname}`.trim())
      : 'your athlete'
    if (result.alreadyConnected) {
      io.stderr(`Already connected as ${name}. Use --force to authorize again.\n`)
      return 0
    }
    io.stderr(`Connected as ${name}\n`)
    if (result.status.privateActivitiesExcluded) {
      io.stderr(
        'Warning: you did not allow access to private activities, so they will not be backed up. Run `trailkeep connect --force` to change that.\n',
      )
    }
    return 0
  } finally {
    io.signal?.removeEventListener('abort', onAbort)
    core.close()
  }
}
