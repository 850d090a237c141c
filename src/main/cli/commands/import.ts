import { resolve } from 'node:path'
import type { ImportPathsProgress, ImportPathsResult, ImportResult } from '../../core'
import type { CliIo } from '../io'
import { withCliCore } from '../open-cli-core'
import { parseFlagsAndFiles } from '../parse-file-argument'
import { printHelp } from '../help'
import { countText as plural } from '../../../shared/count-text'
import { terminalJson, terminalText } from '../terminal-text'

export const importHelp = `Usage: trailkeep import PATH... [--json]

Imports your history without the Strava API. Each PATH is one of:
  - the ZIP from Strava's "Download your data" (Settings > My Account): adds the activities the
    backup lacks, fills in streams and details not fetched from the API yet (so a sync has fewer
    to download), and keeps the original files for \`trailkeep export --format original\`;
  - a device file: .fit, .gpx or .tcx, each maybe gzipped (.fit.gz);
  - a folder, searched (with its subfolders) for both.
An activity Strava (or the export) already has is one activity, never two: its Strava id wins and
streams already fetched from Strava are never replaced; one known only from a file gets a local
id (negative, such as -3) until Strava lists it. Importing the same files again adds nothing,
and is fast: files already read are recognised by size and content, not parsed again. A file
that cannot be read is skipped and named with the reason; a damaged archive changes nothing,
and neither does one that unpacks to far more than its size (a file over 256 MB, a "ZIP bomb").
  --json  print {"added", "updated", "unchanged", "skipped": [{"file", "reason"}], ...} on stdout`

const MAX_SKIPS_SHOWN = 20

function describeExport(result: ImportResult): string[] {
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
  if (result.detailRequestsSaved > 0) {
    lines.push(
      `${plural(result.detailRequestsSaved, 'detail request', 'detail requests')} to Strava no longer needed: the export and the original files answer them.`,
    )
  }
  for (const skip of result.skipped.slice(0, MAX_SKIPS_SHOWN)) {
    lines.push(
      `Skipped ${terminalText(skip.file)}${skip.id === null ? '' : ` (activity ${skip.id})`}: ${terminalText(skip.detail)}.`,
    )
  }
  if (result.skipped.length > MAX_SKIPS_SHOWN) {
    lines.push(`… and ${result.skipped.length - MAX_SKIPS_SHOWN} more skipped.`)
  }
  return lines
}

function describeFiles(result: ImportPathsResult): string[] {
  const lines: string[] = []
  if (result.filesRead > 0 || result.exports.length === 0) {
    lines.push(
      `Imported ${plural(result.added, 'new activity', 'new activities')}, ` +
        `${result.updated} updated, ${result.unchanged} already here ` +
        `(${plural(result.filesRead, 'file', 'files')} read).`,
    )
  }
  // An export's own skips were listed with it.
  const own = result.skipped.filter(
    (s) => !result.exports.some((e) => s.file.startsWith(`${e.path}: `)),
  )
  for (const skip of own.slice(0, MAX_SKIPS_SHOWN)) {
    lines.push(`Skipped ${terminalText(skip.file)}: ${terminalText(skip.reason)}.`)
  }
  if (own.length > MAX_SKIPS_SHOWN)
    lines.push(`… and ${own.length - MAX_SKIPS_SHOWN} more skipped.`)
  if (result.ignoredFiles > 0) {
    lines.push(
      `${plural(result.ignoredFiles, 'other file', 'other files')} (not FIT, GPX, TCX or ZIP) left alone.`,
    )
  }
  return lines
}

function describe(result: ImportPathsResult): string {
  const lines = result.exports.flatMap((e) => describeExport(e.result))
  lines.push(...describeFiles(result))
  return `${lines.join('\n')}\n`
}

/** The contract's `import --json`: counts of activities, then what more there is to say. */
function toJson(result: ImportPathsResult) {
  const { added, updated, unchanged, skipped, requestsSaved, ignoredFiles, filesRead } = result
  return { added, updated, unchanged, skipped, requestsSaved, ignoredFiles, filesRead }
}

function progressPrinter(io: CliIo) {
  let shown = -1
  let phase: ImportPathsProgress['phase'] | null = null
  return (p: ImportPathsProgress) => {
    if (p.phase !== phase) shown = -1
    phase = p.phase
    if (p.total === 0) return
    const percent = Math.floor((p.done / p.total) * 100)
    if (percent >= shown + 10 || p.done === p.total) {
      shown = percent
      io.stderr(`[import] ${p.done} of ${p.total} files, ${percent}%\n`)
    }
  }
}

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { flags, files } = parseFlagsAndFiles('import', args, { json: { type: 'boolean' } }, 'PATH')
  if (files === undefined) return printHelp(io, importHelp)
  return withCliCore(io, async (core) => {
    const result = await core.data.importPaths({
      paths: files.map((file) => resolve(file)),
      signal: io.signal,
      onProgress: progressPrinter(io),
    })
    if (flags.json) io.stdout(`${terminalJson(toJson(result))}\n`)
    io.stderr(describe(result))
    return 0
  })
}
