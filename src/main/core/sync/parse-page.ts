import {
  checkAsSent,
  summaryActivitySchema,
  type SummaryActivity,
} from '../strava/activity-schemas'

export interface ParsedPage {
  items: SummaryActivity[]
  /** Items Strava sent that failed validation; their ids (when readable) still count as seen. */
  rejected: { id: number | null; reason: string }[]
  /** How many entries the page had, valid or not: zero ends the listing. */
  size: number
}

/** A page is usable when it is a JSON array; each item is validated on its own. */
export function parseActivityPage(body: unknown): ParsedPage | null {
  if (!Array.isArray(body)) return null
  const page: ParsedPage = { items: [], rejected: [], size: body.length }
  for (const raw of body) {
    const parsed = checkAsSent(summaryActivitySchema, raw)
    if (parsed.success) {
      page.items.push(parsed.data)
      continue
    }
    const id = (raw as { id?: unknown } | null)?.id
    page.rejected.push({
      id: typeof id === 'number' && Number.isSafeInteger(id) ? id : null,
      reason: parsed.error.issues[0]?.path.join('.') || 'invalid item',
    })
  }
  return page
}
