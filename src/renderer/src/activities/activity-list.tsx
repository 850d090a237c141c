import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  type KeyboardEvent,
  type Ref,
} from 'react'
import type { DateStyle } from '../format/dates'
import type { Units } from '../format/units'
import { ActivityRow, optionId, PlaceholderRow, ROW_HEIGHT } from './activity-row'
import type { ActivityPages } from './use-activity-pages'

export interface ActivityListHandle {
  focus(): void
  scrollToIndex(index: number): void
  scrollToTop(): void
}

/**
 * The virtualized listbox: only the rows in view (plus a few) are in the DOM, and pages of rows
 * are requested as they come into view. Arrow keys, Page Up/Down, Home and End move the
 * selection; Enter opens the selected activity.
 */
export function ActivityList({
  pages,
  selectedIndex,
  selectedId,
  units,
  dates,
  onSelect,
  onOpen,
  handle,
}: {
  pages: ActivityPages
  selectedIndex: number | null
  selectedId: number | null
  units: Units
  dates: DateStyle
  onSelect: (index: number) => void
  onOpen: () => void
  handle: Ref<ActivityListHandle>
}) {
  const scroller = useRef<HTMLDivElement>(null)
  const count = pages.total ?? 0
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 400, height: 800 },
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  const { requestRange } = pages

  useEffect(() => {
    if (count > 0) requestRange(first, last)
  }, [first, last, count, requestRange])

  useImperativeHandle(
    handle,
    () => ({
      focus: () => scroller.current?.focus(),
      scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
      scrollToTop: () => virtualizer.scrollToOffset(0),
    }),
    [virtualizer],
  )

  const move = useCallback(
    (index: number) => {
      if (count === 0) return
      const next = Math.max(0, Math.min(count - 1, index))
      onSelect(next)
      virtualizer.scrollToIndex(next, { align: 'auto' })
    },
    [count, onSelect, virtualizer],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = selectedIndex ?? -1
    const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1)
    const target = {
      ArrowDown: current + 1,
      ArrowUp: current < 0 ? 0 : current - 1,
      Home: 0,
      End: count - 1,
      PageDown: Math.max(0, current) + pageRows,
      PageUp: Math.max(0, current) - pageRows,
    }[event.key]
    if (target !== undefined) {
      event.preventDefault()
      move(target)
    } else if (event.key === 'Enter' && selectedId !== null) {
      event.preventDefault()
      onOpen()
    }
  }

  const onPick = useCallback(
    (index: number, open: boolean) => {
      onSelect(index)
      if (open) onOpen()
    },
    [onOpen, onSelect],
  )

  const activeRendered =
    selectedId !== null &&
    items.some((row) => row.index === selectedIndex && pages.getItem(row.index)?.id === selectedId)

  return (
    <div
      ref={scroller}
      className="activity-list"
      role="listbox"
      aria-label="Activities"
      tabIndex={0}
      aria-activedescendant={
        activeRendered && selectedId !== null ? optionId(selectedId) : undefined
      }
      onKeyDown={onKeyDown}
    >
      <div
        className="activity-list-inner"
        role="presentation"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((row) => {
          const item = pages.getItem(row.index)
          return item ? (
            <ActivityRow
              key={row.key}
              item={item}
              index={row.index}
              count={count}
              start={row.start}
              selected={item.id === selectedId}
              units={units}
              dates={dates}
              onPick={onPick}
            />
          ) : (
            <PlaceholderRow key={row.key} index={row.index} count={count} start={row.start} />
          )
        })}
      </div>
    </div>
  )
}
