/** The map's settings row (id 1): the base map file and the online-tiles opt-in. */
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../db/open-database'
import { mapSettings } from '../db/schema'

export interface StoredMapSettings {
  baseMapPath: string | null
  onlineTiles: boolean
}

export function readMapSettings(db: DbOrTx): StoredMapSettings {
  const row = db.select().from(mapSettings).where(eq(mapSettings.id, 1)).get()
  return { baseMapPath: row?.baseMapPath ?? null, onlineTiles: row?.onlineTiles ?? false }
}

export function writeMapSettings(
  db: DbOrTx,
  patch: Partial<StoredMapSettings>,
  now: number,
): StoredMapSettings {
  const next = { ...readMapSettings(db), ...patch }
  db.insert(mapSettings)
    .values({ id: 1, ...next, updatedAt: now })
    .onConflictDoUpdate({ target: mapSettings.id, set: { ...next, updatedAt: now } })
    .run()
  return next
}
