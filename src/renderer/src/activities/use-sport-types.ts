import { useEffect, useState } from 'react'
import { getApi } from '../api'

/** The sport types in the library, re-read whenever a sync may have added one. */
export function useSportTypes(refreshTick: number): string[] {
  const [sportTypes, setSportTypes] = useState<string[]>([])
  useEffect(() => {
    let current = true
    getApi()
      .library.sportTypes()
      .then(
        (types) => {
          if (current) setSportTypes(types)
        },
        () => undefined,
      )
    return () => {
      current = false
    }
  }, [refreshTick])
  return sportTypes
}
