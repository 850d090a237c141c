import { eq } from 'drizzle-orm'
import { writeDurably } from '../db/durable-write'
import type { AppDb } from '../db/open-database'
import { isLeaseOwnerAlive } from '../lease-owner'
import { connection } from '../db/schema'
import type { SealedSecret } from './secret-vault'

const ROW_ID = 1

export type ConnectionRow = typeof connection.$inferSelect
export type ReconnectReason = 'revoked' | 'unreadable' | 'session-ended' | 'credentials-changed'

export interface SealedTokens {
  access: SealedSecret | null
  refresh: SealedSecret | null
  expiresAt: number
}

export type LeaseAttempt =
  | { kind: 'taken'; row: ConnectionRow }
  | { kind: 'changed'; row: ConnectionRow }
  | { kind: 'busy' }
  | { kind: 'gone' }

/**
 * The single connection row. Every write that races another process uses an immediate
 * transaction, and every write of tokens reaches the disk before it returns.
 */
export class ConnectionStore {
  constructor(private readonly db: AppDb) {}

  private durably<T>(write: () => T): T {
    return writeDurably(this.db.$client, write)
  }

  read(): ConnectionRow | undefined {
    return this.db.select().from(connection).where(eq(connection.id, ROW_ID)).get()
  }

  saveNewConnection(input: {
    athleteId: number
    athleteJson: string
    grantedScope: string
    tokens: SealedTokens
    now: number
  }): void {
    const values = {
      state: 'connected' as const,
      reconnectReason: null,
      athleteId: input.athleteId,
      athleteJson: input.athleteJson,
      grantedScope: input.grantedScope,
      ...tokenColumns(input.tokens),
      refreshLeaseOwner: null,
      refreshLeaseUntil: null,
      connectedAt: input.now,
      updatedAt: input.now,
    }
    this.durably(() =>
      this.db.transaction(
        (tx) => {
          const previous = tx.select().from(connection).where(eq(connection.id, ROW_ID)).get()
          const tokenGeneration = (previous?.tokenGeneration ?? 0) + 1
          tx.insert(connection)
            .values({ id: ROW_ID, ...values, tokenGeneration })
            .onConflictDoUpdate({ target: connection.id, set: { ...values, tokenGeneration } })
            .run()
        },
        { behavior: 'immediate' },
      ),
    )
  }

  /**
   * Takes the right to spend the refresh token. Re-reads inside the lock: when another process
   * already stored newer tokens than `seenGeneration`, answers `changed` instead.
   */
  tryTakeRefreshLease(
    owner: string,
    seenGeneration: number,
    now: number,
    leaseMs: number,
  ): LeaseAttempt {
    return this.db.transaction(
      (tx): LeaseAttempt => {
        const row = tx.select().from(connection).where(eq(connection.id, ROW_ID)).get()
        if (!row || row.state !== 'connected') return { kind: 'gone' }
        if (row.tokenGeneration !== seenGeneration) return { kind: 'changed', row }
        const heldByOther =
          row.refreshLeaseOwner !== null &&
          row.refreshLeaseOwner !== owner &&
          (row.refreshLeaseUntil ?? 0) > now &&
          isLeaseOwnerAlive(row.refreshLeaseOwner)
        if (heldByOther) return { kind: 'busy' }
        tx.update(connection)
          .set({ refreshLeaseOwner: owner, refreshLeaseUntil: now + leaseMs })
          .where(eq(connection.id, ROW_ID))
          .run()
        return { kind: 'taken', row }
      },
      { behavior: 'immediate' },
    )
  }

  /**
   * Stores refreshed tokens and releases the lease in one commit, only while `fence` still holds:
   * this owner's lease over the generation it refreshed. Returns the new generation, or null when
   * another process took over (its newer tokens stay).
   */
  commitRefresh(
    tokens: SealedTokens,
    now: number,
    fence: { owner: string; generation: number },
  ): number | null {
    return this.durably(() =>
      this.db.transaction(
        (tx) => {
          const row = tx.select().from(connection).where(eq(connection.id, ROW_ID)).get()
          const held =
            row?.state === 'connected' &&
            row.refreshLeaseOwner === fence.owner &&
            row.tokenGeneration === fence.generation
          if (!row || !held) return null
          const tokenGeneration = row.tokenGeneration + 1
          tx.update(connection)
            .set({
              ...tokenColumns(tokens),
              tokenGeneration,
              refreshLeaseOwner: null,
              refreshLeaseUntil: null,
              updatedAt: now,
            })
            .where(eq(connection.id, ROW_ID))
            .run()
          return tokenGeneration
        },
        { behavior: 'immediate' },
      ),
    )
  }

  releaseLease(owner: string): void {
    this.db
      .update(connection)
      .set({ refreshLeaseOwner: null, refreshLeaseUntil: null })
      .where(eq(connection.refreshLeaseOwner, owner))
      .run()
  }

  /**
   * Keeps the athlete (and all cached data) but forgets tokens that can no longer work. With
   * `expectedGeneration`, only if those are still the stored tokens; returns whether it marked.
   */
  markReconnectRequired(
    reason: ReconnectReason,
    now: number,
    expectedGeneration?: number,
  ): boolean {
    return this.durably(() =>
      this.db.transaction(
        (tx) => {
          const row = tx.select().from(connection).where(eq(connection.id, ROW_ID)).get()
          if (!row) return false
          if (expectedGeneration !== undefined && row.tokenGeneration !== expectedGeneration) {
            return false
          }
          tx.update(connection)
            .set({
              state: 'reconnect_required',
              reconnectReason: reason,
              accessTokenCiphertext: null,
              refreshTokenCiphertext: null,
              accessTokenExpiresAt: null,
              cipherKind: null,
              refreshLeaseOwner: null,
              refreshLeaseUntil: null,
              updatedAt: now,
            })
            .where(eq(connection.id, ROW_ID))
            .run()
          return true
        },
        { behavior: 'immediate' },
      ),
    )
  }

  delete(): void {
    this.durably(() => this.db.delete(connection).where(eq(connection.id, ROW_ID)).run())
  }
}

function tokenColumns(tokens: SealedTokens) {
  return {
    accessTokenCiphertext: tokens.access?.ciphertext ?? null,
    refreshTokenCiphertext: tokens.refresh?.ciphertext ?? null,
    cipherKind: tokens.refresh?.cipherKind ?? null,
    accessTokenExpiresAt: tokens.expiresAt,
  }
}
