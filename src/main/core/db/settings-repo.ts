import { eq } from 'drizzle-orm'
import type { AppDb } from './open-database'
import { settings } from './schema'

export function readSetting(db: AppDb, key: string): string | undefined {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value
}

export function writeSetting(db: AppDb, key: string, value: string): void {
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run()
}
