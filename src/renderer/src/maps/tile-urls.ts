/**
 * The map's own tile URLs: custom schemes answered by bridge calls (map-protocols.ts), never by
 * the network. Each carries what the tile depends on, so a new filter is a new URL and
 * maplibre's caches never mix two.
 */
import type { MapFilterDto } from '../../../shared/maps-dto'

export const HEAT_SCHEME = 'tk-heat'
export const EXPLORER_SCHEME = 'tk-explorer'
export const ONLINE_SCHEME = 'tk-online'

export function heatTiles(filter: MapFilterDto, version: number): string {
  return `${HEAT_SCHEME}://heat/{z}/{x}/{y}?f=${encodeURIComponent(JSON.stringify(filter))}&v=${version}`
}

export function explorerTiles(zoom: 14 | 17, filter: MapFilterDto, version: number): string {
  return `${EXPLORER_SCHEME}://explorer/{z}/{x}/{y}?zoom=${zoom}&f=${encodeURIComponent(JSON.stringify(filter))}&v=${version}`
}

export const ONLINE_TILES = `${ONLINE_SCHEME}://osm/{z}/{x}/{y}`

export interface ParsedTileUrl {
  z: number
  x: number
  y: number
  params: URLSearchParams
}

/** z, x, y and the query of one of our tile URLs, or null for anything else. */
export function parseTileUrl(url: string): ParsedTileUrl | null {
  const match = /^[a-z-]+:\/\/[a-z]+\/(\d+)\/(\d+)\/(\d+)(?:\?(.*))?$/.exec(url)
  if (!match) return null
  return {
    z: Number(match[1]),
    x: Number(match[2]),
    y: Number(match[3]),
    params: new URLSearchParams(match[4] ?? ''),
  }
}

/** The filter a tile URL carries ({} when none or unreadable). */
export function filterOf(params: URLSearchParams): MapFilterDto {
  try {
    const value: unknown = JSON.parse(params.get('f') ?? '{}')
    return typeof value === 'object' && value !== null ? (value as MapFilterDto) : {}
  } catch {
    return {}
  }
}
