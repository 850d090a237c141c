import { useSyncExternalStore } from 'react'

/**
 * The stream sample under the chart cursor, shared with the map without re-rendering the detail
 * pane on every mouse move.
 */
export interface CursorStore {
  get(): number | null
  set(index: number | null): void
  subscribe(listener: () => void): () => void
}

export function createCursorStore(): CursorStore {
  let index: number | null = null
  const listeners = new Set<() => void>()
  return {
    get: () => index,
    set(next) {
      if (next === index) return
      index = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export function useCursorIndex(store: CursorStore): number | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}
