import { existsSync, readFileSync } from 'node:fs'
import { desc } from 'drizzle-orm'
import { APP_VERSION } from '../app-version'
import type { OpenedDatabase } from '../db/open-database'
import type { RateLimiter } from '../sync/rate-limiter'
import type { Account, Sync } from '../trailkeep'
import { readLastSyncAt } from '../db/library-repo'
import { countPending } from '../db/pending-fetches'
import { syncWarnings } from '../db/schema'
import { logFilePath } from './logger'
import { redactor } from './redact'

const LOG_LINES = 100

/**
 * A report a user can paste into a bug: versions, state, counts, recent warnings and log lines.
 * Everything passes the redactor, and no activity names or athlete details are included.
 */
export async function buildDiagnostics(core: {
  auth: Pick<Account, 'status'>
  database: OpenedDatabase
  limiter: RateLimiter
  sync: Pick<Sync, 'running'>
}): Promise<string> {
  const status = await core.auth.status()
  const counts = core.database.sqlite
    .prepare(
      `SELECT COUNT(*) AS total, SUM(deleted_at IS NOT NULL) AS deleted,
              SUM(streams_state = 'stored') AS withStreams, SUM(streams_state = 'pending') AS pendingStreams
       FROM activities`,
    )
    .get() as Record<string, number | null>
  const warnings = core.database.db
    .select()
    .from(syncWarnings)
    .orderBy(desc(syncWarnings.id))
    .limit(20)
    .all()
  const lines = [
    `Trailkeep ${APP_VERSION}`,
    `Platform: ${process.platform} ${process.arch}, Node ${process.versions.node}${process.versions.electron ? `, Electron ${process.versions.electron}` : ''}`,
    `Connection: ${status.state}${status.reconnectReason ? ` (${status.reconnectReason})` : ''}`,
    `Token protection: ${status.tokenProtection.kind}`,
    `Credentials: ${status.credentials.source}`,
    `Activities: ${counts.total ?? 0} (deleted on Strava ${counts.deleted ?? 0}, with streams ${counts.withStreams ?? 0}, streams pending ${counts.pendingStreams ?? 0})`,
    `Still to fetch: details ${countPending(core.database.db, 'detail')}, streams ${countPending(core.database.db, 'streams')}`,
    `Rate limit (read): ${JSON.stringify(core.limiter.budgets.read)}`,
    `Last sync: ${readLastSyncAt(core.database.db) ?? 'never'}`,
    `Sync running: ${core.sync.running}`,
    '',
    'Recent warnings:',
    ...(warnings.length
      ? warnings.map((w) => `  ${new Date(w.at).toISOString()} ${w.kind}: ${w.message}`)
      : ['  none']),
    '',
    `Recent log lines (of ${logFilePath() ?? 'no log file'}):`,
    ...recentLogLines(),
  ]
  return redactor.redact(lines.join('\n'))
}

function recentLogLines(): string[] {
  const file = logFilePath()
  if (!file || !existsSync(file)) return ['  none']
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(-LOG_LINES)
    .map((l) => `  ${l}`)
}
