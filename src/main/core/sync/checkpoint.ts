import { z } from 'zod'
import type { DbOrTx } from '../db/open-database'
import { SYNC_CHECKPOINT_SETTING } from '../db/library-repo'
import { readJsonSetting, writeSetting } from '../db/settings-repo'
import { settings } from '../db/schema'
import { eq } from 'drizzle-orm'

const listingSchema = z.object({
  kind: z.enum(['initial', 'incremental', 'full']),
  /** Epoch seconds; pins the listing so newly uploaded activities do not shift its pages. */
  before: z.number().int().nullable(),
  after: z.number().int().nullable(),
  nextPage: z.number().int().min(1),
  pages: z.number().int().min(0),
  activities: z.number().int().min(0),
  malformedPageAttempts: z.number().int().min(0).default(0),
})
export type ListingCheckpoint = z.infer<typeof listingSchema>

/** Where an interrupted listing resumes. Written in the same transaction as each page. */
export function readListingCheckpoint(db: DbOrTx): ListingCheckpoint | null {
  return readJsonSetting(db, SYNC_CHECKPOINT_SETTING, listingSchema)
}

export function writeListingCheckpoint(db: DbOrTx, checkpoint: ListingCheckpoint): void {
  writeSetting(db, SYNC_CHECKPOINT_SETTING, JSON.stringify(checkpoint))
}

export function clearListingCheckpoint(db: DbOrTx): void {
  db.delete(settings).where(eq(settings.key, SYNC_CHECKPOINT_SETTING)).run()
}
