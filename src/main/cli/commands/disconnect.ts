import type { CliIo } from '../io'
import { openCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { printHelp } from '../help'

export const disconnectHelp = `Usage: trailkeep disconnect [--delete-data]

Revokes Trailkeep's access at Strava and deletes every stored token. Your backed-up
activities stay unless you pass --delete-data.`

export async function runDisconnect(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('disconnect', args, { 'delete-data': { type: 'boolean' } })
  if (flags.help) return printHelp(io, disconnectHelp)
  const core = await openCliCore(io)
  try {
    const result = await core.account.disconnect({ deleteData: flags['delete-data'] === true })
    io.stderr(
      result.remoteRevoked
        ? 'Disconnected: access was revoked at Strava and every token was deleted.\n'
        : 'Disconnected locally and every token was deleted; Strava could not be reached, so also remove Trailkeep at strava.com/settings/apps.\n',
    )
    io.stderr(
      result.dataDeleted ? 'Your local backup was deleted.\n' : 'Your local backup was kept.\n',
    )
    return 0
  } finally {
    core.close()
  }
}
