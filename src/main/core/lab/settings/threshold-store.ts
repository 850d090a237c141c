import { asc, eq } from 'drizzle-orm'
import type { StoredThresholdDto } from '../../../../shared/lab-dto'
import {
  NUMERIC_THRESHOLD_KINDS,
  thresholdProblem,
  type ThresholdPatch,
} from '../../../../shared/lab-thresholds'
import type { AppDb, DbOrTx } from '../../db/open-database'
import { athleteThresholds } from '../../db/schema'
import { AppError } from '../../errors'
import { dayNumber } from '../calendar-day'

/** Every dated threshold, oldest first (same-day kinds in the order they were first set). */
export function readThresholdHistory(db: DbOrTx): StoredThresholdDto[] {
  const rows = db
    .select()
    .from(athleteThresholds)
    .orderBy(asc(athleteThresholds.fromDay), asc(athleteThresholds.id))
    .all()
  const entries: StoredThresholdDto[] = []
  for (const row of rows) {
    if (row.kind === 'sex') {
      if (row.sex) entries.push({ id: row.id, kind: 'sex', value: row.sex, from: row.fromDay })
    } else if (row.value !== null) {
      entries.push({ id: row.id, kind: row.kind, value: row.value, from: row.fromDay })
    }
  }
  return entries
}

/**
 * Records each given value as applying from `from` (YYYY-MM-DD), in one transaction. A value of
 * the same kind already set for that day is corrected, not duplicated. Nothing else changes:
 * later values keep applying from their own days.
 */
export function saveThresholds(db: AppDb, patch: ThresholdPatch, from: string, now: number): void {
  dayNumber(from)
  const rows: (typeof athleteThresholds.$inferInsert)[] = []
  for (const kind of NUMERIC_THRESHOLD_KINDS) {
    const value = patch[kind]
    if (value === undefined) continue
    const problem = thresholdProblem(kind, value)
    if (problem) throw new AppError('INVALID_INPUT', problem)
    rows.push({ kind, fromDay: from, value, sex: null, updatedAt: now })
  }
  if (patch.sex !== undefined) {
    rows.push({ kind: 'sex', fromDay: from, value: null, sex: patch.sex, updatedAt: now })
  }
  if (rows.length === 0) {
    throw new AppError('INVALID_INPUT', 'Give at least one threshold to set.')
  }
  db.transaction((tx) => {
    for (const row of rows) {
      tx.insert(athleteThresholds)
        .values(row)
        .onConflictDoUpdate({
          target: [athleteThresholds.kind, athleteThresholds.fromDay],
          set: { value: row.value, sex: row.sex, updatedAt: now },
        })
        .run()
    }
  })
}

/** Deletes one dated value; false when there was none with that id. */
export function removeThreshold(db: AppDb, id: number): boolean {
  return db.delete(athleteThresholds).where(eq(athleteThresholds.id, id)).run().changes > 0
}
