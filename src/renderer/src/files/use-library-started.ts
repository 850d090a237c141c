import { useEffect, useState } from 'react'
import { getApi } from '../api'

/**
 * Whether the athlete has begun a library without Strava: it holds activities, or a folder is
 * watched for them. Null until known; asked again whenever the library changes.
 */
export function useLibraryStarted(): boolean | null {
  const [started, setStarted] = useState<boolean | null>(null)
  useEffect(() => {
    const api = getApi()
    let current = true
    const ask = () => {
      Promise.all([api.library.list({ includeDeleted: true, limit: 1 }), api.folders.list()])
        .then(([page, folders]) => current && setStarted(page.total > 0 || folders.length > 0))
        .catch(() => current && setStarted(false))
    }
    ask()
    const offChanged = api.on('library:changed', ask)
    const offFolders = api.on('folders:changed', ask)
    const offSync = api.on('sync:finished', ask)
    return () => {
      current = false
      offChanged()
      offFolders()
      offSync()
    }
  }, [])
  return started
}
