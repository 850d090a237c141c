import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Map as MapLibreMap } from 'maplibre-gl'
import type {
  ExplorerStatsDto,
  MapActivityDto,
  MapBoundsDto,
  MapFilterDto,
} from '../../../shared/maps-dto'
import { getApi, errorMessage } from '../api'
import { useColorScheme } from '../activities/use-color-scheme'
import { useSportTypes } from '../activities/use-sport-types'
import { usePreferences } from '../preferences-context'
import { ExplorerPanel } from './explorer-panel'
import { MapFilterBar } from './map-filter-bar'
import { MapView, sourceOf } from './map-view'
import { PassedHere } from './passed-here'
import { explorerTiles, heatTiles } from './tile-urls'
import { useMapDataVersion } from './use-map-data-version'
import { useMapSettings } from './use-map-settings'
import { canDrawMaps } from './webgl'
import { hasBaseMap } from './map-style'
import './maps.css'

type Mode = 'heatmap' | 'explorer'

/** Every route you ever did: the heatmap, or explorer tiles at zoom 14 or 17, offline. */
export function MapsScreen({ onOpenActivity }: { onOpenActivity: (id: number) => void }) {
  const { units, dates } = usePreferences()
  const scheme = useColorScheme()
  const { settings } = useMapSettings()
  const { version, preparing } = useMapDataVersion()
  const sportTypes = useSportTypes(version)
  const [mode, setMode] = useState<Mode>('heatmap')
  const [zoom, setZoom] = useState<14 | 17>(14)
  const [filter, setFilter] = useState<MapFilterDto>({})
  const [bounds, setBounds] = useState<MapBoundsDto | null | undefined>(undefined)
  const [stats, setStats] = useState<ExplorerStatsDto | null>(null)
  const [passed, setPassed] = useState<MapActivityDto[] | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const map = useRef<MapLibreMap | null>(null)
  const drawable = canDrawMaps()

  // Until the first activities are prepared there is nowhere to open the map: ask again then.
  const located = bounds !== undefined && bounds !== null
  useEffect(() => {
    if (located) return
    getApi()
      .maps.overview({})
      .then(setBounds, () => setBounds(null))
  }, [located, version])

  useEffect(() => {
    let live = true
    getApi()
      .maps.explorer({ zoom, filter })
      .then(
        (s) => live && setStats(s),
        () => undefined,
      )
    return () => {
      live = false
    }
  }, [zoom, filter, version])

  const heatUrl = heatTiles(filter, version)
  const explorerUrl = explorerTiles(zoom, filter, version)
  const state = useRef({ mode, heatUrl, explorerUrl })
  state.current = { mode, heatUrl, explorerUrl }

  const onReady = useCallback((created: MapLibreMap) => {
    map.current = created
    const { heatUrl: heat, explorerUrl: explorer, mode: shown } = state.current
    created.addSource('heat', { type: 'raster', tiles: [heat], tileSize: 256, maxzoom: 18 })
    created.addLayer({
      id: 'heat',
      type: 'raster',
      source: 'heat',
      paint: { 'raster-resampling': 'nearest' },
      layout: { visibility: shown === 'heatmap' ? 'visible' : 'none' },
    })
    created.addSource('explorer', { type: 'raster', tiles: [explorer], tileSize: 256, maxzoom: 19 })
    created.addLayer({
      id: 'explorer',
      type: 'raster',
      source: 'explorer',
      layout: { visibility: shown === 'explorer' ? 'visible' : 'none' },
    })
  }, [])

  useEffect(() => {
    const m = map.current
    type Tiled = { setTiles(t: string[]): void }
    const heat = sourceOf<Tiled>(m, 'heat')
    if (!m || !heat) return
    heat.setTiles([heatUrl])
    sourceOf<Tiled>(m, 'explorer')?.setTiles([explorerUrl])
    m.setLayoutProperty('heat', 'visibility', mode === 'heatmap' ? 'visible' : 'none')
    m.setLayoutProperty('explorer', 'visibility', mode === 'explorer' ? 'visible' : 'none')
  }, [heatUrl, explorerUrl, mode])

  const onClick = useCallback(
    (event: { lngLat: { lat: number; lng: number } }, created: MapLibreMap) => {
      if (state.current.mode !== 'heatmap') return
      getApi()
        .maps.activitiesAt({
          filter,
          lat: event.lngLat.lat,
          lon: event.lngLat.lng,
          zoom: created.getZoom(),
        })
        .then(setPassed, (error: unknown) => setNotice(errorMessage(error)))
    },
    [filter],
  )

  async function savePicture() {
    const m = map.current
    if (!m) return
    const b = m.getBounds()
    setNotice(null)
    try {
      const result = await getApi().maps.saveHeatmapPicture({
        filter,
        zoom: Math.round(m.getZoom()),
        bounds: {
          west: Math.max(-180, b.getWest()),
          south: Math.max(-85, b.getSouth()),
          east: Math.min(180, b.getEast()),
          north: Math.min(85, b.getNorth()),
        },
      })
      if (result) setNotice(`${result.summary} (${result.path})`)
    } catch (error) {
      setNotice(errorMessage(error))
    }
  }

  const empty = bounds === null
  const modeButtons = useMemo(
    () =>
      (['heatmap', 'explorer'] as const).map((m) => (
        <button
          key={m}
          type="button"
          className="map-toggle-option"
          aria-pressed={mode === m}
          onClick={() => {
            setMode(m)
            setPassed(null)
          }}
        >
          {m === 'heatmap' ? 'Heatmap' : 'Explorer tiles'}
        </button>
      )),
    [mode],
  )

  return (
    <section className="maps-screen" aria-label="Maps">
      <aside className="maps-panel">
        <div className="map-toggle" role="group" aria-label="Map">
          {modeButtons}
        </div>
        <MapFilterBar filter={filter} sportTypes={sportTypes} onChange={setFilter} />
        {preparing && (
          <p className="maps-note" aria-live="polite">
            {preparing}
          </p>
        )}
        {mode === 'explorer' ? (
          <ExplorerPanel
            zoom={zoom}
            onZoom={setZoom}
            stats={stats}
            filter={filter}
            version={version}
          />
        ) : (
          <>
            <p className="maps-note">
              Brighter lines: roads you took more often. Click the map to list who went there.
            </p>
            {passed && (
              <PassedHere activities={passed} units={units} dates={dates} onOpen={onOpenActivity} />
            )}
            <button type="button" onClick={() => void savePicture()} disabled={!drawable || empty}>
              Save picture…
            </button>
          </>
        )}
        {notice && (
          <p className="maps-note" role="status">
            {notice}
          </p>
        )}
        {settings && !hasBaseMap(settings) && (
          <p className="maps-note maps-hint">
            No base map yet: choose a PMTiles file of your region in Settings → Maps.
          </p>
        )}
      </aside>
      <div className="maps-main">
        {!drawable ? (
          <p className="maps-empty">This computer cannot draw maps (no WebGL).</p>
        ) : empty ? (
          <p className="maps-empty">
            No activity with a GPS track yet. Maps appear once your activities’ streams are backed
            up.
          </p>
        ) : bounds === undefined || settings === null ? (
          <p className="maps-empty" aria-busy="true">
            Loading…
          </p>
        ) : (
          <MapView
            settings={settings}
            scheme={scheme}
            units={units}
            bounds={bounds}
            label={mode === 'heatmap' ? 'Heatmap of your activities' : 'Explorer tiles'}
            className="maps-map"
            onReady={onReady}
            onClick={onClick}
            maxFitZoom={13}
          />
        )}
      </div>
    </section>
  )
}
