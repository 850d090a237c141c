/**
 * The user's privacy zones, kept in the library. Exports and shared pictures read them here;
 * the performance lab's year in review can too (readPrivacyZones, trimStreams in
 * privacy-zones.ts), so every picture that leaves the app leaves the same places out.
 */
import { asc, eq } from 'drizzle-orm'
import type { PrivacyZoneInput } from '../../../shared/maps-dto'
import type { DbOrTx } from '../db/open-database'
import { privacyZones } from '../db/schema'
import { AppError } from '../errors'
import type { PrivacyZone } from './privacy-zones'

/** Every zone, oldest first. */
export function readPrivacyZones(db: DbOrTx): PrivacyZone[] {
  return db
    .select({
      id: privacyZones.id,
      lat: privacyZones.lat,
      lon: privacyZones.lon,
      radius: privacyZones.radius,
    })
    .from(privacyZones)
    .orderBy(asc(privacyZones.id))
    .all()
}

/** Adds a zone and returns it with its id. */
export function addPrivacyZone(db: DbOrTx, zone: PrivacyZoneInput, now: number): PrivacyZone {
  const row = db
    .insert(privacyZones)
    .values({ ...zone, createdAt: now })
    .returning({ id: privacyZones.id })
    .get()
  return { id: row.id, ...zone }
}

/** Removes a zone; NOT_FOUND when there is none with that id. */
export function removePrivacyZone(db: DbOrTx, id: number): void {
  const removed = db.delete(privacyZones).where(eq(privacyZones.id, id)).run()
  if (removed.changes === 0) {
    throw new AppError('NOT_FOUND', `There is no privacy zone with id ${id}.`)
  }
}
