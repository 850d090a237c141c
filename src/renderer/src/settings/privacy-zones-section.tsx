import { useCallback, useEffect, useRef, useState } from 'react'
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import type { MapBoundsDto, PrivacyZoneDto } from '../../../shared/maps-dto'
import { errorMessage, getApi } from '../api'
import { useColorScheme } from '../activities/use-color-scheme'
import { MapView, sourceOf } from '../maps/map-view'
import { useMapSettings } from '../maps/use-map-settings'
import { canDrawMaps } from '../maps/webgl'
import { usePreferences } from '../preferences-context'
import { SettingsSection } from './settings-section'
import '../maps/maps.css'

/** A circle as a polygon of 64 points, for the map (metres on the local flat approximation). */
function circle(zone: { lat: number; lon: number; radius: number }): GeoJSON.Feature {
  const coordinates: [number, number][] = []
  const perDegree = 111_320
  for (let i = 0; i <= 64; i++) {
    const angle = (i / 64) * 2 * Math.PI
    const north = (zone.radius * Math.sin(angle)) / perDegree
    const east =
      (zone.radius * Math.cos(angle)) / (perDegree * Math.cos((zone.lat * Math.PI) / 180))
    coordinates.push([zone.lon + east, zone.lat + north])
  }
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [coordinates] },
  }
}

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
})

/**
 * Places whose points never leave the app: exports and shared pictures leave out every point
 * within a zone. Click the map for the centre, pick a radius, add.
 */
export function PrivacyZonesSection() {
  const { units } = usePreferences()
  const scheme = useColorScheme()
  const { settings } = useMapSettings()
  const [zones, setZones] = useState<PrivacyZoneDto[]>([])
  const [draft, setDraft] = useState<{ lat: string; lon: string; radius: string }>({
    lat: '',
    lon: '',
    radius: '200',
  })
  const [bounds, setBounds] = useState<MapBoundsDto | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const map = useRef<MapLibreMap | null>(null)

  useEffect(() => {
    getApi()
      .maps.privacyZones()
      .then(setZones, (e: unknown) => setError(errorMessage(e)))
    getApi()
      .maps.overview({})
      .then(setBounds, () => setBounds(null))
  }, [])

  const drawn = useRef({ zones, draft })
  drawn.current = { zones, draft }
  const redraw = useCallback(() => {
    const { zones: current, draft: d } = drawn.current
    const features = current.map(circle)
    const lat = Number(d.lat)
    const lon = Number(d.lon)
    const radius = Number(d.radius)
    const draftFeature =
      d.lat !== '' && d.lon !== '' && Number.isFinite(lat + lon + radius)
        ? [circle({ lat, lon, radius })]
        : []
    sourceOf<GeoJSONSource>(map.current, 'zones')?.setData(collection(features))
    sourceOf<GeoJSONSource>(map.current, 'draft')?.setData(collection(draftFeature))
  }, [])
  useEffect(redraw, [zones, draft, redraw])

  const onReady = useCallback(
    (created: MapLibreMap) => {
      map.current = created
      created.addSource('zones', { type: 'geojson', data: collection([]) })
      created.addLayer({
        id: 'zones',
        type: 'fill',
        source: 'zones',
        paint: { 'fill-color': '#e03131', 'fill-opacity': 0.25, 'fill-outline-color': '#e03131' },
      })
      created.addSource('draft', { type: 'geojson', data: collection([]) })
      created.addLayer({
        id: 'draft',
        type: 'line',
        source: 'draft',
        paint: { 'line-color': '#e03131', 'line-width': 2, 'line-dasharray': [2, 2] },
      })
      redraw()
    },
    [redraw],
  )

  async function add() {
    setError(null)
    try {
      const zone = await getApi().maps.addPrivacyZone({
        lat: Number(draft.lat),
        lon: Number(draft.lon),
        radius: Number(draft.radius),
      })
      setZones((z) => [...z, zone])
      setDraft((d) => ({ ...d, lat: '', lon: '' }))
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  async function remove(id: number) {
    setError(null)
    try {
      await getApi().maps.removePrivacyZone({ id })
      setZones((z) => z.filter((zone) => zone.id !== id))
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const ready = draft.lat !== '' && draft.lon !== '' && draft.radius !== ''
  return (
    <SettingsSection id="settings-privacy-zones" title="Privacy zones">
      <p className="settings-hint">
        Exported GPX, TCX and JSON files and every picture you save for sharing leave out the points
        within these circles (home, work). Your backup itself is unchanged.
      </p>
      {canDrawMaps() && bounds !== undefined && settings && (
        <MapView
          settings={settings}
          scheme={scheme}
          units={units}
          bounds={bounds}
          label="Privacy zones map: click to place a zone"
          className="zones-map"
          onReady={onReady}
          onClick={(event) =>
            setDraft((d) => ({
              ...d,
              lat: event.lngLat.lat.toFixed(5),
              lon: event.lngLat.lng.toFixed(5),
            }))
          }
          maxFitZoom={13}
        />
      )}
      <div className="zone-form">
        <label>
          Latitude
          <input
            inputMode="decimal"
            value={draft.lat}
            onChange={(e) => setDraft({ ...draft, lat: e.target.value })}
          />
        </label>
        <label>
          Longitude
          <input
            inputMode="decimal"
            value={draft.lon}
            onChange={(e) => setDraft({ ...draft, lon: e.target.value })}
          />
        </label>
        <label>
          Radius (m)
          <input
            inputMode="numeric"
            value={draft.radius}
            onChange={(e) => setDraft({ ...draft, radius: e.target.value })}
          />
        </label>
        <button type="button" disabled={!ready} onClick={() => void add()}>
          Add zone
        </button>
      </div>
      {zones.length > 0 ? (
        <ul className="zone-list" aria-label="Privacy zones">
          {zones.map((z) => (
            <li key={z.id}>
              <span>
                {z.radius} m around {z.lat.toFixed(5)}, {z.lon.toFixed(5)}
              </span>
              <button
                type="button"
                onClick={() => void remove(z.id)}
                aria-label={`Remove the zone around ${z.lat.toFixed(5)}, ${z.lon.toFixed(5)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="settings-hint">No privacy zones yet.</p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </SettingsSection>
  )
}
