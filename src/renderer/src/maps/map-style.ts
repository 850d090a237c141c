/**
 * The map's base style: a plain background, and the user's base map under it when there is one
 * (a raster or Protomaps-vector PMTiles file) or online tiles after an opt-in. No text layers,
 * so no glyphs or sprites are ever fetched; place names come with the raster base maps only.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'
import type { MapSettingsDto } from '../../../shared/maps-dto'
import { baseMapUrl } from './map-protocols'
import { ONLINE_TILES } from './tile-urls'

export type Scheme = 'light' | 'dark'

const COLOURS = {
  light: {
    background: '#eef1f4',
    earth: '#f3f1ec',
    water: '#b9d3e6',
    park: '#dcead5',
    road: '#ffffff',
    major: '#f6d9a8',
    building: '#e2ddd5',
    boundary: '#b7a8c9',
  },
  dark: {
    background: '#1b2027',
    earth: '#20262e',
    water: '#1f3447',
    park: '#223326',
    road: '#39424d',
    major: '#58503f',
    building: '#2b323b',
    boundary: '#5a4d6b',
  },
} as const

/** Layers for a Protomaps basemap (its `earth`, `water`, `landuse`, `roads`… layers). */
function vectorLayers(scheme: Scheme): LayerSpecification[] {
  const c = COLOURS[scheme]
  const fill = (id: string, layer: string, color: string, filter?: unknown): LayerSpecification =>
    ({
      id,
      type: 'fill',
      source: 'base',
      'source-layer': layer,
      paint: { 'fill-color': color },
      ...(filter ? { filter } : {}),
    }) as LayerSpecification
  return [
    fill('base-earth', 'earth', c.earth),
    fill('base-park', 'landuse', c.park, [
      'in',
      ['get', 'kind'],
      ['literal', ['park', 'forest', 'wood', 'nature_reserve', 'grass', 'meadow']],
    ]),
    fill('base-water', 'water', c.water),
    fill('base-buildings', 'buildings', c.building),
    {
      id: 'base-roads',
      type: 'line',
      source: 'base',
      'source-layer': 'roads',
      paint: {
        'line-color': ['match', ['get', 'kind'], ['highway', 'major_road'], c.major, c.road],
        'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 8, 0.5, 18, 14],
      },
    },
    {
      id: 'base-boundaries',
      type: 'line',
      source: 'base',
      'source-layer': 'boundaries',
      paint: { 'line-color': c.boundary, 'line-dasharray': [3, 2], 'line-width': 1 },
    },
  ]
}

/** What is under the map's own layers for these settings. */
export function baseStyle(settings: MapSettingsDto | null, scheme: Scheme): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {}
  const layers: LayerSpecification[] = [
    {
      id: 'background',
      type: 'background',
      paint: { 'background-color': COLOURS[scheme].background },
    },
  ]
  const base = settings?.baseMap
  if (base) {
    const attribution = `Base map: ${base.name}`
    if (base.kind === 'vector') {
      sources.base = { type: 'vector', url: baseMapUrl(base.key), attribution }
      layers.push(...vectorLayers(scheme))
    } else {
      sources.base = { type: 'raster', url: baseMapUrl(base.key), tileSize: 256, attribution }
      layers.push({
        id: 'base-raster',
        type: 'raster',
        source: 'base',
        paint: scheme === 'dark' ? { 'raster-brightness-max': 0.7, 'raster-saturation': -0.3 } : {},
      })
    }
  } else if (settings?.onlineTiles) {
    sources.base = {
      type: 'raster',
      tiles: [ONLINE_TILES],
      tileSize: 256,
      maxzoom: 19,
      attribution: '© OpenStreetMap contributors',
    }
    layers.push({
      id: 'base-raster',
      type: 'raster',
      source: 'base',
      paint: scheme === 'dark' ? { 'raster-brightness-max': 0.7, 'raster-saturation': -0.3 } : {},
    })
  }
  return { version: 8, sources, layers }
}

/** Whether anything is drawn under the map's own layers. */
export function hasBaseMap(settings: MapSettingsDto | null): boolean {
  return Boolean(settings?.baseMap || settings?.onlineTiles)
}
