import { sql, type SQL } from 'drizzle-orm'
import type { AppDb } from '../db/open-database'
import { changedSince, latestChange } from './activity-changes'
import { readMark, type DerivationMark } from './derivation-progress'
import type { DerivationKey, DerivationSubject, Deriver } from './deriver'
import { idChunks } from '../db/id-chunks'

interface KeyRow extends DerivationKey {
  streamsAt: number | null
  version: number | null
  inputs: string | null
}

export interface StaleSubject {
  subject: DerivationSubject
  /** The key stored with the result: the deriver's inputs and the streams' fetch time. */
  inputs: string
}

export interface StaleCheck {
  /** Newest first. */
  stale: StaleSubject[]
  /** What to record once every stale subject is stored: the check then starts from here. */
  mark: DerivationMark
}

/**
 * Activities whose figures of this kind are missing or out of date, newest first. Once a kind
 * has run to the end, only the activities the change log names since then are checked (a new
 * activity among 50,000 costs a lookup, not a scan); a new algorithm version, a new fingerprint
 * (thresholds, zone models) or a log pruned past the mark checks every live activity, reading
 * indexes only: the live library index, the streams' fetch-time index, never the raw JSON or the
 * stream blobs.
 */
export function staleSubjects(db: AppDb, deriver: Deriver): StaleCheck {
  const fingerprint = deriver.snapshot?.() ?? ''
  const through = latestChange(db)
  const mark = { version: deriver.version, fingerprint, throughChange: through }
  const previous = readMark(db, deriver.kind)
  const followed =
    previous?.version === deriver.version && previous.fingerprint === fingerprint
      ? changedSince(db, previous.throughChange, through)
      : null
  const rows = followed === null ? keyRows(db, deriver, sql`TRUE`) : []
  for (const ids of idChunks(followed ?? [])) {
    for (const row of keyRows(db, deriver, sql`a.id IN (${sql.join(ids, sql`, `)})`)) rows.push(row)
  }
  if (followed) rows.sort((a, b) => b.startDate - a.startDate || b.id - a.id)
  const stale: { key: DerivationSubject; inputs: string }[] = []
  for (const { streamsAt, version, inputs: stored, ...key } of rows) {
    const inputs = `${deriver.inputsOf(key)}|streams:${streamsAt ?? 'none'}`
    if (version !== deriver.version || stored !== inputs) stale.push({ key, inputs })
  }
  return { stale: stale.map(({ key, inputs }) => ({ subject: key, inputs })), mark }
}

function keyRows(db: AppDb, deriver: Deriver, which: SQL): KeyRow[] {
  return db.all<KeyRow>(sql`
    SELECT a.id, a.sport_type AS sportType, a.start_date AS startDate,
           a.start_date_local AS startDateLocal, a.distance, a.moving_time AS movingTime,
           a.elapsed_time AS elapsedTime,
           s.keys AS streamKeys, s.fetched_at AS streamsAt, d.version, d.inputs
    FROM activities a INDEXED BY activities_live_library_idx
    LEFT JOIN activity_streams s INDEXED BY activity_streams_fetched_idx ON s.activity_id = a.id
    LEFT JOIN derivations d ON d.activity_id = a.id AND d.kind = ${deriver.kind}
    WHERE a.deleted_at IS NULL AND ${which}
    ORDER BY a.start_date DESC, a.id DESC`)
}
