import { useEffect, useRef, useState } from 'react'
import { getApi } from '../api'

/** At most one refresh per this while a sync reports progress. */
export const PROGRESS_REFRESH_MS = 3000

/**
 * Calls `onRefresh` when the library changes under the screen: at most every few seconds while a
 * sync makes progress, and at once when it finishes or an import brings activities in. Returns a counter that changes with each
 * refresh, for data that should follow (sport types, the open activity).
 */
export function useLibraryRefresh(onRefresh: () => void, intervalMs = PROGRESS_REFRESH_MS): number {
  const [tick, setTick] = useState(0)
  const callback = useRef(onRefresh)
  useEffect(() => {
    callback.current = onRefresh
  }, [onRefresh])

  useEffect(() => {
    const api = getApi()
    let last = 0
    let pending: ReturnType<typeof setTimeout> | undefined
    const run = () => {
      clearTimeout(pending)
      pending = undefined
      last = Date.now()
      callback.current()
      setTick((t) => t + 1)
    }
    const offProgress = api.on('sync:progress', () => {
      if (pending) return
      const wait = Math.max(0, last + intervalMs - Date.now())
      pending = setTimeout(run, wait)
    })
    const offFinished = api.on('sync:finished', run)
    // An import or a watched folder brought activities in.
    const offChanged = api.on('library:changed', run)
    return () => {
      clearTimeout(pending)
      offProgress()
      offFinished()
      offChanged()
    }
  }, [intervalMs])
  return tick
}
