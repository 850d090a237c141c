import { useCallback, useState } from 'react'
import type { StretchComparisonDto } from '../../../shared/maps-dto'
import { errorMessage, getApi } from '../api'

export type LatLng = [number, number]

export interface StretchState {
  picking: boolean
  from: LatLng | null
  result: StretchComparisonDto | null
  error: string | null
}

/** Picking a stretch on the detail map (two clicks) and its comparison across the same route. */
export function useStretch(activityId: number) {
  const [state, setState] = useState<StretchState>({
    picking: false,
    from: null,
    result: null,
    error: null,
  })
  const start = useCallback(
    () => setState({ picking: true, from: null, result: null, error: null }),
    [],
  )
  const cancel = useCallback(
    () => setState({ picking: false, from: null, result: null, error: null }),
    [],
  )
  const pick = useCallback(
    (point: LatLng) => {
      setState((current) => {
        if (!current.picking) return current
        if (!current.from) return { ...current, from: point }
        const from = current.from
        getApi()
          .maps.compareStretch({ id: activityId, from, to: point })
          .then(
            (result) => setState({ picking: false, from: null, result, error: null }),
            (error: unknown) =>
              setState({ picking: false, from: null, result: null, error: errorMessage(error) }),
          )
        return { ...current, picking: false }
      })
    },
    [activityId],
  )
  return { state, start, cancel, pick }
}

export type StretchController = ReturnType<typeof useStretch>
