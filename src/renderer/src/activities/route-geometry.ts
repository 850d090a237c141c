import { decode } from '@mapbox/polyline'
import type { ActivityListItemDto, StreamData } from '../../../shared/library-dto'

export type LatLng = [number, number]
export type Point = [number, number]

const MAX_LATITUDE = 85.05112878
const EARTH_CIRCUMFERENCE_M = 40_075_016.686

/** Web Mercator, in world units: x and y both run 0..1. */
export function mercator([lat, lng]: LatLng): Point {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat))
  const phi = (clamped * Math.PI) / 180
  const x = (lng + 180) / 360
  const y = (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2
  return [x, y]
}

function isLatLng(value: unknown): value is LatLng {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    Math.abs(value[0] as number) <= 90 &&
    Math.abs(value[1] as number) <= 180
  )
}

export interface RouteSource {
  points: LatLng[]
  /** True when the points are the latlng stream, so stream indices address them. */
  fromStream: boolean
}

/** The best route stored: the full latlng stream, else the summary polyline. */
export function pickRoute(
  item: Pick<ActivityListItemDto, 'summaryPolyline'>,
  streams?: Partial<Record<string, StreamData>> | null,
): RouteSource | null {
  const stream = streams?.latlng
  if (Array.isArray(stream) && stream.length > 1 && stream.every(isLatLng)) {
    return { points: stream as LatLng[], fromStream: true }
  }
  const points = decodePolyline(item.summaryPolyline)
  return points.length > 1 ? { points, fromStream: false } : null
}

/** Decodes a Google encoded polyline; anything malformed reads as no route. */
export function decodePolyline(encoded: string | null | undefined): LatLng[] {
  if (!encoded) return []
  try {
    return decode(encoded).filter(isLatLng)
  } catch {
    return []
  }
}

export interface FittedRoute {
  width: number
  height: number
  /** SVG path data. */
  path: string
  start: Point
  end: Point
  /** Places any latitude/longitude in the same box. */
  project(point: LatLng): Point
  /** Metres per box unit at the route's latitude, for a scale bar. */
  metresPerUnit: number
}

export interface FitOptions {
  width: number
  /** The box height follows the route's shape between these ratios of the width. */
  minAspect: number
  maxAspect: number
  padding: number
  /** Points closer than this (box units) to the last kept one are dropped. */
  tolerance: number
}

/** Projects a route with Web Mercator and fits it, centred, into a box of the given width. */
export function fitRoute(points: LatLng[], options: FitOptions): FittedRoute | null {
  if (points.length < 2) return null
  const world = points.map(mercator)
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const [x, y] of world) {
    if (x < minX) minX = x
    if (x > maxX) maxX = x
    if (y < minY) minY = y
    if (y > maxY) maxY = y
  }
  const spanX = Math.max(maxX - minX, 1e-9)
  const spanY = Math.max(maxY - minY, 1e-9)
  const { width, padding } = options
  const aspect = Math.min(options.maxAspect, Math.max(options.minAspect, spanY / spanX))
  const height = Math.round(width * aspect)
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY)
  const offsetX = (width - spanX * scale) / 2
  const offsetY = (height - spanY * scale) / 2
  const place = ([x, y]: Point): Point => [
    offsetX + (x - minX) * scale,
    offsetY + (y - minY) * scale,
  ]
  const placed = world.map(place)
  // Mercator y grows southwards: the box's vertical middle is the middle latitude.
  const centreLat = inverseMercatorLat((minY + maxY) / 2)
  return {
    width,
    height,
    path: toPath(placed, options.tolerance),
    start: placed[0] as Point,
    end: placed[placed.length - 1] as Point,
    project: (point) => place(mercator(point)),
    metresPerUnit: (EARTH_CIRCUMFERENCE_M * Math.cos((centreLat * Math.PI) / 180)) / scale,
  }
}

function inverseMercatorLat(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI
}

/** `M x y L x y ...`, skipping points that would not show at this size. */
export function toPath(points: Point[], tolerance: number): string {
  const first = points[0]
  if (!first) return ''
  const parts = [`M${round(first[0])} ${round(first[1])}`]
  let [lastX, lastY] = first
  const squared = tolerance * tolerance
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i] as Point
    const isLast = i === points.length - 1
    if (!isLast && (x - lastX) ** 2 + (y - lastY) ** 2 < squared) continue
    parts.push(`L${round(x)} ${round(y)}`)
    lastX = x
    lastY = y
  }
  return parts.join('')
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
