/**
 * maplibre-gl, loaded only where a map is drawn (it needs WebGL). The CSP build runs its worker
 * from a file of the app itself, so the Content-Security-Policy needs no `blob:` workers.
 */
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { registerMapProtocols } from './map-protocols'

maplibregl.setWorkerUrl(workerUrl)
registerMapProtocols(maplibregl)

export { maplibregl }
export type MapLibre = typeof maplibregl
