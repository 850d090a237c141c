import { useCallback, useEffect, useState } from 'react'
import type { TotalsDto } from '../../../shared/library-dto'
import { errorMessage, getApi } from '../api'
import type { TotalsPeriod } from './totals-periods'

export type TotalsState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready'
      /** The query these totals answer (the controls may already ask for the next one). */
      period: TotalsPeriod
      sportType: string | null
      totals: TotalsDto
      sportTypes: string[]
    }

/**
 * The totals for one period and sport filter, plus every sport type backed up. Loads again
 * after each sync, so new activities appear without leaving the screen.
 */
export function useTotals(period: TotalsPeriod, sportType: string | null) {
  const [state, setState] = useState<TotalsState>({ kind: 'loading' })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  useEffect(() => getApi().on('sync:finished', reload), [reload])

  useEffect(() => {
    let current = true
    const api = getApi()
    const query = sportType === null ? { period } : { period, sportType }
    Promise.all([api.library.totals(query), api.library.sportTypes()]).then(
      ([totals, sportTypes]) => {
        if (current) setState({ kind: 'ready', period, sportType, totals, sportTypes })
      },
      (error: unknown) => {
        if (current) setState({ kind: 'error', message: errorMessage(error) })
      },
    )
    return () => {
      current = false
    }
  }, [period, sportType, generation])

  return { state, reload }
}
