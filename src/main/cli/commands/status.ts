import { describeStillToFetch } from '../still-to-fetch'
import type { CliIo } from '../io'
import { openCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { printHelp } from '../help'
import { terminalJson, terminalText } from '../terminal-text'

export const statusHelp = `Usage: trailkeep status [--json]

Shows whether Trailkeep is connected, as whom, how many activities are backed up, and how many
details and streams the sync still has to fetch.`

export async function runStatus(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('status', args, { json: { type: 'boolean' } })
  if (flags.help) return printHelp(io, statusHelp)
  const core = await openCliCore(io)
  try {
    const status = await core.account.status()
    const report = {
      state: status.state,
      athlete: status.athlete,
      activities: core.library.count(),
      lastSyncAt: core.library.lastSyncAt(),
    }
    if (flags.json) {
      io.stdout(`${terminalJson(report)}\n`)
      return 0
    }
    const who = report.athlete
      ? ` as ${terminalText(`${report.athlete.firstname} ${report.athlete.lastname}`)}`
      : ''
    const lines = [
      `Strava: ${report.state.replace('_', ' ')}${who}`,
      `Activities backed up: ${report.activities}`,
      `Last sync: ${report.lastSyncAt ?? 'never'}`,
      describeStillToFetch(core.sync.stillToFetch()) ?? 'Details and streams: all fetched',
      `Tokens protected by: ${status.tokenProtection.description}`,
    ]
    if (status.state === 'reconnect_required')
      lines.push('Run `trailkeep connect` to reconnect; your backup is kept.')
    io.stdout(`${lines.join('\n')}\n`)
    return 0
  } finally {
    core.close()
  }
}
