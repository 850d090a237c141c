import { sql } from 'drizzle-orm'
import type { AppDb } from '../db/open-database'
import type { DerivationSubject, Deriver } from './deriver'

interface SubjectRow extends DerivationSubject {
  streamsAt: number | null
  version: number | null
  inputs: string | null
}

export interface StaleSubject {
  subject: DerivationSubject
  /** The key stored with the result: the deriver's inputs and the streams' fetch time. */
  inputs: string
}

/**
 * Activities whose figures of this kind are missing or out of date, newest first. The streams'
 * fetch time comes from its covering index: read from the table it would page through every
 * stored stream (the column sits after the blob), seconds on a large library.
 */
export function staleSubjects(db: AppDb, deriver: Deriver): StaleSubject[] {
  const rows = db.all<SubjectRow>(sql`
    SELECT a.id, a.sport_type AS sportType, a.start_date AS startDate,
           a.start_date_local AS startDateLocal, a.distance, a.moving_time AS movingTime,
           a.elapsed_time AS elapsedTime, a.summary_json AS summaryJson,
           s.fetched_at AS streamsAt, d.version, d.inputs
    FROM activities a
    LEFT JOIN activity_streams s INDEXED BY activity_streams_fetched_idx ON s.activity_id = a.id
    LEFT JOIN derivations d ON d.activity_id = a.id AND d.kind = ${deriver.kind}
    WHERE a.deleted_at IS NULL
    ORDER BY a.start_date DESC, a.id DESC`)
  const stale: StaleSubject[] = []
  for (const { streamsAt, version, inputs: stored, ...subject } of rows) {
    const inputs = `${deriver.inputsOf(subject)}|streams:${streamsAt ?? 'none'}`
    if (version !== deriver.version || stored !== inputs) stale.push({ subject, inputs })
  }
  return stale
}
