import { eq } from 'drizzle-orm'
import type { AppDb, DbOrTx } from '../../db/open-database'
import { gearSettings } from '../../db/schema'

/** Retirement distances (metres) the user set, by gear id. */
export function readGearRetirements(db: DbOrTx): Map<string, number> {
  const map = new Map<string, number>()
  for (const row of db.select().from(gearSettings).all()) {
    if (row.retireDistance !== null) map.set(row.gearId, row.retireDistance)
  }
  return map
}

/** Sets the distance after which a bike or pair of shoes should retire; null: no warning. */
export function saveGearRetirement(
  db: AppDb,
  gearId: string,
  distance: number | null,
  now: number,
): void {
  if (distance === null) {
    db.delete(gearSettings).where(eq(gearSettings.gearId, gearId)).run()
    return
  }
  db.insert(gearSettings)
    .values({ gearId, retireDistance: distance, updatedAt: now })
    .onConflictDoUpdate({
      target: gearSettings.gearId,
      set: { retireDistance: distance, updatedAt: now },
    })
    .run()
}
