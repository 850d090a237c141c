/** How far each kind of derived figures has followed the change log (derivation_progress). */
import type { AppDb } from '../db/open-database'
import { statementFor } from '../db/reused-statements'

export interface DerivationMark {
  version: number
  fingerprint: string
  throughChange: number
}

export function readMark(db: AppDb, kind: string): DerivationMark | null {
  const row = statementFor(
    db,
    `SELECT version, fingerprint, through_change AS throughChange
     FROM derivation_progress WHERE kind = ?`,
  ).get(kind) as DerivationMark | undefined
  return row ?? null
}

export function writeMark(db: AppDb, kind: string, mark: DerivationMark): void {
  statementFor(
    db,
    `INSERT INTO derivation_progress (kind, version, fingerprint, through_change)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (kind) DO UPDATE SET version = excluded.version,
       fingerprint = excluded.fingerprint, through_change = excluded.through_change`,
  ).run(kind, mark.version, mark.fingerprint, mark.throughChange)
}

/** The oldest change any of these kinds still has to follow (0 when one never ran). */
export function oldestFollowed(db: AppDb, kinds: readonly string[]): number {
  let oldest = Infinity
  for (const kind of kinds) oldest = Math.min(oldest, readMark(db, kind)?.throughChange ?? 0)
  return Number.isFinite(oldest) ? oldest : 0
}
