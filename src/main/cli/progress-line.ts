import type { SyncProgressDto } from '../../shared/dto'

/** One short line of progress for the terminal; changes only when something a user cares about does. */
export function describeProgress(p: SyncProgressDto): string {
  const parts = [`${p.listing.activities} listed`]
  const detailsTotal = p.details.done + p.details.remaining
  if (detailsTotal > 0) parts.push(`details ${p.details.done}/${detailsTotal}`)
  const streamsTotal = p.streams.done + p.streams.remaining
  if (streamsTotal > 0) parts.push(`streams ${p.streams.done}/${streamsTotal}`)
  if (p.etaAt) parts.push(`done by ${p.etaAt.slice(0, 16).replace('T', ' ')} UTC`)
  const step = p.phase === 'details' || p.phase === 'streams' ? 'fetching' : p.phase
  return `[${step}] ${parts.join(', ')}`
}
