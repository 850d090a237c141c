import { useEffect, useRef, useState } from 'react'
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import type { MapBoundsDto, MapSettingsDto } from '../../../shared/maps-dto'
import type { Units } from '../format/units'
import { baseStyle, type Scheme } from './map-style'

export interface MapViewProps {
  settings: MapSettingsDto | null
  scheme: Scheme
  units: Units
  /** Where to open; the whole world when null. */
  bounds: MapBoundsDto | null
  /** What the map shows, for screen readers. */
  label: string
  className?: string
  /** Called after every (re)creation, once the style is loaded: add sources and layers here. */
  onReady: (map: MapLibreMap) => void
  onClick?: (event: MapMouseEvent, map: MapLibreMap) => void
  /** Zoom no further in than this when fitting the bounds. */
  maxFitZoom?: number
}

/**
 * A maplibre map with the base map (if any) under the caller's layers, a scale bar in the user's
 * units and zoom buttons. It is made again when the base map, the colour scheme or the units
 * change, keeping the view; the caller adds its layers in `onReady` each time.
 */
export function MapView(props: MapViewProps) {
  const host = useRef<HTMLDivElement>(null)
  const latest = useRef(props)
  latest.current = props
  const view = useRef<{ center: [number, number]; zoom: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { settings, scheme, units } = props

  useEffect(() => {
    const element = host.current
    if (!element) return
    let map: MapLibreMap | null = null
    let cancelled = false
    void import('./maplibre')
      .then(({ maplibregl }) => {
        if (cancelled) return
        const { bounds, maxFitZoom } = latest.current
        map = new maplibregl.Map({
          container: element,
          style: baseStyle(settings, scheme),
          attributionControl: { compact: false },
          ...(view.current
            ? view.current
            : bounds
              ? {
                  bounds: [bounds.west, bounds.south, bounds.east, bounds.north],
                  fitBoundsOptions: { padding: 32, maxZoom: maxFitZoom ?? 15 },
                }
              : { center: [0, 20], zoom: 1 }),
          maxZoom: 19,
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
        })
        map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right')
        map.addControl(
          new maplibregl.ScaleControl({ unit: units === 'imperial' ? 'imperial' : 'metric' }),
          'bottom-left',
        )
        const created = map
        // For people waiting on a slow machine and for tests: whether the map is drawn, and where.
        element.dataset.mapState = 'loading'
        created.on('resize', () => (element.dataset.mapState = 'loading'))
        created.on('dataloading', () => (element.dataset.mapState = 'loading'))
        created.on('idle', () => {
          const b = created.getBounds()
          element.dataset.mapState = 'idle'
          element.dataset.bounds = JSON.stringify([
            b.getWest(),
            b.getSouth(),
            b.getEast(),
            b.getNorth(),
          ])
        })
        created.on('load', () => latest.current.onReady(created))
        created.on('click', (event) => latest.current.onClick?.(event, created))
        created.on('moveend', () => {
          const c = created.getCenter()
          view.current = { center: [c.lng, c.lat], zoom: created.getZoom() }
        })
        created.on('error', (event) => {
          const message = (event as { error?: { message?: string } }).error?.message
          if (message && /WebGL/i.test(message)) setError('This computer cannot draw maps.')
        })
      })
      .catch(() => setError('The map could not be drawn.'))
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [settings, scheme, units])

  return (
    <div className={`map-view ${props.className ?? ''}`}>
      <div ref={host} className="map-view-canvas" role="region" aria-label={props.label} />
      {error && (
        <p className="map-view-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/**
 * A source of the map, or undefined once the map is gone (a map made again for another colour
 * scheme removes the old one, which then has no style to ask).
 */
export function sourceOf<T>(map: MapLibreMap | null, id: string): T | undefined {
  try {
    return map?.getSource(id) as T | undefined
  } catch {
    return undefined
  }
}
