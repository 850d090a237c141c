import { resolve } from 'node:path'
import { EXPORT_FORMATS, isAppError, type ExportFormat } from '../../core'
import { describeExport } from '../export-summary'
import { CliFailure, type CliIo } from '../io'
import { withCliCore } from '../open-cli-core'
import { parseActivityId, parseFlags } from '../parse-flags'
import { printHelp } from '../help'
import { terminalJson, terminalText } from '../terminal-text'

export const exportHelp = `Usage: trailkeep export --format gpx|tcx|csv|json|original --out DIR [--id ID] [--overwrite] [--json]

Exports backed-up activities into DIR: one file per activity (GPX, TCX, or the original file
from an imported Strava export), or one CSV or JSON file for all. Files are named
YYYY-MM-DD_HHMM_<id>_<name>.<ext> so they sort by date; existing files are kept.
  --format FORMAT  gpx, tcx, csv (summaries), json (everything stored) or original
  --out DIR        the folder to write into (created when missing)
  --id ID          only this activity (a negative id for one known only from a file, as
                   --id -3 or --id=-3); repeat for several
  --overwrite      replace files that already exist
  --json           print {"written", "files", "skipped", "partial"} on stdout`

const USAGE_HINT = 'Run `trailkeep export --help` for usage.'

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) throw new CliFailure(`--format is required. ${USAGE_HINT}`, 2)
  const format = EXPORT_FORMATS.find((f) => f === value.toLowerCase())
  if (!format) {
    throw new CliFailure(
      `Unknown format "${terminalText(value.slice(0, 20))}": use ${EXPORT_FORMATS.join(', ')}. ${USAGE_HINT}`,
      2,
    )
  }
  return format
}

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('export', args, {
    format: { type: 'string' },
    out: { type: 'string' },
    id: { type: 'string', multiple: true },
    overwrite: { type: 'boolean' },
    json: { type: 'boolean' },
  })
  if (flags.help) return printHelp(io, exportHelp)
  const format = parseFormat(flags.format as string | undefined)
  const out = flags.out as string | undefined
  if (!out) throw new CliFailure(`--out is required. ${USAGE_HINT}`, 2)
  const ids = (flags.id as string[] | undefined)?.map((id) => parseActivityId('--id', id))
  const outDir = resolve(out)
  return withCliCore(io, async (core) => {
    let lastShown = 0
    const result = await core.data
      .export({
        format,
        outDir,
        ids,
        overwrite: flags.overwrite === true,
        signal: io.signal,
        onProgress: ({ done, total }) => {
          if (total >= 200 && (done - lastShown >= 100 || done === total)) {
            lastShown = done
            io.stderr(`[export] ${done} of ${total} activities\n`)
          }
        },
      })
      .catch((error: unknown) => {
        if (isAppError(error, 'NOT_FOUND')) {
          throw new CliFailure(`${error.message} Run \`trailkeep list\` to see the ids.`, 2)
        }
        throw error
      })
    if (flags.json) {
      const { written, files, skipped, partial } = result
      io.stdout(`${terminalJson({ written, files, skipped, partial })}\n`)
    }
    io.stderr(describeExport(result, outDir))
    return 0
  })
}
