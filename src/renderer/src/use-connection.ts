import { useCallback, useEffect, useState } from 'react'
import type { ConnectionStatusDto } from '../../shared/dto'
import { errorMessage, getApi } from './api'

/** The connection status, kept current by the core's `auth:changed` events. */
export function useConnection() {
  const [status, setStatus] = useState<ConnectionStatusDto | null>(null)
  const [error, setError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    try {
      setStatus(await getApi().auth.status())
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    void refresh()
    return getApi().on('auth:changed', setStatus)
  }, [refresh])

  return { status, setStatus, error, setError, refresh }
}
