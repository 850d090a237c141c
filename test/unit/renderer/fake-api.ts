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
import type {
  ActivityDetailDto,
  ActivityListItemDto,
  StreamData,
  StreamKey,
  TotalsRowDto,
} from '../../../src/shared/library-dto'
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
import { createFakeLab, type FakeLabOptions, type LabCalls } from './fake-lab'

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

let nextId = 10_000_000_001

/** A complete activity with believable defaults; ids count up from above 2^32. */
export function makeActivity(overrides: Partial<ActivityDetailDto> = {}): ActivityDetailDto {
  const id = overrides.id ?? nextId++
  return {
    id,
    name: 'Morning Run',
    sportType: 'Run',
    startDate: '2024-05-01T05:30:00.000Z',
    startDateLocal: '2024-05-01T07:30:00Z',
    distance: 10_000,
    movingTime: 3000,
    elapsedTime: 3100,
    totalElevationGain: 42,
    deletedAt: null,
    hasStreams: false,
    isPrivate: false,
    isManual: false,
    summaryPolyline: null,
    source: 'strava',
    description: null,
    laps: [],
    splits: [],
    streams: null,
    streamsGivenUp: false,
    stravaUrl: `https://www.strava.com/activities/${id}`,
    origins: {
      streams: overrides.hasStreams ? 'strava' : null,
      description: null,
      laps: null,
      device: null,
      calories: null,
      gear: null,
    },
    hasOriginal: false,
    stravaDetailMissing: false,
    ...overrides,
    // Pending until stored, unless Strava has none (manual); tests may still say otherwise.
    streamsPending: overrides.streamsPending ?? (!overrides.hasStreams && !overrides.isManual),
  }
}

/** Per-second streams along a short out-and-back, `seconds` long, at `speed` m/s. */
export function makeStreams(
  seconds = 600,
  speed = 3,
  extra: { heartrate?: boolean; cadence?: boolean; watts?: boolean } = {},
): Partial<Record<StreamKey, StreamData>> {
  const time = Array.from({ length: seconds }, (_, i) => i)
  const distance = time.map((t) => t * speed)
  const streams: Partial<Record<StreamKey, StreamData>> = {
    time,
    distance,
    latlng: time.map((t): [number, number] => [50.7 + t * 0.00002, 7.1 + Math.sin(t / 60) * 0.002]),
    altitude: time.map((t) => 60 + 10 * Math.sin(t / 100)),
    velocity_smooth: time.map(() => speed),
    moving: time.map(() => true),
  }
  if (extra.heartrate) streams.heartrate = time.map((t) => 140 + (t % 20))
  if (extra.cadence) streams.cadence = time.map(() => 85)
  if (extra.watts) streams.watts = time.map(() => 200)
  return streams
}

export function toListItem(activity: ActivityDetailDto): ActivityListItemDto {
  return {
    id: activity.id,
    name: activity.name,
    sportType: activity.sportType,
    startDate: activity.startDate,
    startDateLocal: activity.startDateLocal,
    distance: activity.distance,
    movingTime: activity.movingTime,
    elapsedTime: activity.elapsedTime,
    totalElevationGain: activity.totalElevationGain,
    deletedAt: activity.deletedAt,
    hasStreams: activity.hasStreams,
    streamsPending: activity.streamsPending,
    isPrivate: activity.isPrivate,
    isManual: activity.isManual,
    summaryPolyline: activity.summaryPolyline,
    source: activity.source,
  }
}

/** The error the bridge throws when Strava's budget is spent. */
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

type ParsedQuery = ReturnType<typeof activityQuerySchema.parse>

function filterActivities(all: ActivityDetailDto[], query: ParsedQuery): ActivityDetailDto[] {
  const search = query.search?.normalize('NFC').trim().toLowerCase() ?? ''
  const after = query.after ? Date.parse(query.after) : null
  const before = query.before ? Date.parse(query.before) : null
  const matches = all.filter((a) => {
    if (!query.includeDeleted && a.deletedAt) return false
    if (search && !a.name.normalize('NFC').toLowerCase().includes(search)) return false
    if (query.sportTypes?.length && !query.sportTypes.includes(a.sportType)) return false
    const start = Date.parse(a.startDate)
    if (after !== null && start < after) return false
    if (before !== null && start >= before) return false
    const localDay = a.startDateLocal.slice(0, 10)
    if (query.fromDate !== undefined && localDay < query.fromDate) return false
    if (query.toDate !== undefined && localDay > query.toDate) return false
    if (query.minDistance !== undefined && a.distance < query.minDistance) return false
    if (query.maxDistance !== undefined && a.distance > query.maxDistance) return false
    return true
  })
  const key = (a: ActivityDetailDto) =>
    query.sort === 'distance'
      ? a.distance
      : query.sort === 'movingTime'
        ? a.movingTime
        : Date.parse(a.startDate)
  const sign = query.direction === 'asc' ? 1 : -1
  return matches.sort((a, b) => sign * (key(a) - key(b) || a.id - b.id))
}

function totalsOf(all: ActivityDetailDto[], query: TotalsQuery): TotalsRowDto[] {
  const rows = new Map<string, TotalsRowDto>()
  for (const a of all) {
    if (a.deletedAt || (query.sportType && a.sportType !== query.sportType)) continue
    const period = periodOf(a.startDateLocal, query.period)
    const key = `${period}\u0000${a.sportType}`
    const row = rows.get(key) ?? {
      period,
      sportType: a.sportType,
      count: 0,
      distance: 0,
      movingTime: 0,
      elevationGain: 0,
    }
    row.count++
    row.distance += a.distance
    row.movingTime += a.movingTime
    row.elevationGain += a.totalElevationGain
    rows.set(key, row)
  }
  return [...rows.values()].sort(
    (x, y) => x.period.localeCompare(y.period) || x.sportType.localeCompare(y.sportType),
  )
}

/** `2024`, `2024-05` or the ISO week `2024-W18` of a start_date_local, read as written. */
function periodOf(startDateLocal: string, period: TotalsQuery['period']): string {
  const year = startDateLocal.slice(0, 4)
  if (period === 'year') return year
  if (period === 'month') return startDateLocal.slice(0, 7)
  const date = new Date(`${startDateLocal.slice(0, 10)}T00:00:00Z`)
  const weekday = (date.getUTCDay() + 6) % 7
  date.setUTCDate(date.getUTCDate() - weekday + 3)
  const weekYear = date.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4))
  const week =
    1 +
    Math.round(
      ((date.getTime() - firstThursday.getTime()) / 86_400_000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7,
    )
  return `${weekYear}-W${String(week).padStart(2, '0')}`
}

/** A library with no map data, no base map and no privacy zones. */
function fakeMaps(): TrailkeepApi['maps'] {
  const noBytes = async () => ({ base64: '' })
  const settings = { baseMap: null, onlineTiles: false, baseMapMissing: false }
  return {
    overview: async () => null,
    explorer: async ({ zoom }) => ({ zoom, visited: 0, maxSquare: 0, maxCluster: 0, square: null }),
    explorerTile: noBytes,
    explorerProgress: async () => [],
    activityTiles: async () => [],
    heatTile: noBytes,
    activitiesAt: async () => [],
    similar: async () => [],
    compareStretch: async () => ({ path: [], rows: [] }),
    privacyZones: async () => [],
    addPrivacyZone: async (zone) => ({ id: 1, ...zone }),
    removePrivacyZone: async () => undefined,
    settings: async () => settings,
    chooseBaseMap: async () => null,
    clearBaseMap: async () => settings,
    setOnlineTiles: async () => settings,
    baseMapBytes: noBytes,
    onlineTile: noBytes,
    saveHeatmapPicture: async () => null,
  }
}
