import type { ExportResult, SkipReason } from '../core'
import { countText as plural } from '../../shared/count-text'
import { terminalText } from './terminal-text'

const LABELS: Record<ExportResult['format'], string> = {
  gpx: 'GPX',
  tcx: 'TCX',
  csv: 'CSV',
  json: 'JSON',
  original: 'original',
}

const SKIP_TEXT: Record<SkipReason, (n: number, format: string) => string> = {
  manual: (n, f) =>
    `${plural(n, 'manual activity has', 'manual activities have')} no track for ${f}`,
  'no-gps': (n, f) =>
    `${plural(n, 'activity has', 'activities have')} no GPS track for ${f} (indoor or no position data)`,
  'streams-pending': (n) =>
    `${plural(n, "activity's streams are", "activities' streams are")} not backed up yet (run \`trailkeep sync\`)`,
  'no-original': (n) =>
    `${plural(n, 'activity has', 'activities have')} no original file (import your Strava export with \`trailkeep import\`)`,
  exists: (n) =>
    `${plural(n, 'file already exists', 'files already exist')} (pass --overwrite to replace)`,
  'privacy-zone': (n) =>
    `${plural(n, 'original file has', 'original files have')} points in your privacy zones and ${n === 1 ? 'is' : 'are'} copied unchanged, so ${n === 1 ? 'it stays' : 'they stay'} home (export GPX or TCX instead)`,
}

function countBy<T extends string>(items: { reason: T }[]): [T, number][] {
  const counts = new Map<T, number>()
  for (const { reason } of items) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  return [...counts]
}

/** The stderr report: how many written, how many skipped and why, and what lacks a track. */
export function describeExport(result: ExportResult, outDir: string): string {
  const label = LABELS[result.format]
  const wrote = `Wrote ${plural(result.written, `${label} file`, `${label} files`)} to ${terminalText(outDir)}`
  const reasons = countBy(result.skipped).map(([reason, n]) => SKIP_TEXT[reason](n, label))
  const lines = [
    reasons.length === 0
      ? `${wrote}; skipped none.`
      : `${wrote}; skipped ${result.skipped.length}: ${reasons.join('; ')}.`,
  ]
  for (const [reason, n] of countBy(result.partial)) {
    const why =
      reason === 'manual' ? 'manual activities, no recorded track' : 'streams not backed up yet'
    lines.push(`${plural(n, 'file has', 'files have')} laps but no trackpoints (${why}).`)
  }
  const trimmedLine = describeTrimmed(result.trimmed)
  if (trimmedLine) lines.push(trimmedLine)
  return `${lines.join('\n')}\n`
}

/** "Privacy zones: left out 120 points of 3 activities." or null when nothing was. */
export function describeTrimmed(trimmed: readonly { points: number }[]): string | null {
  if (trimmed.length === 0) return null
  const points = trimmed.reduce((sum, t) => sum + t.points, 0)
  return `Privacy zones: left out ${plural(points, 'point', 'points')} of ${plural(trimmed.length, 'activity', 'activities')}.`
}
