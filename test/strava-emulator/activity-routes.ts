/** Activity list, detail and streams, with Strava's scope and visibility rules. */
import type { ApiReply } from './api-routes'
import type { EmulatorContext } from './context'
import * as errors from './errors'
import { toDetail, toSummary } from './representation'
import { generateStreams, STREAM_TYPES, type StreamType } from './streams'
import type { AccessGrant } from './token-store'
import type { EmulatorActivity } from './types'

const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 200

function canReadActivities(grant: AccessGrant): boolean {
  return grant.scope.includes('activity:read') || grant.scope.includes('activity:read_all')
}

function canSee(grant: AccessGrant, activity: EmulatorActivity): boolean {
  return !activity.private || grant.scope.includes('activity:read_all')
}

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10)
  return Number.isFinite(parsed) && parsed >= 1 ? parsed : fallback
}

function epochParam(url: URL, name: string): number | undefined | 'invalid' {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return undefined
  const value = Number(raw)
  return Number.isFinite(value) ? value : 'invalid'
}

function startEpoch(activity: EmulatorActivity): number {
  return Date.parse(activity.start_date) / 1000
}

/** GET /athlete/activities: newest first; with only `after`, oldest first (as Strava does). */
export function handleActivitiesList(ctx: EmulatorContext, grant: AccessGrant, url: URL): ApiReply {
  if (!canReadActivities(grant)) return { status: 401, body: errors.MISSING_ACTIVITY_READ }
  const before = epochParam(url, 'before')
  const after = epochParam(url, 'after')
  if (before === 'invalid') return { status: 400, body: errors.invalidParameter('before') }
  if (after === 'invalid') return { status: 400, body: errors.invalidParameter('after') }
  const perPage = Math.min(
    MAX_PER_PAGE,
    positiveInt(url.searchParams.get('per_page'), DEFAULT_PER_PAGE),
  )
  const page = positiveInt(url.searchParams.get('page'), 1)
  const matching = ctx.store.list.filter((activity) => {
    const start = startEpoch(activity)
    return (
      canSee(grant, activity) &&
      (before === undefined || start < before) &&
      (after === undefined || start > after)
    )
  })
  if (after !== undefined && before === undefined) matching.reverse()
  const offset = (page - 1) * perPage
  return { status: 200, body: matching.slice(offset, offset + perPage).map(toSummary) }
}

function findVisible(ctx: EmulatorContext, grant: AccessGrant, id: number) {
  const activity = ctx.store.get(id)
  return activity && canSee(grant, activity) ? activity : null
}

export function handleActivity(
  ctx: EmulatorContext,
  grant: AccessGrant,
  _url: URL,
  id: number,
): ApiReply {
  if (!canReadActivities(grant)) return { status: 401, body: errors.MISSING_ACTIVITY_READ }
  const activity = findVisible(ctx, grant, id)
  if (!activity) return { status: 404, body: errors.ACTIVITY_NOT_FOUND }
  return { status: 200, body: toDetail(activity) }
}

/** Requested keys that exist, with time and distance always; keyed by type or as an array. */
export function handleStreams(
  ctx: EmulatorContext,
  grant: AccessGrant,
  url: URL,
  id: number,
): ApiReply {
  if (!canReadActivities(grant)) return { status: 401, body: errors.MISSING_ACTIVITY_READ }
  const activity = findVisible(ctx, grant, id)
  const streams = activity ? generateStreams(activity) : null
  if (!streams) return { status: 404, body: errors.ACTIVITY_NOT_FOUND }
  const requested = new Set(
    (url.searchParams.get('keys') ?? '').split(',').map((key) => key.trim()),
  )
  const types = STREAM_TYPES.filter(
    (type: StreamType) =>
      streams[type] !== undefined &&
      (type === 'time' || type === 'distance' || requested.has(type)),
  )
  const series = types.map((type) => {
    const data = streams[type] ?? []
    return {
      type,
      data,
      series_type: 'distance',
      original_size: data.length,
      resolution: 'high',
    }
  })
  if (url.searchParams.get('key_by_type') !== 'true') return { status: 200, body: series }
  const keyed = Object.fromEntries(series.map(({ type, ...rest }) => [type, rest]))
  return { status: 200, body: keyed }
}
