import { useEffect, useState } from 'react'
import { getApi } from '../api'

/**
 * Grows each time the map explorer finished preparing activities (after a sync or an import),
 * so tile URLs change and the map draws the new ones. Also tells whether it is preparing now.
 */
export function useMapDataVersion(): { version: number; preparing: string | null } {
  const [version, setVersion] = useState(0)
  const [preparing, setPreparing] = useState<string | null>(null)
  useEffect(
    () =>
      getApi().on('derive:progress', ({ kind, done, total }) => {
        if (kind !== 'maps') return
        if (done >= total) {
          setPreparing(null)
          setVersion((v) => v + 1)
        } else {
          setPreparing(
            `Preparing maps: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} activities…`,
          )
        }
      }),
    [],
  )
  return { version, preparing }
}
