import { resolve } from 'node:path'
import type { ImportResult } from '../../core'
import type { CliIo } from '../io'
import { withCliCore } from '../open-cli-core'
import { parseFlagsAndFile } from '../parse-file-argument'
import { printHelp } from '../help'
import { countText as plural } from '../../../shared/count-text'
import { terminalJson, terminalText } from '../terminal-text'

export const importHelp = `Usage: trailkeep import EXPORT.zip [--json]

Imports the ZIP from Strava's "Download your data" (Settings > My Account): adds the activities
the backup lacks, fills in streams not fetched from the API yet (so the sync has fewer to
download), and keeps the original FIT/GPX/TCX files for \`trailkeep export --format original\`.
Streams already fetched from the API are never replaced. A damaged archive changes nothing, and
neither does one that unpacks to far more than its size (a file over 256 MB, or a "ZIP bomb").
  --json  print the summary as JSON on stdout`

function describeImport(result: ImportResult): string {
  const lines = [
    `Imported ${plural(result.activitiesInArchive, 'activity', 'activities')} from the archive: ` +
      `${result.created} new, streams filled for ${result.streamsFilled}, ` +
      `${plural(result.originalsKept, 'original file', 'original files')} kept.`,
  ]
  if (result.streamDownloadsSaved > 0) {
    lines.push(
      `${plural(result.streamDownloadsSaved, 'stream download', 'stream downloads')} from Strava no longer needed.`,
    )
  }
  for (const skip of result.skipped.slice(0, 20)) {
    lines.push(
      `Skipped ${terminalText(skip.file)}${skip.id === null ? '' : ` (activity ${skip.id})`}: ${terminalText(skip.detail)}.`,
    )
  }
  if (result.skipped.length > 20) lines.push(`… and ${result.skipped.length - 20} more skipped.`)
  return `${lines.join('\n')}\n`
}

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { flags, file } = parseFlagsAndFile(
    'import',
    args,
    { json: { type: 'boolean' } },
    'EXPORT.zip',
  )
  if (file === undefined) return printHelp(io, importHelp)
  return withCliCore(io, async (core) => {
    let shown = -1
    const result = await core.data.import({
      archive: resolve(file),
      signal: io.signal,
      onProgress: (p) => {
        const percent = p.bytesTotal > 0 ? Math.floor((p.bytesDone / p.bytesTotal) * 100) : 100
        if (p.phase === 'saving') io.stderr('[import] saving…\n')
        else if (percent >= shown + 10 || p.filesDone === p.filesTotal) {
          shown = percent
          io.stderr(`[import] ${p.filesDone} of ${p.filesTotal} files, ${percent}%\n`)
        }
      },
    })
    if (flags.json) io.stdout(`${terminalJson(result)}\n`)
    io.stderr(describeImport(result))
    return 0
  })
}
