import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from '../api'
import { useFiguresVersion } from './lab-navigation'

export type LabData<T> =
  | { kind: 'loading'; previous: T | null }
  | { kind: 'ready'; data: T }
  | { kind: 'error'; message: string }

/**
 * Loads one answer of the lab and loads it again whenever `key` changes or the core finishes
 * updating its figures. While a new answer loads, the previous one stays on screen.
 */
export function useLabData<T>(load: () => Promise<T>, key: string) {
  const version = useFiguresVersion()
  const [state, setState] = useState<LabData<T>>({ kind: 'loading', previous: null })
  const [attempt, setAttempt] = useState(0)
  // `load` closes over what `key` names; the key, not the function, decides when to load.
  const stableLoad = useCallback(load, [key])
  useEffect(() => {
    let current = true
    setState((s) => ({
      kind: 'loading',
      previous: s.kind === 'ready' ? s.data : s.kind === 'loading' ? s.previous : null,
    }))
    stableLoad().then(
      (data) => current && setState({ kind: 'ready', data }),
      (error: unknown) => current && setState({ kind: 'error', message: errorMessage(error) }),
    )
    return () => {
      current = false
    }
  }, [stableLoad, version, attempt])
  const data =
    state.kind === 'ready' ? state.data : state.kind === 'loading' ? state.previous : null
  return { state, data, reload: () => setAttempt((a) => a + 1) }
}
