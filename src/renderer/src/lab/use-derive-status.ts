import { useEffect, useState } from 'react'
import type { DeriveProgressDto } from '../../../shared/dto'
import { getApi } from '../api'

/**
 * The lab's background analysis as the core reports it: the progress of a running refresh (null
 * when idle) and a version that grows when one finishes, for screens to read their figures again.
 */
export function useDeriveStatus(): { progress: DeriveProgressDto | null; version: number } {
  const [progress, setProgress] = useState<DeriveProgressDto | null>(null)
  const [version, setVersion] = useState(0)
  useEffect(
    () =>
      getApi().on('derive:progress', (next) => {
        if (next.done >= next.total) {
          setProgress(null)
          setVersion((v) => v + 1)
        } else {
          setProgress(next)
        }
      }),
    [],
  )
  return { progress, version }
}
