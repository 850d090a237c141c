import { eq } from 'drizzle-orm'
import type { DbOrTx } from './open-database'
import { settings } from './schema'

export function readSetting(db: DbOrTx, key: string): string | undefined {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value
}

export function writeSetting(db: DbOrTx, key: string, value: string): void {
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run()
}
