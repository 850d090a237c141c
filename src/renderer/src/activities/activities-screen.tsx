import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { activityCount } from '../../../shared/count-text'
import { usePreferences } from '../preferences-context'
import { useSyncStatus } from '../use-sync-status'
import { ActivityDetail } from './activity-detail'
import {
  DEFAULT_FILTERS,
  hasNarrowingFilters,
  toActivityQuery,
  type ActivityFilters,
} from './activity-filters'
import { ActivityList, type ActivityListHandle } from './activity-list'
import { ActivityToolbar } from './activity-toolbar'
import { EmptyLibrary, NoMatches } from './empty-states'
import { useActivityDetail } from './use-activity-detail'
import { useActivityPages } from './use-activity-pages'
import { useDebouncedValue } from './use-debounced-value'
import { useLibraryRefresh } from './use-library-refresh'
import { useListSelection, type ListSelection } from './use-list-selection'
import { useSearchShortcut } from './use-search-shortcut'
import { useSportTypes } from './use-sport-types'
import './activities.css'

export const SEARCH_DELAY_MS = 200

/** What the screen was showing, so switching tabs and back finds it as it was left. */
const remembered: { filters: ActivityFilters; selection: ListSelection } = {
  filters: DEFAULT_FILTERS,
  selection: { id: null, index: null },
}

/** Forgets the remembered filters and selection (another library, or a fresh test). */
export function resetActivitiesScreen(): void {
  remembered.filters = DEFAULT_FILTERS
  remembered.selection = { id: null, index: null }
}

/** Opens one activity the next time the screen shows (from a map), with the filters cleared. */
export function showActivityNext(id: number): void {
  remembered.filters = DEFAULT_FILTERS
  remembered.selection = { id, index: null }
}

/** Browse the whole backed-up history: filter and search on the left, one activity on the right. */
export function ActivitiesScreen() {
  const { units, dates } = usePreferences()
  const [filters, setFilters] = useState<ActivityFilters>(remembered.filters)
  const search = useDebouncedValue(filters.search, SEARCH_DELAY_MS)
  const { sportType, from, to, sort, direction, includeDeleted } = filters
  const query = useMemo(
    () => toActivityQuery({ search, sportType, from, to, sort, direction, includeDeleted }),
    [search, sportType, from, to, sort, direction, includeDeleted],
  )
  const pages = useActivityPages(query)
  const refreshTick = useLibraryRefresh(pages.refresh)
  const sportTypes = useSportTypes(refreshTick)
  const { status: syncStatus } = useSyncStatus()

  const { selection, cursor, select } = useListSelection(pages, remembered.selection)

  const shown = selection.index === null ? undefined : pages.getItem(selection.index)
  const selectedSummary = shown && shown.id === selection.id ? shown : null
  const detail = useActivityDetail(selection.id, selectedSummary, refreshTick)

  const list = useRef<ActivityListHandle>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const detailPane = useRef<HTMLDivElement>(null)

  useEffect(() => {
    remembered.filters = filters
    remembered.selection = selection
  }, [filters, selection])

  const firstQuery = useRef(true)
  useEffect(() => {
    if (firstQuery.current) {
      firstQuery.current = false
      return
    }
    list.current?.scrollToTop()
  }, [query])

  // Back from another tab: bring the remembered selection into view once the rows are counted.
  const restoreIndex = useRef(remembered.selection.index)
  const total = pages.total
  useEffect(() => {
    if (restoreIndex.current === null || !total) return
    list.current?.scrollToIndex(restoreIndex.current)
    restoreIndex.current = null
  }, [total])

  // Another activity starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    if (detailPane.current) detailPane.current.scrollTop = 0
  }, [selection.id])

  const open = useCallback(() => {
    if (detailPane.current) detailPane.current.scrollTop = 0
    heading.current?.focus()
  }, [])

  const changeFilters = useCallback((patch: Partial<ActivityFilters>) => {
    setFilters((current) => ({ ...current, ...patch }))
  }, [])

  useSearchShortcut(searchInput)

  const narrowed = hasNarrowingFilters(filters)
  const syncing = Boolean(syncStatus?.running)

  // Showing deleted ones only widens the list: with no narrowing filter, none means none at all.
  const libraryEmpty = total === 0 && !narrowed
  return (
    <section className="activities" aria-label="Activities">
      <ActivityToolbar
        filters={filters}
        sportTypes={sportTypes}
        onChange={changeFilters}
        searchRef={searchInput}
        onSearchArrowDown={() => list.current?.focus()}
      />
      {libraryEmpty ? (
        <EmptyLibrary syncing={syncing} />
      ) : (
        <div className="activities-body">
          <div className="activity-list-pane">
            <div className="list-header">
              <span className="list-count" role="status">
                {total === null ? 'Loading…' : activityCount(total)}
              </span>
              {narrowed && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => changeFilters(clearedFilters())}
                >
                  Clear filters
                </button>
              )}
            </div>
            {pages.error && (
              <div className="list-error" role="alert">
                <span>{pages.error}</span>
                <button type="button" className="link-button" onClick={pages.refresh}>
                  Try again
                </button>
              </div>
            )}
            {total === 0 ? (
              <NoMatches onClear={() => changeFilters(clearedFilters())} />
            ) : (
              <ActivityList
                handle={list}
                pages={pages}
                selectedIndex={cursor}
                selectedId={selection.id}
                units={units}
                dates={dates}
                onSelect={select}
                onOpen={open}
              />
            )}
          </div>
          <div
            className="activity-detail-pane"
            ref={detailPane}
            onKeyDown={(event) => {
              if (event.key === 'Escape') list.current?.focus()
            }}
          >
            <ActivityDetail
              summary={selectedSummary}
              state={detail.state}
              fetchState={detail.fetchState}
              onFetchNow={(id) => void detail.fetchNow(id).then(pages.refresh)}
              units={units}
              dates={dates}
              headingRef={heading}
            />
          </div>
        </div>
      )}
    </section>
  )
}

function clearedFilters(): Partial<ActivityFilters> {
  return { search: '', sportType: '', from: '', to: '' }
}
