import { sql } from 'drizzle-orm'
import type { AppDb } from '../db/open-database'
import { statementFor } from '../db/reused-statements'
import type { DerivationKey, DerivationSubject, Deriver } from './deriver'

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

const CHUNK = 500

/**
 * Activities whose figures of this kind are missing or out of date, newest first. Every live
 * activity is checked on every run, so the check reads indexes only: the live library index for
 * the activity, the fetch-time index for its streams (never the rows behind the raw JSON or
 * the stream blobs). The raw summary is read afterwards for the stale ones alone.
 */
export function staleSubjects(db: AppDb, deriver: Deriver): StaleSubject[] {
  deriver.snapshot?.()
  const rows = db.all<KeyRow>(sql`
    SELECT a.id, a.sport_type AS sportType, a.start_date AS startDate,
           a.start_date_local AS startDateLocal, a.distance, a.moving_time AS movingTime,
           a.elapsed_time AS elapsedTime,
           s.keys AS streamKeys, s.fetched_at AS streamsAt, d.version, d.inputs
    FROM activities a INDEXED BY activities_live_library_idx
    LEFT JOIN activity_streams s INDEXED BY activity_streams_fetched_idx ON s.activity_id = a.id
    LEFT JOIN derivations d ON d.activity_id = a.id AND d.kind = ${deriver.kind}
    WHERE a.deleted_at IS NULL
    ORDER BY a.start_date DESC, a.id DESC`)
  const stale: { key: DerivationKey; inputs: string }[] = []
  for (const { streamsAt, version, inputs: stored, ...key } of rows) {
    const inputs = `${deriver.inputsOf(key)}|streams:${streamsAt ?? 'none'}`
    if (version !== deriver.version || stored !== inputs) stale.push({ key, inputs })
  }
  const summaries = summaryJsonOf(
    db,
    stale.map((s) => s.key.id),
  )
  return stale.map(({ key, inputs }) => ({
    subject: { ...key, summaryJson: summaries.get(key.id) ?? '{}' },
    inputs,
  }))
}

function summaryJsonOf(db: AppDb, ids: number[]): Map<number, string> {
  const found = new Map<number, string>()
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK)
    const rows = statementFor(
      db,
      `SELECT id, summary_json FROM activities WHERE id IN (${chunk.map(() => '?').join(',')})`,
    )
      .raw(true)
      .all(...chunk) as [number, string][]
    for (const [id, json] of rows) found.set(id, json)
  }
  return found
}
