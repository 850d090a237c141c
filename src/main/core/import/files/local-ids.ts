/**
 * Ids of activities known only from a file: negative, so they can never meet a Strava id, and
 * never given twice in a library (a counter in its settings), so that `--id -3` names the same
 * activity until Strava lists it, and never another one after.
 */
import { sql } from 'drizzle-orm'
import { LAST_LOCAL_ID_SETTING } from '../../db/library-repo'
import type { DbOrTx } from '../../db/open-database'
import { readSetting, writeSetting } from '../../db/settings-repo'

/** The next local id; call inside the transaction that inserts it. */
export function nextLocalId(db: DbOrTx): number {
  const last = Number(readSetting(db, LAST_LOCAL_ID_SETTING) ?? 0)
  const lowest = db.get<{ id: number | null }>(sql`SELECT min(id) AS id FROM activities`)?.id ?? 0
  const next = Math.min(Number.isSafeInteger(last) ? last : 0, lowest, 0) - 1
  writeSetting(db, LAST_LOCAL_ID_SETTING, String(next))
  return next
}

export const isLocalId = (id: number): boolean => id < 0
