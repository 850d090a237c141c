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
    return api.on('sync:finished', ask)
  }, [])
  return has
}

/** Above every screen while not connected: compact once there is a library to look at. */
export function ConnectBanner({
  status,
  onChange,
}: {
  status: ConnectionStatusDto
  onChange: (status: ConnectionStatusDto) => void
}) {
  const hasActivities = useLibraryHasActivities()
  if (hasActivities === null) return null
  if (hasActivities) return <ConnectScreen status={status} onChange={onChange} compact />
  return (
    <div className="connect-banner">
      <ConnectScreen status={status} onChange={onChange} />
    </div>
  )
}
