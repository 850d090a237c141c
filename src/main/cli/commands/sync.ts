import type { SyncProgressDto } from '../../../shared/dto'
import type { CliIo } from '../io'
import { openCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { printHelp } from '../help'
import { describeProgress } from '../progress-line'
import { describeStillToFetch } from '../still-to-fetch'
import { terminalJson } from '../terminal-text'

const PROGRESS_EVERY_MS = 2_000

export const syncHelp = `Usage: trailkeep sync [--full] [--no-streams] [--summaries-only] [--no-wait] [--json]

Backs up new and changed activities, then their details and streams, within Strava's limits.
  --full            re-list every activity to pick up edits and deletions
  --no-streams      skip per-second streams (details are still fetched)
  --summaries-only  list requests only: no detail or stream requests (they stay queued)
  --no-wait         stop cleanly when the rate limit is reached instead of waiting
  --json            print a JSON summary on stdout`

export async function runSync(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('sync', args, {
    full: { type: 'boolean' },
    'no-streams': { type: 'boolean' },
    'summaries-only': { type: 'boolean' },
    'no-wait': { type: 'boolean' },
    json: { type: 'boolean' },
  })
  if (flags.help) return printHelp(io, syncHelp)
  let lastLine = ''
  let lastPrinted = 0
  let lastWait: string | null = null
  const core = await openCliCore(io, (progress: SyncProgressDto) => {
    if (progress.waitingUntil && progress.waitingUntil !== lastWait) {
      lastWait = progress.waitingUntil
      io.stderr(`Waiting for Strava's rate limit until ${progress.waitingUntil}…\n`)
    }
    // A line when the step changes, and otherwise at most every few seconds.
    const line = describeProgress(progress)
    const now = Date.now()
    const stepChanged = line.split(']')[0] !== lastLine.split(']')[0]
    if (line !== lastLine && (stepChanged || now - lastPrinted >= PROGRESS_EVERY_MS)) {
      io.stderr(`${line}\n`)
      lastLine = line
      lastPrinted = now
    }
  })
  try {
    const summary = await core.sync.run({
      full: flags.full === true,
      level: flags['summaries-only'] ? 'summaries' : flags['no-streams'] ? 'details' : 'everything',
      wait: flags['no-wait'] !== true,
      signal: io.signal,
    })
    if (flags.json) io.stdout(`${terminalJson(summary)}\n`)
    io.stderr(
      summary.complete
        ? `Sync complete: ${summary.added} new, ${summary.updated} updated, ${summary.deleted} deleted on Strava.\n`
        : `Sync incomplete${summary.resumeAfter ? `; run it again after ${summary.resumeAfter}` : ''}: ${summary.added} new so far.\n`,
    )
    const left = describeStillToFetch(core.sync.stillToFetch())
    if (left) io.stderr(`${left}; \`trailkeep sync\` fetches them.\n`)
    return 0
  } finally {
    core.close()
  }
}
