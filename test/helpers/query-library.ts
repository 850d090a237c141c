/**
 * A library of 300 emulator activities with names and start times that put queries through
 * their paces, written to a fresh database before each test, and oracles computed from them.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { upsertSummaries } from '../../src/main/core/db/activities-repo'
import { openDatabase, type OpenedDatabase } from '../../src/main/core/db/open-database'
import { listAllActivities } from '../../src/main/core/library/activity-queries'
import {
  summaryActivitySchema,
  type SummaryActivity,
} from '../../src/main/core/strava/activity-schemas'
import type { ActivityQueryInput } from '../../src/shared/library-query'
import { generateDataset, type EmulatorActivity } from '../strava-emulator'
import { toSummary } from '../strava-emulator/representation'

export const NOW = Date.UTC(2026, 5, 1, 12)

/** Names that put the search through its paces, at positions the dataset leaves alone. */
const CUSTOM_NAMES = new Map<number, string>([
  [20, '100% effort'],
  [21, 'tempo_run'],
  [22, 'The "Big" Loop'],
  [23, 'Hill *repeats*'],
  [24, 'NEAR(by) loop'],
  [25, 'back\\slash'],
  [26, 'run OR ride?'],
  [27, '🏃‍♀️ parkrun'],
])

/** Start times whose ISO week, month or year differ from the naive reading. */
const CUSTOM_STARTS = new Map<number, { utc: string; local: string }>([
  [30, { utc: '2021-01-01T09:00:00Z', local: '2021-01-01T10:00:00Z' }],
  [31, { utc: '2024-12-30T06:00:00Z', local: '2024-12-30T07:00:00Z' }],
  [32, { utc: '2024-03-31T23:30:00Z', local: '2024-04-01T01:30:00Z' }],
  // As far ahead of UTC (Kiribati) and behind it (Baker Island) as a clock can be.
  [33, { utc: '2024-06-30T10:30:00Z', local: '2024-07-01T00:30:00Z' }],
  [34, { utc: '2024-07-01T11:30:00Z', local: '2024-06-30T23:30:00Z' }],
])

export const ACTIVITIES: EmulatorActivity[] = generateDataset(7, 300, NOW).map(
  (activity, index) => {
    const name = CUSTOM_NAMES.get(index)
    const start = CUSTOM_STARTS.get(index)
    return {
      ...activity,
      ...(name !== undefined && { name }),
      ...(start && { start_date: start.utc, start_date_local: start.local }),
    }
  },
)
export const SUMMARIES: SummaryActivity[] = ACTIVITIES.map((a) =>
  summaryActivitySchema.parse(toSummary(a)),
)

export interface QueryLibrary {
  readonly database: OpenedDatabase
  /** Ids a query lists, in id order. */
  idsOf(query: ActivityQueryInput): number[]
}

/** Registers the hooks that give each test of the calling file its own fresh library. */
export function useQueryLibrary(): QueryLibrary {
  let dir = ''
  let database: OpenedDatabase | null = null
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trailkeep-queries-'))
    database = openDatabase(join(dir, 'trailkeep.sqlite'))
    const { db } = database
    db.transaction(() => upsertSummaries(db, SUMMARIES, NOW))
  })
  afterEach(() => {
    database?.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const library: QueryLibrary = {
    get database() {
      if (!database) throw new Error('the library exists only inside a test')
      return database
    },
    idsOf: (query) => sorted(listAllActivities(library.database.db, query).map((a) => a.id)),
  }
  return library
}

export const startMs = (s: SummaryActivity) => Date.parse(s.start_date)
export const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b)
export const idsWhere = (keep: (s: SummaryActivity) => boolean) =>
  sorted(SUMMARIES.filter(keep).map((s) => s.id))
/** Latin text as search sees it: no case, no accents. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
export const named = (name: string) => idsWhere((s) => s.name === name)
