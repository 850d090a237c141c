import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import type { ActivityTilesDto } from '../../../shared/maps-dto'
import { getApi } from '../api'
import { useCursorIndex, type CursorStore } from '../activities/cursor-store'
import type { RouteSource } from '../activities/route-geometry'
import { RouteMap } from '../activities/route-map'
import { useColorScheme } from '../activities/use-color-scheme'
import type { Units } from '../format/units'
import { MapView, sourceOf } from './map-view'
import type { StretchController } from './use-stretch'
import { useMapSettings } from './use-map-settings'
import { canDrawMaps } from './webgl'
import './maps.css'

const COLOURS = {
  light: {
    route: '#e03131',
    casing: '#ffffff',
    start: '#2f9e44',
    end: '#1d2733',
    cursor: '#1c7ed6',
    stretch: '#f59f00',
    tile14: '#2563eb',
    tile17: '#7c3aed',
  },
  dark: {
    route: '#ff6b6b',
    casing: '#14181d',
    start: '#51cf66',
    end: '#e6e9ee',
    cursor: '#74c0fc',
    stretch: '#ffd43b',
    tile14: '#60a5fa',
    tile17: '#a78bfa',
  },
} as const

type Feature = GeoJSON.Feature
const collection = (features: Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
})
const line = (points: [number, number][]): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates: points.map(([lat, lon]) => [lon, lat]) },
})
const point = (p: [number, number], kind: string): Feature => ({
  type: 'Feature',
  properties: { kind },
  geometry: { type: 'Point', coordinates: [p[1], p[0]] },
})

function tileFeatures(tiles: ActivityTilesDto[]): Feature[] {
  return tiles.flatMap((t) =>
    t.newTiles.map((b): Feature => ({
      type: 'Feature',
      properties: { zoom: t.zoom },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [b.west, b.north],
            [b.east, b.north],
            [b.east, b.south],
            [b.west, b.south],
            [b.west, b.north],
          ],
        ],
      },
    })),
  )
}

/**
 * The activity's route on the map explorer's renderer: the base map under it when there is one,
 * the chart cursor on the line, the explorer tiles this activity was first to visit, and the
 * stretch being compared. Without WebGL, the drawn route of before.
 */
export function DetailMap({
  activityId,
  route,
  units,
  cursor,
  stretch,
}: {
  activityId: number
  route: RouteSource
  units: Units
  cursor: CursorStore
  stretch: StretchController
}) {
  const { settings } = useMapSettings()
  const scheme = useColorScheme()
  const [tiles, setTiles] = useState<ActivityTilesDto[]>([])
  const map = useRef<MapLibreMap | null>(null)
  const index = useCursorIndex(cursor)
  const colours = COLOURS[scheme]

  useEffect(() => {
    let live = true
    getApi()
      .maps.activityTiles({ id: activityId })
      .then(
        (t) => live && setTiles(t),
        () => undefined,
      )
    return () => {
      live = false
    }
  }, [activityId])

  const bounds = useMemo(() => {
    let [south, north, west, east] = [90, -90, 180, -180]
    for (const [lat, lon] of route.points) {
      south = Math.min(south, lat)
      north = Math.max(north, lat)
      west = Math.min(west, lon)
      east = Math.max(east, lon)
    }
    return { south, north, west, east }
  }, [route])

  const data = useRef({ route, tiles, colours })
  data.current = { route, tiles, colours }

  const onReady = useCallback((created: MapLibreMap) => {
    map.current = created
    const { route: r, tiles: t, colours: c } = data.current
    const ends = [point(r.points[0] ?? [0, 0], 'start'), point(r.points.at(-1) ?? [0, 0], 'end')]
    created.addSource('new-tiles', { type: 'geojson', data: collection(tileFeatures(t)) })
    created.addLayer({
      id: 'new-tiles',
      type: 'fill',
      source: 'new-tiles',
      paint: {
        'fill-color': ['match', ['get', 'zoom'], 14, c.tile14, c.tile17],
        'fill-opacity': 0.22,
        'fill-outline-color': ['match', ['get', 'zoom'], 14, c.tile14, c.tile17],
      },
    })
    created.addSource('route', { type: 'geojson', data: collection([line(r.points)]) })
    created.addLayer({
      id: 'route-casing',
      type: 'line',
      source: 'route',
      paint: { 'line-color': c.casing, 'line-width': 7 },
      layout: { 'line-join': 'round', 'line-cap': 'round' },
    })
    created.addLayer({
      id: 'route',
      type: 'line',
      source: 'route',
      paint: { 'line-color': c.route, 'line-width': 3.5 },
      layout: { 'line-join': 'round', 'line-cap': 'round' },
    })
    created.addSource('stretch', { type: 'geojson', data: collection([]) })
    created.addLayer({
      id: 'stretch',
      type: 'line',
      source: 'stretch',
      paint: { 'line-color': c.stretch, 'line-width': 6 },
      layout: { 'line-join': 'round', 'line-cap': 'round' },
    })
    created.addSource('ends', { type: 'geojson', data: collection(ends) })
    created.addLayer({
      id: 'ends',
      type: 'circle',
      source: 'ends',
      paint: {
        'circle-radius': 7,
        'circle-color': ['match', ['get', 'kind'], 'start', c.start, 'end', c.end, c.stretch],
        'circle-stroke-color': c.casing,
        'circle-stroke-width': 3,
      },
    })
    created.addSource('cursor', { type: 'geojson', data: collection([]) })
    created.addLayer({
      id: 'cursor',
      type: 'circle',
      source: 'cursor',
      paint: {
        'circle-radius': 7,
        'circle-color': c.cursor,
        'circle-stroke-color': c.casing,
        'circle-stroke-width': 3,
      },
    })
  }, [])

  useEffect(() => {
    const source = sourceOf<GeoJSONSource>(map.current, 'new-tiles')
    source?.setData(collection(tileFeatures(tiles)))
  }, [tiles])

  useEffect(() => {
    const source = sourceOf<GeoJSONSource>(map.current, 'cursor')
    const at = index === null || !route.fromStream ? undefined : route.points[index]
    source?.setData(collection(at ? [point(at, 'cursor')] : []))
  }, [index, route])

  const { from, result } = stretch.state
  useEffect(() => {
    const source = sourceOf<GeoJSONSource>(map.current, 'stretch')
    const features: Feature[] = []
    if (result && result.path.length > 1) features.push(line(result.path))
    if (from) features.push(point(from, 'stretch'))
    source?.setData(collection(features))
  }, [from, result])

  const onClick = useCallback(
    (event: { lngLat: { lat: number; lng: number } }) => {
      stretch.pick(nearestOnRoute(data.current.route.points, [event.lngLat.lat, event.lngLat.lng]))
    },
    [stretch],
  )

  if (!canDrawMaps()) return <RouteMap route={route} units={units} cursor={cursor} />
  const counts = tiles.filter((t) => t.visited > 0)
  return (
    <figure className="route-map detail-map-view">
      <MapView
        settings={settings}
        scheme={scheme}
        units={units}
        bounds={bounds}
        label="Route map"
        className="detail-map-canvas"
        onReady={onReady}
        onClick={onClick}
        maxFitZoom={16}
      />
      <figcaption className="route-map-legend">
        <span className="route-map-key route-map-key-start">Start</span>
        <span className="route-map-key route-map-key-end">Finish</span>
        {counts.map((t) => (
          <span key={t.zoom} className={`route-map-key new-tiles-key-${t.zoom}`}>
            {t.newTiles.length} new {t.newTiles.length === 1 ? 'tile' : 'tiles'} at zoom {t.zoom}
          </span>
        ))}
        {stretch.state.picking && (
          <span className="route-map-note" role="status">
            {from ? 'Now click where the stretch ends.' : 'Click where the stretch starts.'}
          </span>
        )}
        {!route.fromStream && <span className="route-map-note">Simplified route</span>}
      </figcaption>
    </figure>
  )
}

/** The route point nearest a clicked spot (the stretch snaps to the track). */
function nearestOnRoute(points: [number, number][], target: [number, number]): [number, number] {
  let best = points[0] ?? target
  let bestScore = Infinity
  const cos = Math.cos((target[0] * Math.PI) / 180)
  for (const p of points) {
    const score = (p[0] - target[0]) ** 2 + ((p[1] - target[1]) * cos) ** 2
    if (score < bestScore) {
      best = p
      bestScore = score
    }
  }
  return best
}
