/**
 * The face of the core: everything a shell (the Electron app, the web shell, the command line)
 * may ask of it. Shells depend on these interfaces only, never on the database, the vault or the
 * rate limiter behind them.
 */
import type {
  ConnectResultDto,
  ConnectionStatusDto,
  DeriveProgressDto,
  DisconnectResultDto,
  SyncProgressDto,
  SyncSummaryDto,
} from '../../shared/dto'
import type {
  ActivityDetailDto,
  ActivityListItemDto,
  ActivityPageDto,
  TotalsDto,
} from '../../shared/library-dto'
import type { WatchedFolderDto } from '../../shared/folders-dto'
import type { ActivityQueryInput, TotalsQuery } from '../../shared/library-query'
import type {
  ActivityLabDto,
  BestsDto,
  CalendarDto,
  CurveDto,
  CurveStream,
  EddingtonDto,
  FitnessDto,
  GearDto,
  LabDayDto,
  ProgressionDto,
  ThresholdsDto,
  UnscoredDto,
  WeeklyZonesDto,
  YearReviewDto,
  ZoneBasisDto,
  ZoneModelDto,
  ZoneModelsDto,
  ZoneSlot,
} from '../../shared/lab-dto'
import type { ThresholdPatch } from '../../shared/lab-thresholds'
import type {
  ActivityTilesDto,
  ExplorerProgressPointDto,
  ExplorerStatsDto,
  ExplorerZoomDto,
  MapActivityDto,
  MapBoundsDto,
  MapBytesDto,
  MapFilterDto,
  MapSettingsDto,
  PrivacyZoneDto,
  PrivacyZoneInput,
  StretchComparisonDto,
} from '../../shared/maps-dto'
import type { PreferencesPatch, SettingsDto, SyncLevel } from '../../shared/settings-dto'
import type { BackupResult } from './backup/backup-library'
import type { ExportOptions, ExportResult } from './export/export-activities'
import type { ImportPathsOptions, ImportPathsResult } from './import/import-paths'
import type { ImportOptions, ImportResult } from './import/import-strava-export'

export interface ConnectOptions {
  /** Authorize again even when already connected. */
  force?: boolean
  timeoutMs?: number
  /** false: only hand out the authorize URL (command line `--no-browser`). */
  openBrowser?: boolean
  onAuthorizeUrl?: (url: string) => void
}

/** The Strava connection: the user's API application, connect, disconnect. */
export interface Account {
  status(): Promise<ConnectionStatusDto>
  connect(options?: ConnectOptions): Promise<ConnectResultDto>
  /** Stops a connection waiting for the browser; false when none was waiting. */
  cancelConnect(): boolean
  disconnect(options: { deleteData: boolean }): Promise<DisconnectResultDto>
  saveCredentials(input: { clientId: string; clientSecret: string }): Promise<ConnectionStatusDto>
}

export interface SyncRunOptions {
  /** Re-list every summary to pick up edits and deletions. */
  full?: boolean
  /** everything (default), details (no streams) or summaries (list requests only). */
  level?: SyncLevel
  /** Wait for the next rate-limit window (default) or stop cleanly and report. */
  wait?: boolean
  signal?: AbortSignal
}

/** One sync at a time, across processes. */
export interface Sync {
  run(options?: SyncRunOptions): Promise<SyncSummaryDto>
  readonly running: boolean
  progress(): SyncProgressDto | null
  cancel(): boolean
  /** How many activities still wait for their detail and their streams. */
  stillToFetch(): { details: number; streams: number }
}

/** The backed-up activities: queries for screens and the command line. */
export interface Library {
  list(query: ActivityQueryInput): ActivityPageDto
  /** Every match, unpaged (command line). */
  listAll(query: ActivityQueryInput): ActivityListItemDto[]
  detail(ref: { id: number }): ActivityDetailDto | null
  /** Fetches a pending detail and streams now, from the requests kept for the user. */
  fetchNow(ref: { id: number }): Promise<ActivityDetailDto | null>
  totals(query: TotalsQuery): TotalsDto
  sportTypes(): string[]
  /** Removes activities deleted on Strava (and their original files); returns how many. */
  purgeDeleted(): number
  /** Activities not deleted on Strava. */
  count(): number
  lastSyncAt(): string | null
}

/** Files in and out: exports, Strava's bulk export, device files, database backups. */
export interface DataTools {
  export(options: ExportOptions): Promise<ExportResult>
  /** Strava's bulk-export ZIP alone. */
  import(options: ImportOptions): Promise<ImportResult>
  /** Strava export ZIPs, device files (FIT, GPX, TCX, maybe .gz) and folders holding them. */
  importPaths(options: ImportPathsOptions): Promise<ImportPathsResult>
  backup(file: string, options?: { overwrite?: boolean }): Promise<BackupResult>
}

/** Folders whose new device files are imported (by the app, on launch and while it runs). */
export interface WatchedFolders {
  list(): WatchedFolderDto[]
  /** Watches an absolute path to a folder; returns every watched folder. */
  add(path: string): WatchedFolderDto[]
  remove(ref: { id: number }): WatchedFolderDto[]
}

export interface Settings {
  get(): SettingsDto
  update(patch: PreferencesPatch): SettingsDto
  setPlainTextOptIn(input: { enabled: boolean }): SettingsDto
  /** A redacted report for bug reports. */
  diagnostics(): Promise<string>
  /** Where the app window was, as the shell saved it (any JSON), or null. */
  readWindowBounds(): unknown
  saveWindowBounds(bounds: unknown): void
}

/** Figures computed from the stored streams (stress scores, curves, map tiles). */
export interface Figures {
  /** Brings every figure up to date; resolves when all are current. */
  refresh(options?: {
    signal?: AbortSignal
    onProgress?: (progress: DeriveProgressDto) => void
  }): Promise<void>
  progress(): DeriveProgressDto | null
}

/**
 * The performance lab: the athlete's dated thresholds and zone models, and what was computed from
 * the stored streams (`Figures.refresh` brings it up to date). Sports are `--sport` filters: Run
 * and Ride stand for their families. Days are activities' local days, `YYYY-MM-DD`, inclusive.
 */
export interface Lab {
  thresholds(): ThresholdsDto
  /** Records values applying from `from` (default today); never changes a later value. */
  setThresholds(input: { values: ThresholdPatch; from?: string }): ThresholdsDto
  removeThreshold(ref: { id: number }): ThresholdsDto
  fitness(query: { from?: string; to?: string }): FitnessDto
  day(query: { date: string }): LabDayDto
  unscored(): UnscoredDto
  bests(query: { sport: string; year?: number | null }): BestsDto
  progression(query: { sport: string; distance: number }): ProgressionDto
  /** `from` / `to`: a day, or an ISO instant compared with the activity's start. */
  curve(query: { stream: CurveStream; sport: string; from?: string; to?: string }): CurveDto
  weeklyZones(query: {
    basis: ZoneBasisDto
    sport: string | null
    from?: string
    to?: string
  }): WeeklyZonesDto
  /** One activity's stress, best efforts (ranked, records marked) and time in zones. */
  activity(ref: { id: number }): ActivityLabDto | null
  eddington(query: { sport: string }): EddingtonDto
  gear(): GearDto[]
  setGearRetirement(input: { gearId: string; distance: number | null }): GearDto[]
  calendar(query: { year: number }): CalendarDto
  yearReview(query: { year: number }): YearReviewDto
  zoneModels(): ZoneModelsDto
  /** A slot's own model, or null for its default. */
  setZoneModel(input: { slot: ZoneSlot; model: ZoneModelDto | null }): ZoneModelsDto
}

export interface TileRef {
  z: number
  x: number
  y: number
}

export interface HeatmapPictureRequest {
  filter?: MapFilterDto
  /** The view to draw, in degrees, and its zoom (lowered until the picture fits 4096 px). */
  bounds: { west: number; south: number; east: number; north: number }
  zoom: number
  /** Where to write the PNG (chosen by the user through the shell's dialog). */
  file: string
}

export interface HeatmapPictureResult {
  file: string
  width: number
  height: number
  /** How many privacy zones the picture honours, and the drawn pixels it left out for them. */
  zonesApplied: number
  hiddenPixels: number
}

/**
 * The map explorer: explorer tiles, the heatmap, the same route, privacy zones and the base map,
 * computed from the stored tracks without the network (online tiles only after an opt-in).
 * Call `Figures.refresh` first for answers that include the newest activities.
 */
export interface Maps {
  /** Where the filter's activities mostly are, to open the map there; null without any. */
  overview(input: { filter?: MapFilterDto }): MapBoundsDto | null
  explorer(input: { zoom: ExplorerZoomDto; filter?: MapFilterDto }): ExplorerStatsDto
  explorerTile(input: TileRef & { zoom: ExplorerZoomDto; filter?: MapFilterDto }): MapBytesDto
  explorerProgress(input: {
    zoom: ExplorerZoomDto
    filter?: MapFilterDto
  }): Promise<ExplorerProgressPointDto[]>
  /** Zoom 14 and 17: the tiles the activity visited, and those it visited first. */
  activityTiles(input: { id: number }): ActivityTilesDto[]
  heatTile(input: TileRef & { filter?: MapFilterDto }): Promise<MapBytesDto>
  /** The activities whose line passes the clicked spot, newest first (at most 50). */
  activitiesAt(input: {
    filter?: MapFilterDto
    lat: number
    lon: number
    zoom: number
  }): Promise<MapActivityDto[]>
  /** The same route in the same direction, newest first, the activity itself left out. */
  similar(input: { id: number }): MapActivityDto[]
  compareStretch(input: {
    id: number
    from: [number, number]
    to: [number, number]
  }): StretchComparisonDto
  privacyZones(): PrivacyZoneDto[]
  addPrivacyZone(input: PrivacyZoneInput): PrivacyZoneDto
  removePrivacyZone(input: { id: number }): void
  settings(): Promise<MapSettingsDto>
  /** A PMTiles file the user chose through the shell's dialog, or null for none. */
  setBaseMap(input: { path: string | null }): Promise<MapSettingsDto>
  setOnlineTiles(input: { enabled: boolean }): Promise<MapSettingsDto>
  baseMapBytes(input: { offset: number; length: number }): Promise<MapBytesDto>
  onlineTile(input: TileRef): Promise<MapBytesDto>
  heatmapPicture(request: HeatmapPictureRequest): Promise<HeatmapPictureResult>
}

/** What the core tells its shell as it happens. */
export interface CoreEvents {
  connectionChanged?(status: ConnectionStatusDto): void
  syncProgress?(progress: SyncProgressDto): void
  preferencesChanged?(): void
  deriveProgress?(progress: DeriveProgressDto): void
  /** A threshold or zone model changed: the app recomputes what it affects in the background. */
  figuresOutdated?(): void
}

/** One open library and its Strava connection. */
export interface Trailkeep {
  readonly dataDir: string
  readonly account: Account
  readonly sync: Sync
  readonly library: Library
  readonly data: DataTools
  readonly settings: Settings
  readonly folders: WatchedFolders
  readonly figures: Figures
  readonly lab: Lab
  readonly maps: Maps
  close(): void
}
