import type Database from 'better-sqlite3'

/**
 * Runs one write whose commit must survive a power cut before this returns (synchronous=FULL
 * for it). The library runs at synchronous=NORMAL, which in WAL mode never corrupts and at
 * worst loses the last commits after a power cut: fine for activity pages a sync fetches again,
 * not for a rotated refresh token (the old one is dead at Strava) or a wiped one.
 */
export function writeDurably<T>(sqlite: Database.Database, write: () => T): T {
  // SQLite refuses to change the level inside a transaction; the outer commit decides then.
  if (sqlite.inTransaction) return write()
  sqlite.pragma('synchronous = FULL')
  try {
    return write()
  } finally {
    sqlite.pragma('synchronous = NORMAL')
  }
}
