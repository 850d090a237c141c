import { resolveDataDir, restoreLibrary } from '../../core'
import type { CliIo } from '../io'
import { parseFlagsAndFile } from '../parse-file-argument'
import { printHelp } from '../help'
import { activityCount } from '../../../shared/count-text'
import { terminalText } from '../terminal-text'

export const restoreHelp = `Usage: trailkeep restore FILE

Replaces the library with a backup made by \`trailkeep backup\` after checking it: it must be a
Trailkeep library, not newer than this version, and intact. Refused while a sync runs or while
Trailkeep is open elsewhere. Activities, streams and sync progress come from the backup; the
Strava connection and settings stay as they are now (a backup's tokens may have expired since).
The replaced database is kept next to it as trailkeep.sqlite.before-restore.`

export async function runRestore(args: string[], io: CliIo): Promise<number> {
  const { file } = parseFlagsAndFile('restore', args, {}, 'FILE')
  if (file === undefined) return printHelp(io, restoreHelp)
  const result = await restoreLibrary({ dataDir: resolveDataDir(io.env), file, clock: io.clock })
  const count = activityCount(result.activities)
  io.stderr(
    result.previous
      ? `Restored the library (${count}); the replaced database is kept as ${terminalText(result.previous)}.\n`
      : `Restored the library (${count}).\n`,
  )
  return 0
}
