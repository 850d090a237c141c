import { z } from 'zod'
import {
  exportRequestSchema,
  restoreRequestSchema,
  type DataActionResultDto,
  type RestoreCandidateDto,
} from './data-dto'
import type {
  ConnectResultDto,
  ConnectionStatusDto,
  DisconnectResultDto,
  SyncStatusDto,
} from './dto'
import type { ErrorDto } from './error-codes'
import type { EventChannel, EventPayloads } from './event-channels'
import { droppedPathsSchema, folderRefSchema, type WatchedFolderDto } from './folders-dto'
import type { ActivityDetailDto, ActivityPageDto, TotalsDto } from './library-dto'
import { activityQuerySchema, totalsQuerySchema } from './library-query'
import type {
  ActivityLabDto,
  BestsDto,
  CalendarDto,
  CurveDto,
  EddingtonDto,
  FitnessDto,
  GearDto,
  LabDayDto,
  ProgressionDto,
  ThresholdsDto,
  UnscoredDto,
  WeeklyZonesDto,
  YearReviewDto,
  ZoneModelsDto,
} from './lab-dto'
import {
  bestsQuerySchema,
  curveQuerySchema,
  fitnessQuerySchema,
  gearRetirementSchema,
  labDaySchema,
  progressionQuerySchema,
  saveImageSchema,
  setThresholdsSchema,
  setZoneModelSchema,
  sportQuerySchema,
  thresholdRefSchema,
  weeklyZonesQuerySchema,
  yearQuerySchema,
} from './lab-query'
import {
  mapFilterSchema,
  privacyZoneInputSchema,
  type ActivityTilesDto,
  type ExplorerProgressPointDto,
  type ExplorerStatsDto,
  type MapActivityDto,
  type MapBoundsDto,
  type MapBytesDto,
  type MapSettingsDto,
  type PrivacyZoneDto,
  type StretchComparisonDto,
} from './maps-dto'
import { preferencesPatchSchema, type SettingsDto } from './settings-dto'

/** One call the renderer can make: the schema its input must pass, and (as a type) its answer. */
export interface BridgeCall<Input extends z.ZodType, Result> {
  readonly input: Input
  /** Never set: carries the result type only. */
  readonly result?: Result
}

function call<Input extends z.ZodType>(input: Input) {
  return { returns: <Result>(): BridgeCall<Input, Result> => ({ input }) }
}

const noInput = z.undefined()
const activityRef = z
  .object({
    id: z
      .number()
      .int()
      .safe()
      .refine((id) => id !== 0, 'not an activity id'),
  })
  .strict()

const explorerZoom = z.union([z.literal(14), z.literal(17)])
const tileRef = {
  z: z.number().int().min(0).max(24),
  x: z
    .number()
    .int()
    .min(0)
    .max(2 ** 24),
  y: z
    .number()
    .int()
    .min(0)
    .max(2 ** 24),
}
const latLng = z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)])
const bounds = z
  .object({
    west: z.number().min(-180).max(180),
    south: z.number().min(-90).max(90),
    east: z.number().min(-180).max(180),
    north: z.number().min(-90).max(90),
  })
  .strict()

/**
 * Every call between the renderer and the core, declared once: group, method, input schema,
 * result type. The renderer's API, the handlers' type, the channel names and the runtime
 * validation in main and in the web shell are all derived from this table. Strict objects reject
 * extra keys. Adding a call is one entry here plus the core method that answers it.
 */
export const BRIDGE = {
  auth: {
    status: call(noInput).returns<ConnectionStatusDto>(),
    connect: call(
      z.object({ force: z.boolean().optional() }).strict().optional(),
    ).returns<ConnectResultDto>(),
    cancelConnect: call(noInput).returns<boolean>(),
    disconnect: call(z.object({ deleteData: z.boolean() }).strict()).returns<DisconnectResultDto>(),
  },
  credentials: {
    save: call(
      z.object({ clientId: z.string().max(64), clientSecret: z.string().max(256) }).strict(),
    ).returns<ConnectionStatusDto>(),
  },
  sync: {
    status: call(noInput).returns<SyncStatusDto>(),
    now: call(noInput).returns<SyncStatusDto>(),
  },
  library: {
    list: call(activityQuerySchema).returns<ActivityPageDto>(),
    detail: call(activityRef).returns<ActivityDetailDto | null>(),
    /** Fetches a pending detail and streams now, from the requests kept for the user. */
    fetchNow: call(activityRef).returns<ActivityDetailDto | null>(),
    totals: call(totalsQuerySchema).returns<TotalsDto>(),
    sportTypes: call(noInput).returns<string[]>(),
    purgeDeleted: call(noInput).returns<number>(),
  },
  settings: {
    get: call(noInput).returns<SettingsDto>(),
    update: call(preferencesPatchSchema).returns<SettingsDto>(),
    /** A redacted report for bug reports (no tokens, secrets, names). */
    diagnostics: call(noInput).returns<string>(),
    /** Linux without a keyring: accept weak token storage from the next start on. */
    setPlainTextOptIn: call(z.object({ enabled: z.boolean() }).strict()).returns<SettingsDto>(),
  },
  maps: {
    overview: call(
      z.object({ filter: mapFilterSchema.optional() }).strict(),
    ).returns<MapBoundsDto | null>(),
    explorer: call(
      z.object({ zoom: explorerZoom, filter: mapFilterSchema.optional() }).strict(),
    ).returns<ExplorerStatsDto>(),
    /** Map tile z/x/y of the explorer layer (visited, cluster, max square) as a PNG. */
    explorerTile: call(
      z.object({ zoom: explorerZoom, filter: mapFilterSchema.optional(), ...tileRef }).strict(),
    ).returns<MapBytesDto>(),
    explorerProgress: call(
      z.object({ zoom: explorerZoom, filter: mapFilterSchema.optional() }).strict(),
    ).returns<ExplorerProgressPointDto[]>(),
    activityTiles: call(activityRef).returns<ActivityTilesDto[]>(),
    heatTile: call(
      z.object({ filter: mapFilterSchema.optional(), ...tileRef }).strict(),
    ).returns<MapBytesDto>(),
    activitiesAt: call(
      z
        .object({
          filter: mapFilterSchema.optional(),
          lat: z.number().min(-90).max(90),
          lon: z.number().min(-180).max(180),
          zoom: z.number().min(0).max(24),
        })
        .strict(),
    ).returns<MapActivityDto[]>(),
    similar: call(activityRef).returns<MapActivityDto[]>(),
    compareStretch: call(
      z.object({ id: activityRef.shape.id, from: latLng, to: latLng }).strict(),
    ).returns<StretchComparisonDto>(),
    privacyZones: call(noInput).returns<PrivacyZoneDto[]>(),
    addPrivacyZone: call(privacyZoneInputSchema).returns<PrivacyZoneDto>(),
    removePrivacyZone: call(
      z.object({ id: z.number().int().positive().safe() }).strict(),
    ).returns<void>(),
    settings: call(noInput).returns<MapSettingsDto>(),
    /** Asks for a PMTiles file through the shell's dialog; null when the user cancelled. */
    chooseBaseMap: call(noInput).returns<MapSettingsDto | null>(),
    clearBaseMap: call(noInput).returns<MapSettingsDto>(),
    setOnlineTiles: call(z.object({ enabled: z.boolean() }).strict()).returns<MapSettingsDto>(),
    /** A byte range of the chosen base map file (what the pmtiles library reads). */
    baseMapBytes: call(
      z
        .object({
          offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
          length: z
            .number()
            .int()
            .min(0)
            .max(16 * 1024 * 1024),
        })
        .strict(),
    ).returns<MapBytesDto>(),
    onlineTile: call(z.object(tileRef).strict()).returns<MapBytesDto>(),
    /** Asks where, then saves the view's heatmap as a PNG with the privacy zones left out. */
    saveHeatmapPicture: call(
      z
        .object({ filter: mapFilterSchema.optional(), bounds, zoom: z.number().min(0).max(24) })
        .strict(),
    ).returns<DataActionResultDto | null>(),
  },
  data: {
    /** Asks where (a folder), then exports; null when the user cancelled. */
    export: call(exportRequestSchema).returns<DataActionResultDto | null>(),
    /** Asks for Strava's bulk-export ZIP, then imports it. */
    import: call(noInput).returns<DataActionResultDto | null>(),
    /** Asks for files (export ZIPs, FIT, GPX, TCX, maybe gzipped), then imports them. */
    importFiles: call(noInput).returns<DataActionResultDto | null>(),
    /** Asks for a folder, then imports every activity file and export ZIP in it. */
    importFolder: call(noInput).returns<DataActionResultDto | null>(),
    /** Imports what was dropped onto the window (paths from the preload). */
    importDropped: call(droppedPathsSchema).returns<DataActionResultDto>(),
    /** Asks where, then copies the live database safely. */
    backup: call(noInput).returns<DataActionResultDto | null>(),
    /** Asks for a backup and describes it; null when the user cancelled. Restores nothing. */
    chooseRestore: call(noInput).returns<RestoreCandidateDto | null>(),
    /** Replaces the library with the chosen backup; the page reloads afterwards. */
    restore: call(restoreRequestSchema).returns<DataActionResultDto>(),
  },
  folders: {
    /** The watched folders and how their last look went. */
    list: call(noInput).returns<WatchedFolderDto[]>(),
    /** Asks for a folder and watches it; null when the user cancelled. */
    add: call(noInput).returns<WatchedFolderDto[] | null>(),
    remove: call(folderRefSchema).returns<WatchedFolderDto[]>(),
    /** Looks in every watched folder now; resolves when the new files are in. */
    scanNow: call(noInput).returns<WatchedFolderDto[]>(),
  },
  /** The performance lab (core/lab): thresholds, zone models, gear and the computed figures. */
  lab: {
    thresholds: call(noInput).returns<ThresholdsDto>(),
    setThresholds: call(setThresholdsSchema).returns<ThresholdsDto>(),
    removeThreshold: call(thresholdRefSchema).returns<ThresholdsDto>(),
    fitness: call(fitnessQuerySchema).returns<FitnessDto>(),
    day: call(labDaySchema).returns<LabDayDto>(),
    unscored: call(noInput).returns<UnscoredDto>(),
    bests: call(bestsQuerySchema).returns<BestsDto>(),
    progression: call(progressionQuerySchema).returns<ProgressionDto>(),
    curve: call(curveQuerySchema).returns<CurveDto>(),
    weeklyZones: call(weeklyZonesQuerySchema).returns<WeeklyZonesDto>(),
    activity: call(activityRef).returns<ActivityLabDto | null>(),
    eddington: call(sportQuerySchema).returns<EddingtonDto>(),
    gear: call(noInput).returns<GearDto[]>(),
    setGearRetirement: call(gearRetirementSchema).returns<GearDto[]>(),
    calendar: call(yearQuerySchema).returns<CalendarDto>(),
    yearReview: call(yearQuerySchema).returns<YearReviewDto>(),
    zoneModels: call(noInput).returns<ZoneModelsDto>(),
    setZoneModel: call(setZoneModelSchema).returns<ZoneModelsDto>(),
    /** Asks where (a folder), then writes the picture the page drew; null when cancelled. */
    saveImage: call(saveImageSchema).returns<DataActionResultDto | null>(),
  },
} as const

type Bridge = typeof BRIDGE
export type BridgeGroup = keyof Bridge
type InputOf<C> = C extends BridgeCall<infer Input, unknown> ? Input : never
type ResultOf<C> = C extends BridgeCall<z.ZodType, infer Result> ? Result : never

/** What a caller sends (defaults not yet applied): nothing at all where the input may be absent. */
type ApiMethod<C> =
  undefined extends z.input<InputOf<C>>
    ? (input?: z.input<InputOf<C>>) => Promise<ResultOf<C>>
    : (input: z.input<InputOf<C>>) => Promise<ResultOf<C>>

/** The one object the renderer sees as `window.trailkeep`. */
export type TrailkeepApi = {
  readonly [G in BridgeGroup]: { -readonly [M in keyof Bridge[G]]: ApiMethod<Bridge[G][M]> }
} & {
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
}

/** What answers each call in main: the validated input in, the result (or its promise) out. */
export type BridgeHandlers = {
  readonly [G in BridgeGroup]: {
    readonly [M in keyof Bridge[G]]: (
      input: z.output<InputOf<Bridge[G][M]>>,
    ) => ResultOf<Bridge[G][M]> | Promise<ResultOf<Bridge[G][M]>>
  }
}

/** `group:method`, the name a call travels under (IPC channel, WebSocket frame). */
export type InvokeChannel = {
  [G in BridgeGroup]: `${G}:${keyof Bridge[G] & string}`
}[BridgeGroup]

export interface BridgeEntry {
  channel: InvokeChannel
  group: BridgeGroup
  method: string
  input: z.ZodType
}

/** Every call of the table, flattened. */
export const BRIDGE_ENTRIES: readonly BridgeEntry[] = Object.entries(BRIDGE).flatMap(
  ([group, calls]) =>
    Object.entries(calls).map(([method, entry]) => ({
      channel: `${group}:${method}` as InvokeChannel,
      group: group as BridgeGroup,
      method,
      input: (entry as BridgeCall<z.ZodType, unknown>).input,
    })),
)

const BY_CHANNEL = new Map(BRIDGE_ENTRIES.map((entry) => [entry.channel as string, entry]))

/** The table's entry for a channel name that arrived from outside, or null. */
export function findBridgeEntry(channel: unknown): BridgeEntry | null {
  return typeof channel === 'string' ? (BY_CHANNEL.get(channel) ?? null) : null
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ErrorDto }
