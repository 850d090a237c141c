import { z } from 'zod'
import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { parseJson, readSetting, writeSetting } from '../db/settings-repo'
import { settings } from '../db/schema'
import { eq } from 'drizzle-orm'
import { AppError } from '../errors'
import { isLeaseOwnerAlive, newLeaseOwner } from '../lease-owner'

/** The settings row holding the lease. */
export const SYNC_LOCK_SETTING = 'sync_lock'
const LEASE_MS = 2 * 60 * 1000

const holderSchema = z.object({ owner: z.string(), until: z.number() })
type Holder = z.infer<typeof holderSchema>

/**
 * One sync at a time across processes (the app and a scheduled `trailkeep sync`), held as a
 * lease in the database. A holder whose process is gone, or whose lease ran out, is replaced.
 */
export class SyncLock {
  private readonly owner = newLeaseOwner()

  constructor(
    private readonly db: AppDb,
    private readonly clock: Clock,
  ) {}

  acquire(): void {
    const taken = this.db.transaction(
      (tx) => {
        const holder = parseHolder(
          tx.select().from(settings).where(eq(settings.key, SYNC_LOCK_SETTING)).get()?.value,
        )
        if (holder && holder.owner !== this.owner && isAlive(holder, this.clock.now())) return false
        writeSetting(tx, SYNC_LOCK_SETTING, JSON.stringify(this.holder(LEASE_MS)))
        return true
      },
      { behavior: 'immediate' },
    )
    if (!taken) {
      throw new AppError(
        'SYNC_BUSY',
        'Another sync is already running (in the app or another trailkeep process); try again when it is done.',
      )
    }
  }

  /** Extends the lease to cover at least `ms` from now, e.g. before waiting for a rate-limit window. */
  extend(ms = LEASE_MS): void {
    writeSetting(this.db, SYNC_LOCK_SETTING, JSON.stringify(this.holder(Math.max(ms, LEASE_MS))))
  }

  release(): void {
    const holder = parseHolder(readSetting(this.db, SYNC_LOCK_SETTING))
    if (holder?.owner === this.owner)
      this.db.delete(settings).where(eq(settings.key, SYNC_LOCK_SETTING)).run()
  }

  private holder(ms: number): Holder {
    return { owner: this.owner, until: this.clock.now() + ms }
  }
}

function parseHolder(value: string | undefined): Holder | null {
  return parseJson(value, holderSchema)
}

function isAlive(holder: Holder, now: number): boolean {
  return holder.until > now && isLeaseOwnerAlive(holder.owner)
}
