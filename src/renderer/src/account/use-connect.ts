import { useState } from 'react'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { errorMessage, getApi } from '../api'

/** Connect with Strava and its Cancel, with the waiting state and the error to show. */
export function useConnect(
  status: ConnectionStatusDto,
  onChange: (status: ConnectionStatusDto) => void,
) {
  const [error, setError] = useState<string | null>(null)
  const [waiting, setWaiting] = useState(status.connecting)

  async function connect() {
    setWaiting(true)
    setError(null)
    try {
      onChange((await getApi().auth.connect()).status)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setWaiting(false)
    }
  }

  return {
    error,
    waiting,
    connect: () => void connect(),
    cancel: () => void getApi().auth.cancelConnect(),
  }
}
