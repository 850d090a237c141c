import { activityCount, countText } from '../../../shared/count-text'
import type { ImportPathsResult } from '../import/import-paths'

const SKIPS_NAMED = 3

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path

/** What an import from the app did, in a sentence or three for the screen. */
export function describeImportPaths(result: ImportPathsResult): string {
  const parts = [
    result.added === 0 && result.updated === 0
      ? `Nothing new: ${activityCount(result.unchanged)} already in your library.`
      : `Imported ${countText(result.added, 'new activity', 'new activities')}` +
        `${result.updated > 0 ? `, ${result.updated} updated` : ''}` +
        `${result.unchanged > 0 ? `, ${result.unchanged} already here` : ''}.`,
  ]
  const saved = result.requestsSaved.streams + result.requestsSaved.details
  if (saved > 0) parts.push(`${countText(saved, 'request', 'requests')} to Strava saved.`)
  const skipped = result.skipped.length
  if (skipped > 0) {
    const named = result.skipped
      .slice(0, SKIPS_NAMED)
      .map((s) => `${fileName(s.file)} (${s.reason})`)
      .join('; ')
    const more = skipped > SKIPS_NAMED ? `; and ${skipped - SKIPS_NAMED} more` : ''
    parts.push(`${countText(skipped, 'file', 'files')} skipped: ${named}${more}.`)
  }
  return parts.join(' ')
}
