/** The map's file actions in the app: ask the shell's dialog where, then run the core. */
import type { DataActionResultDto } from '../../../shared/data-dto'
import type { MapFilterDto, MapSettingsDto } from '../../../shared/maps-dto'
import { countText } from '../../../shared/count-text'
import type { Clock } from '../clock'
import type { FileDialogs } from '../data/file-dialogs'
import type { Maps } from '../trailkeep'

export interface HeatmapPictureAction {
  filter?: MapFilterDto
  bounds: { west: number; south: number; east: number; north: number }
  zoom: number
}

export function createMapActions(maps: Maps, dialogs: FileDialogs, clock: Clock) {
  return {
    /** Asks for a PMTiles file and uses it; null when the user cancelled. */
    async chooseBaseMap(): Promise<MapSettingsDto | null> {
      const path = await dialogs.chooseBaseMapFile()
      return path ? maps.setBaseMap({ path }) : null
    },
    clearBaseMap: () => maps.setBaseMap({ path: null }),
    /** Asks where, then saves the heatmap of the view as a PNG without the privacy zones. */
    async saveHeatmapPicture(request: HeatmapPictureAction): Promise<DataActionResultDto | null> {
      const date = new Date(clock.now()).toISOString().slice(0, 10)
      const file = await dialogs.chooseImageFile(`trailkeep-heatmap-${date}.png`)
      if (!file) return null
      const result = await maps.heatmapPicture({ ...request, file })
      const zones =
        result.zonesApplied === 0
          ? 'No privacy zones are set.'
          : result.hiddenPixels > 0
            ? `Your ${countText(result.zonesApplied, 'privacy zone is', 'privacy zones are')} left out.`
            : `Nothing of it lies in your ${countText(result.zonesApplied, 'privacy zone', 'privacy zones')}.`
      return {
        path: result.file,
        summary: `Saved a ${result.width} × ${result.height} picture. ${zones}`,
      }
    },
  }
}

export type MapActions = ReturnType<typeof createMapActions>
