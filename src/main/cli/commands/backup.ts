import { CliFailure, type CliIo } from '../io'
import { withCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { printHelp } from '../help'
import { activityCount } from '../../../shared/count-text'
import { terminalText } from '../terminal-text'

export const backupHelp = `Usage: trailkeep backup --out FILE [--overwrite]

Writes a consistent copy of the library database to FILE, also while the app or a sync is
using it. Restore it with \`trailkeep restore FILE\`. The copy holds no Strava tokens, Client
Secret or passphrase salt, so a library restored from it asks you to connect again. Original
files kept from an imported Strava export are not part of the database; back up the data
folder's originals/ as well.
  --out FILE    where to write the backup (an existing file is kept unless --overwrite)
  --overwrite   replace FILE if it exists`

export async function runBackup(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('backup', args, {
    out: { type: 'string' },
    overwrite: { type: 'boolean' },
  })
  if (flags.help) return printHelp(io, backupHelp)
  const out = flags.out as string | undefined
  if (!out) throw new CliFailure('--out is required. Run `trailkeep backup --help` for usage.', 2)
  return withCliCore(io, async (core) => {
    const result = await core.data.backup(out, { overwrite: flags.overwrite === true })
    io.stderr(
      `Backed up the library (${activityCount(result.activities)}) to ${terminalText(result.file)}.\n`,
    )
    return 0
  })
}
