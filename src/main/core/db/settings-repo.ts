import { eq } from 'drizzle-orm'
import type { z } from 'zod'
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

/** A JSON setting checked against its schema; anything unreadable or unexpected is null. */
export function readJsonSetting<S extends z.ZodType>(
  db: DbOrTx,
  key: string,
  schema: S,
): z.output<S> | null {
  return parseJson(readSetting(db, key), schema)
}

export function parseJson<S extends z.ZodType>(
  text: string | undefined,
  schema: S,
): z.output<S> | null {
  if (!text) return null
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
