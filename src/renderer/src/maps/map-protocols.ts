/**
 * Where the map's tiles come from: heatmap and explorer tiles and opt-in online tiles are bridge
 * calls to the core; the base map is the user's PMTiles file, read by the pmtiles library in byte
 * ranges that are bridge calls too. No request ever leaves the page.
 */
import { PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles'
import type { MapLibre } from './maplibre'
import { getApi } from '../api'
import { base64ToBuffer } from './base64'
import { EXPLORER_SCHEME, filterOf, HEAT_SCHEME, ONLINE_SCHEME, parseTileUrl } from './tile-urls'

/** The chosen base map file, read through the bridge. */
class BridgeSource implements Source {
  constructor(private readonly key: string) {}

  getKey(): string {
    return this.key
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const { base64 } = await getApi().maps.baseMapBytes({ offset, length })
    return { data: base64ToBuffer(base64) }
  }
}

const pmtiles = new Protocol()

/** The pmtiles:// URL of the base map with this key (added once per key). */
export function baseMapUrl(key: string): string {
  const name = `base-${key}`
  if (!pmtiles.get(name)) pmtiles.add(new PMTiles(new BridgeSource(name)))
  return `pmtiles://${name}`
}

type TileLoader = (url: string) => Promise<{ base64: string }>

function bridgeProtocol(load: TileLoader) {
  return async (params: { url: string }) => ({
    data: base64ToBuffer((await load(params.url)).base64),
  })
}

function tileOf(url: string) {
  const tile = parseTileUrl(url)
  if (!tile) throw new Error(`not a map tile: ${url}`)
  return tile
}

let registered = false

/** Registers the map's protocols with maplibre (once). */
export function registerMapProtocols(lib: MapLibre): void {
  if (registered) return
  registered = true
  const maps = () => getApi().maps
  lib.addProtocol(
    HEAT_SCHEME,
    bridgeProtocol((url) => {
      const { z, x, y, params } = tileOf(url)
      return maps().heatTile({ z, x, y, filter: filterOf(params) })
    }),
  )
  lib.addProtocol(
    EXPLORER_SCHEME,
    bridgeProtocol((url) => {
      const { z, x, y, params } = tileOf(url)
      const zoom = params.get('zoom') === '17' ? 17 : 14
      return maps().explorerTile({ z, x, y, zoom, filter: filterOf(params) })
    }),
  )
  lib.addProtocol(
    ONLINE_SCHEME,
    bridgeProtocol((url) => {
      const { z, x, y } = tileOf(url)
      return maps().onlineTile({ z, x, y })
    }),
  )
  lib.addProtocol('pmtiles', pmtiles.tile)
}
