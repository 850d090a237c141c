import { useCallback, useEffect, useState } from 'react'
import type { ActivityPages } from './use-activity-pages'

/** The selected activity and where it sits in the list (null when not among the loaded rows). */
export interface ListSelection {
  id: number | null
  index: number | null
}

/**
 * Selection by activity id, so it survives refreshes that move rows. A keyboard move to a row
 * whose page has not arrived yet waits as `pending` and resolves when the page lands.
 */
export function useListSelection(pages: ActivityPages, initial: ListSelection) {
  const [selection, setSelection] = useState<ListSelection>(initial)
  const [pending, setPending] = useState<number | null>(null)
  const { version, getItem, indexOfId } = pages

  // Rows arrived or moved: resolve a pending move, follow the selected activity to its new
  // position, or select the first activity when nothing is selected yet.
  useEffect(() => {
    if (pending !== null) {
      const item = getItem(pending)
      if (item) {
        setSelection({ id: item.id, index: pending })
        setPending(null)
      }
      return
    }
    setSelection((current) => {
      if (current.id === null) {
        const first = getItem(0)
        return first ? { id: first.id, index: 0 } : current
      }
      if (current.index !== null && getItem(current.index)?.id === current.id) return current
      const index = indexOfId(current.id)
      return index === current.index ? current : { id: current.id, index }
    })
  }, [version, pending, getItem, indexOfId])

  const select = useCallback(
    (index: number) => {
      const item = getItem(index)
      if (item) {
        setSelection({ id: item.id, index })
        setPending(null)
      } else {
        setPending(index)
      }
    },
    [getItem],
  )

  return { selection, cursor: pending ?? selection.index, select }
}
