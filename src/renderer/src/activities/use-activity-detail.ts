import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActivityDetailDto, ActivityListItemDto } from '../../../shared/library-dto'
import { errorMessage, getApi } from '../api'
import { errorCodeOf } from '../error-messages'

/** Arrow keys held down move fast: only the activity the user stops on is read. */
const OPEN_DELAY_MS = 90
const CACHE_SIZE = 24

export type DetailState =
  | { kind: 'none' }
  | { kind: 'loading'; id: number }
  | { kind: 'ready'; detail: ActivityDetailDto }
  | { kind: 'missing'; id: number }
  | { kind: 'failed'; id: number; message: string }

export type FetchNowState =
  | { kind: 'idle' }
  | { kind: 'fetching' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string }

/**
 * The stored detail of the selected activity, kept fresh while a sync runs, plus "Fetch now".
 * An activity whose detail the athlete's export and files answered asks Strava for its own
 * detail the first time it is opened while connected, without a word unless that changes it.
 */
export function useActivityDetail(
  id: number | null,
  summary: ActivityListItemDto | null,
  refreshTick: number,
  connected = false,
) {
  const cache = useRef(new Map<number, ActivityDetailDto>())
  const openId = useRef(id)
  useEffect(() => {
    openId.current = id
  }, [id])
  const [state, setState] = useState<DetailState>({ kind: 'none' })
  const [fetchNow, setFetchNow] = useState<{ id: number | null; state: FetchNowState }>({
    id: null,
    state: { kind: 'idle' },
  })

  const remember = useCallback((detail: ActivityDetailDto) => {
    const map = cache.current
    map.delete(detail.id)
    map.set(detail.id, detail)
    if (map.size > CACHE_SIZE) map.delete(map.keys().next().value as number)
  }, [])

  useEffect(() => {
    if (id === null) {
      setState({ kind: 'none' })
      return
    }
    const cached = cache.current.get(id)
    if (cached) {
      setState({ kind: 'ready', detail: cached })
      return
    }
    setState({ kind: 'loading', id })
    let current = true
    const timer = setTimeout(() => {
      getApi()
        .library.detail({ id })
        .then(
          (detail) => {
            if (!current) return
            if (detail) remember(detail)
            setState(detail ? { kind: 'ready', detail } : { kind: 'missing', id })
          },
          (error: unknown) => {
            if (current) setState({ kind: 'failed', id, message: errorMessage(error) })
          },
        )
    }, OPEN_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [id, remember])

  const askedStrava = useRef(new Set<number>())
  useEffect(() => {
    if (!connected || state.kind !== 'ready' || !state.detail.stravaDetailMissing) return
    const target = state.detail.id
    if (askedStrava.current.has(target)) return
    askedStrava.current.add(target)
    getApi()
      .library.fetchNow({ id: target })
      .then(
        (detail) => {
          if (!detail) return
          remember(detail)
          if (detail.id === openId.current) setState({ kind: 'ready', detail })
        },
        // Offline or out of requests: what the files say is shown, as it was.
        () => undefined,
      )
  }, [connected, state, remember])

  const shown = useRef<ActivityDetailDto | null>(null)
  useEffect(() => {
    shown.current = state.kind === 'ready' ? state.detail : null
  }, [state])

  /** Reads the open activity again and shows it if it is still the open one. */
  const reread = useCallback(
    (target: number) => {
      let current = true
      getApi()
        .library.detail({ id: target })
        .then(
          (detail) => {
            if (!current || !detail) return
            remember(detail)
            if (detail.id !== openId.current) return
            setState((s) =>
              s.kind === 'ready' && sameDetail(s.detail, detail) ? s : { kind: 'ready', detail },
            )
          },
          () => undefined,
        )
      return () => {
        current = false
      }
    },
    [remember],
  )

  // While a sync runs, an incomplete copy (no streams yet) is read again at each refresh: that
  // read is small, as there are no streams in it. Complete copies are left alone.
  useEffect(() => {
    if (refreshTick === 0) return
    for (const [key, detail] of cache.current) {
      if (detail.streamsPending) cache.current.delete(key)
    }
    const open = shown.current
    if (open && open.id === openId.current && open.streamsPending) {
      return reread(open.id)
    }
    return undefined
  }, [refreshTick, reread])

  // The list's fresh row disagrees with the copy shown (renamed, deleted on Strava, streams
  // arrived): read it again.
  useEffect(() => {
    const open = shown.current
    if (!summary || !open || open.id !== summary.id || sameSummary(open, summary)) return
    cache.current.delete(summary.id)
    return reread(summary.id)
  }, [summary, reread])

  const runFetchNow = useCallback(
    async (target: number) => {
      setFetchNow({ id: target, state: { kind: 'fetching' } })
      try {
        const detail = await getApi().library.fetchNow({ id: target })
        if (!detail) {
          setFetchNow({
            id: target,
            state: { kind: 'failed', message: 'This activity is no longer in your library.' },
          })
          return
        }
        remember(detail)
        setState((s) => (isShowing(s, target) ? { kind: 'ready', detail } : s))
        setFetchNow({ id: target, state: { kind: 'done', message: describeFetched(detail) } })
      } catch (error) {
        setFetchNow({ id: target, state: { kind: 'failed', message: describeFetchError(error) } })
      }
    },
    [remember],
  )

  const fetchState = fetchNow.id === id ? fetchNow.state : ({ kind: 'idle' } as const)
  return { state, fetchState, fetchNow: runFetchNow }
}

function isShowing(state: DetailState, id: number): boolean {
  return state.kind === 'ready' ? state.detail.id === id : state.kind !== 'none' && state.id === id
}

/** Cheap equality for the fields a sync changes, so a refresh does not redraw charts needlessly. */
function sameDetail(a: ActivityDetailDto, b: ActivityDetailDto): boolean {
  return (
    a.id === b.id &&
    a.hasStreams === b.hasStreams &&
    a.name === b.name &&
    a.description === b.description &&
    a.deletedAt === b.deletedAt &&
    a.sportType === b.sportType &&
    a.laps.length === b.laps.length &&
    a.splits.length === b.splits.length &&
    a.distance === b.distance
  )
}

function sameSummary(a: ActivityListItemDto, b: ActivityListItemDto): boolean {
  return (
    a.name === b.name &&
    a.sportType === b.sportType &&
    a.hasStreams === b.hasStreams &&
    a.deletedAt === b.deletedAt &&
    a.isPrivate === b.isPrivate &&
    a.distance === b.distance &&
    a.movingTime === b.movingTime &&
    a.startDateLocal === b.startDateLocal
  )
}

function describeFetched(detail: ActivityDetailDto): string {
  if (detail.streams) return 'Fetched from Strava.'
  return 'Strava has no GPS or sensor data for this activity.'
}

/** One calm sentence per failure; the code decides, never the message text. */
export function describeFetchError(error: unknown): string {
  switch (errorCodeOf(error)) {
    case 'RATE_LIMITED':
      return "Strava's request limit is reached for now. Trailkeep will fetch this activity by itself once the limit resets."
    case 'NOT_CONNECTED':
    case 'RECONNECT_REQUIRED':
      return 'Connect to Strava to fetch this activity.'
    case 'NETWORK':
      return 'Strava could not be reached. Check your internet connection and try again.'
    case 'APP_INACTIVE':
      return 'Your Strava API application is inactive, so nothing can be fetched. Your backup stays here.'
    default:
      return errorMessage(error)
  }
}
