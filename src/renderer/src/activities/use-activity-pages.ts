import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActivityListItemDto } from '../../../shared/library-dto'
import type { ActivityQueryInput } from '../../../shared/library-query'
import { getApi } from '../api'
import { PageLoader } from './page-loader'

/** Waits for a scroll to settle before asking for rows, so a fast drag loads only its target. */
const RANGE_DELAY_MS = 40

export interface ActivityPages {
  /** Matches for the query; null until the first page arrives. */
  total: number | null
  error: string | null
  /** Changes whenever rows arrive; a dependency for anything derived from the rows. */
  version: number
  getItem(index: number): ActivityListItemDto | undefined
  indexOfId(id: number): number | null
  /** Asks for the rows first..last (inclusive), after the scroll settles. */
  requestRange(first: number, last: number): void
  refresh(): void
}

/** The list's rows, loaded a page at a time as the user scrolls. */
export function useActivityPages(query: ActivityQueryInput): ActivityPages {
  const [version, setVersion] = useState(0)
  const [loader] = useState(
    () =>
      new PageLoader(
        (q) => getApi().library.list(q),
        () => setVersion((v) => v + 1),
      ),
  )
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const queryKey = JSON.stringify(query)

  useEffect(() => {
    loader.setQuery(JSON.parse(queryKey) as ActivityQueryInput)
    setVersion((v) => v + 1)
  }, [loader, queryKey])

  useEffect(() => () => clearTimeout(timer.current), [])

  const requestRange = useCallback(
    (first: number, last: number) => {
      clearTimeout(timer.current)
      timer.current = setTimeout(() => loader.ensureRange(first, last), RANGE_DELAY_MS)
    },
    [loader],
  )
  const refresh = useCallback(() => loader.refresh(), [loader])
  const getItem = useCallback((index: number) => loader.getItem(index), [loader])
  const indexOfId = useCallback((id: number) => loader.indexOfId(id), [loader])

  return {
    total: loader.total,
    error: loader.error,
    version,
    getItem,
    indexOfId,
    requestRange,
    refresh,
  }
}
