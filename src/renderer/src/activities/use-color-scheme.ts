import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-color-scheme: dark)'

function media(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null
}

function subscribe(listener: () => void): () => void {
  const list = media()
  list?.addEventListener('change', listener)
  return () => list?.removeEventListener('change', listener)
}

function snapshot(): 'light' | 'dark' {
  return media()?.matches ? 'dark' : 'light'
}

/** The system colour scheme: canvas charts read their colours once, so they redraw on change. */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, snapshot, () => 'light')
}
