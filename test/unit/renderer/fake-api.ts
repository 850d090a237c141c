/**
 * A small in-memory `window.trailkeep` for renderer component tests. It answers like the core
 * does (queries validated with the real schema, paging, sorting, totals) and records every call,
 * so a test can assert what a screen asked for.
 */
import type {
  DataActionResultDto,
  ExportRequest,
  RestoreCandidateDto,
} from '../../../src/shared/data-dto'
import type { ConnectionStatusDto, SyncStatusDto } from '../../../src/shared/dto'
import type { EventChannel, EventPayloads } from '../../../src/shared/event-channels'
import type { WatchedFolderDto } from '../../../src/shared/folders-dto'
import type { ActivityDetailDto } from '../../../src/shared/library-dto'
import {
  activityQuerySchema,
  type ActivityQueryInput,
  type TotalsQuery,
} from '../../../src/shared/library-query'
import {
  DEFAULT_PREFERENCES,
  type PreferencesDto,
  type PreferencesPatch,
  type SettingsDto,
} from '../../../src/shared/settings-dto'
import type { TrailkeepApi } from '../../../src/shared/bridge-contract'
import { BridgeError } from '../../../src/shared/expose-api'
import { makeActivity, makeStreams, toListItem } from './fake-activities'
import { createFakeLab, type FakeLabOptions, type LabCalls } from './fake-lab'
import { filterActivities, totalsOf } from './fake-library-queries'
import { fakeMaps } from './fake-maps'

export { makeActivity, makeStreams, toListItem }

export interface FakeApiOptions {
  /** The lab's answers; every other lab call answers with empty figures. */
  lab?: FakeLabOptions
  activities?: ActivityDetailDto[]
  /** Defaults to the sport types of the live activities, alphabetically. */
  sportTypes?: string[]
  preferences?: Partial<PreferencesDto>
  connection?: Partial<ConnectionStatusDto>
  syncStatus?: Partial<SyncStatusDto>
  /** Replaces the default "Fetch now", which returns the stored activity unchanged. */
  fetchNow?: (id: number, fake: FakeApi) => Promise<ActivityDetailDto | null>
  /** What "Restore from backup…" picks; null is a cancelled dialog. */
  restoreCandidate?: RestoreCandidateDto | null
  /** Replaces the default restore, which swaps in `restoredActivities`. */
  restore?: (choice: string) => Promise<DataActionResultDto>
  restoredActivities?: ActivityDetailDto[]
  /** What "Import files…" and "Import a folder…" answer; null is a cancelled dialog. */
  importResult?: DataActionResultDto | null
  /** The watched folders the fake starts with. */
  watchedFolders?: WatchedFolderDto[]
  /** Replaces the default connect, which answers with the current connection. */
  connect?: (fake: FakeApi) => Promise<ConnectionStatusDto>
  /** Replaces the default credentials save, which keeps the Client ID and answers as the core. */
  saveCredentials?: (
    input: { clientId: string; clientSecret: string },
    fake: FakeApi,
  ) => Promise<ConnectionStatusDto>
}

export interface FakeApiCalls {
  list: ActivityQueryInput[]
  detail: number[]
  fetchNow: number[]
  totals: TotalsQuery[]
  sportTypes: number
  settingsUpdate: PreferencesPatch[]
  syncNow: number
  diagnostics: number
  dataExport: ExportRequest[]
  restore: string[]
  connect: number
  disconnect: { deleteData: boolean }[]
  credentialsSave: { clientId: string; clientSecret: string }[]
  importFiles: number
  importFolder: number
  importDropped: string[][]
  foldersAdd: number
  foldersRemove: number[]
  lab: LabCalls
}

export interface FakeApi {
  api: TrailkeepApi
  calls: FakeApiCalls
  /** The activities the fake serves; replace or edit them between steps. */
  activities: ActivityDetailDto[]
  setActivities(activities: ActivityDetailDto[]): void
  /** The connection the fake reports; edit it, then `emit('auth:changed', ...)` as the core would. */
  connection: ConnectionStatusDto
  /** Pushes an event to every subscriber, as the core does. */
  emit<E extends EventChannel>(event: E, payload: EventPayloads[E]): void
  listenerCount(event: EventChannel): number
}

export function rateLimitedError(): BridgeError {
  return new BridgeError('RATE_LIMITED', "Strava's request budget is used up until 12:15.")
}

export function createFakeApi(options: FakeApiOptions = {}): FakeApi {
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>()
  let preferences: PreferencesDto = { ...DEFAULT_PREFERENCES, ...options.preferences }
  const calls: FakeApiCalls = {
    list: [],
    detail: [],
    fetchNow: [],
    totals: [],
    sportTypes: 0,
    settingsUpdate: [],
    syncNow: 0,
    diagnostics: 0,
    dataExport: [],
    restore: [],
    connect: 0,
    disconnect: [],
    credentialsSave: [],
    importFiles: 0,
    importFolder: 0,
    importDropped: [],
    foldersAdd: 0,
    foldersRemove: [],
    lab: [],
  }
  let watched: WatchedFolderDto[] = options.watchedFolders ?? []
  const connection: ConnectionStatusDto = {
    state: 'connected',
    athlete: { id: 1, firstname: 'Zoë', lastname: 'Ångström' },
    reconnectReason: null,
    privateActivitiesExcluded: false,
    connecting: false,
    credentials: { configured: true, source: 'saved', clientId: '12345' },
    tokenProtection: { kind: 'passphrase', description: 'a passphrase' },
    ...options.connection,
  }
  const syncStatus: SyncStatusDto = {
    running: false,
    progress: null,
    lastSyncAt: '2024-05-02T10:00:00.000Z',
    lastResult: null,
    ...options.syncStatus,
  }
  const settings = (): SettingsDto => ({
    preferences,
    dataFolder: '/tmp/trailkeep',
    tokenProtection: fake.connection.tokenProtection,
    plainTextOptIn: null,
  })
  const find = (id: number) => fake.activities.find((a) => a.id === id) ?? null

  const api: TrailkeepApi = {
    auth: {
      status: async () => fake.connection,
      connect: async () => {
        calls.connect++
        const status = options.connect ? await options.connect(fake) : fake.connection
        return { status, alreadyConnected: false }
      },
      cancelConnect: async () => false,
      disconnect: async (input) => {
        calls.disconnect.push(input)
        fake.connection = { ...fake.connection, state: 'disconnected', athlete: null }
        fake.emit('auth:changed', fake.connection)
        return { remoteRevoked: true, dataDeleted: input.deleteData }
      },
    },
    credentials: {
      save: async (input) => {
        calls.credentialsSave.push(input)
        if (options.saveCredentials) return options.saveCredentials(input, fake)
        fake.connection = {
          ...fake.connection,
          credentials: { configured: true, source: 'saved', clientId: input.clientId },
        }
        return fake.connection
      },
    },
    sync: {
      status: async () => syncStatus,
      now: async () => {
        calls.syncNow++
        return syncStatus
      },
    },
    library: {
      list: async (input) => {
        calls.list.push(input)
        const query = activityQuerySchema.parse(input)
        const matches = filterActivities(fake.activities, query)
        return {
          items: matches.slice(query.offset, query.offset + query.limit).map(toListItem),
          total: matches.length,
          offset: query.offset,
          limit: query.limit,
        }
      },
      detail: async ({ id }) => {
        calls.detail.push(id)
        const activity = find(id)
        return activity ? structuredClone(activity) : null
      },
      fetchNow: async ({ id }) => {
        calls.fetchNow.push(id)
        if (options.fetchNow) return options.fetchNow(id, fake)
        const activity = find(id)
        return activity ? structuredClone(activity) : null
      },
      totals: async (query) => {
        calls.totals.push(query)
        return { rows: totalsOf(fake.activities, query) }
      },
      sportTypes: async () => {
        calls.sportTypes++
        return (
          options.sportTypes ??
          [...new Set(fake.activities.filter((a) => !a.deletedAt).map((a) => a.sportType))].sort()
        )
      },
      purgeDeleted: async () => {
        const before = fake.activities.length
        fake.activities = fake.activities.filter((a) => !a.deletedAt)
        return before - fake.activities.length
      },
    },
    settings: {
      get: async () => settings(),
      setPlainTextOptIn: async () => settings(),
      update: async (patch) => {
        calls.settingsUpdate.push(patch)
        preferences = { ...preferences, ...patch }
        return settings()
      },
      diagnostics: async () => {
        calls.diagnostics++
        return 'Trailkeep diagnostics (fake)'
      },
    },
    data: {
      export: async (request) => {
        calls.dataExport.push(request)
        return {
          path: '/tmp/exports',
          summary: `Wrote ${request.ids?.length ?? fake.activities.length} files.`,
        }
      },
      import: async () => ({ path: '/tmp/export.zip', summary: 'Imported 3 activities.' }),
      importFiles: async () => {
        calls.importFiles++
        return options.importResult ?? null
      },
      importFolder: async () => {
        calls.importFolder++
        return options.importResult ?? null
      },
      importDropped: async ({ paths }) => {
        calls.importDropped.push(paths)
        return options.importResult ?? { path: paths[0] ?? '', summary: 'Imported 1 new activity.' }
      },
      backup: async () => ({ path: '/tmp/backup.sqlite', summary: 'Backed up 3 activities.' }),
      chooseRestore: async () => options.restoreCandidate ?? null,
      restore: async ({ choice }) => {
        calls.restore.push(choice)
        if (options.restore) return options.restore(choice)
        fake.activities = options.restoredActivities ?? []
        return {
          path: '/tmp/backup.sqlite',
          summary: `Restored ${fake.activities.length} activities from backup.sqlite.`,
        }
      },
    },
    folders: {
      list: async () => watched,
      add: async () => {
        calls.foldersAdd++
        const id = watched.length + 1
        watched = [
          ...watched,
          {
            id,
            path: `/media/WATCH/GARMIN/Activity`,
            lastScanAt: null,
            activitiesAdded: 0,
            problem: null,
          },
        ]
        return watched
      },
      remove: async ({ id }) => {
        calls.foldersRemove.push(id)
        watched = watched.filter((f) => f.id !== id)
        return watched
      },
      scanNow: async () => watched,
    },
    lab: createFakeLab(options.lab ?? {}, calls.lab),
    maps: fakeMaps(),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: never) => void)
    },
  }

  const fake: FakeApi = {
    api,
    calls,
    activities: options.activities ?? [],
    connection,
    setActivities(activities) {
      fake.activities = activities
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) {
        ;(listener as (p: typeof payload) => void)(payload)
      }
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  }
  return fake
}

/** Creates a fake and installs it as `window.trailkeep`. */
export function installFakeApi(options: FakeApiOptions = {}): FakeApi {
  const fake = createFakeApi(options)
  window.trailkeep = fake.api
  return fake
}
