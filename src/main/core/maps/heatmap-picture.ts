/**
 * The heatmap picture a user saves to share: the tiles covering the view, stitched into one PNG
 * at most 4096 pixels a side, with every pixel touching a privacy zone left blank.
 */
import { writeFile } from 'node:fs/promises'
import type { HeatmapPictureRequest, HeatmapPictureResult } from '../trailkeep'
import { AppError } from '../errors'
import type { HeatmapService } from './heatmap-service'
import type { PrivacyZone } from './privacy-zones'
import { mercatorX, mercatorY, tileIndex } from './tile-math'

const MAX_TILES_A_SIDE = 16

/** Renders the view's tiles at the highest zoom that fits, writes the PNG and says what it hid. */
export async function savePicture(
  heatmap: HeatmapService,
  zones: PrivacyZone[],
  request: HeatmapPictureRequest,
): Promise<HeatmapPictureResult> {
  const { west, south, east, north } = request.bounds
  let zoom = Math.min(18, Math.max(0, Math.round(request.zoom)))
  const range = () => ({
    x0: tileIndex(mercatorX(west), zoom),
    x1: tileIndex(mercatorX(east), zoom),
    y0: tileIndex(mercatorY(north), zoom),
    y1: tileIndex(mercatorY(south), zoom),
  })
  let r = range()
  while (zoom > 0 && Math.max(r.x1 - r.x0, r.y1 - r.y0) + 1 > MAX_TILES_A_SIDE) {
    zoom--
    r = range()
  }
  const picture = await heatmap.picture(request.filter ?? {}, zoom, r, zones)
  try {
    await writeFile(request.file, picture.png, { mode: 0o600 })
  } catch (error) {
    throw new AppError('FILE_ACCESS', `Could not write ${request.file}.`, { cause: error })
  }
  return {
    file: request.file,
    width: picture.width,
    height: picture.height,
    zonesApplied: zones.length,
    hiddenPixels: picture.hiddenPixels,
  }
}
