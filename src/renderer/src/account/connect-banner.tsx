import { useEffect, useState } from 'react'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { getApi } from '../api'
import { ConnectScreen } from './connect-screen'

/** Whether anything is backed up; null until known. Asked again after each sync. */
function useLibraryHasActivities(): boolean | null {
  const [has, setHas] = useState<boolean | null>(null)
  useEffect(() => {
    const api = getApi()
    const ask = () => {
      api.library
        .list({ includeDeleted: true, limit: 1 })
        .then((page) => setHas(page.total > 0))
        .catch(() => setHas(false))
    }
    ask()
    const offSync = api.on('sync:finished', ask)
    const offChanged = api.on('library:changed', ask)
    return () => {
      offSync()
      offChanged()
    }
  }, [])
  return has
}

/**
 * Above every screen while not connected: compact once there is a library to look at. A library
 * started from files, with no API application yet, is offered the Strava door in Settings.
 */
export function ConnectBanner({
  status,
  onChange,
  onSetUpStrava,
}: {
  status: ConnectionStatusDto
  onChange: (status: ConnectionStatusDto) => void
  onSetUpStrava: () => void
}) {
  const hasActivities = useLibraryHasActivities()
  if (!status.credentials.configured) {
    return (
      <section className="connect-strip" aria-labelledby="connect-title">
        <div className="connect-strip-text">
          <h2 id="connect-title">Your library comes from your files</h2>
          <p className="note">
            With a Strava API application of your own, new activities also arrive by themselves.
          </p>
        </div>
        <button type="button" onClick={onSetUpStrava}>
          Set up Strava access…
        </button>
      </section>
    )
  }
  if (hasActivities === null) return null
  if (hasActivities) return <ConnectScreen status={status} onChange={onChange} compact />
  return (
    <div className="connect-banner">
      <ConnectScreen status={status} onChange={onChange} />
    </div>
  )
}
