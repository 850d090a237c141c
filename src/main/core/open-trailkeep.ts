import { createCore, type CoreOptions, type CoreParts } from './create-core'
import { createDataTools } from './data/data-tools'
import { createWatchedFolders } from './folders/folders-face'
import { createLibrary } from './library/library-face'
import { fetchActivityNow } from './library/fetch-on-open'
import { createLab } from './lab/lab-face'
import { buildDiagnostics } from './log/diagnostics'
import { createMaps } from './maps/maps-face'
import { createSettings } from './settings/settings-face'
import type { CoreEvents, Trailkeep } from './trailkeep'

export type TrailkeepOptions = Omit<CoreOptions, 'onConnectionChange' | 'onSyncProgress'> & {
  events?: CoreEvents
}

/** Opens the library in `dataDir` and returns the core's face: what every shell uses. */
export async function openTrailkeep(options: TrailkeepOptions): Promise<Trailkeep> {
  const { events = {}, ...rest } = options
  const parts = await createCore({
    ...rest,
    onConnectionChange: (status) => events.connectionChanged?.(status),
    onSyncProgress: (progress) => events.syncProgress?.(progress),
    onDeriveProgress: (progress) => events.deriveProgress?.(progress),
  })
  return faceOf(parts, events)
}

/** The face over already built parts (tests build parts themselves). */
export function faceOf(parts: CoreParts, events: CoreEvents = {}): Trailkeep {
  return {
    dataDir: parts.dataDir,
    account: parts.auth,
    sync: parts.sync,
    library: createLibrary({ ...parts, fetchNow: (id) => fetchActivityNow(parts, id) }),
    data: createDataTools(parts),
    settings: createSettings({ ...parts, events, diagnostics: () => buildDiagnostics(parts) }),
    folders: createWatchedFolders(parts),
    figures: {
      refresh: (options) => parts.derived.refresh(options),
      progress: () => parts.derived.progress(),
    },
    lab: createLab({ ...parts, onInputsChanged: () => events.figuresOutdated?.() }),
    maps: createMaps({ ...parts, fetch: parts.fetch }),
    close: parts.close,
  }
}
