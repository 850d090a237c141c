import { useCallback, useEffect, useState } from 'react'
import type { SyncStatusDto } from '../../shared/dto'
import { getApi } from './api'

/** The background sync as the core reports it, kept live by progress and finished events. */
export function useSyncStatus() {
  const [status, setStatus] = useState<SyncStatusDto | null>(null)
  const refresh = useCallback(() => {
    void getApi()
      .sync.status()
      .then(setStatus, () => undefined)
  }, [])
  useEffect(() => {
    refresh()
    const api = getApi()
    const offProgress = api.on('sync:progress', (progress) =>
      setStatus((s) => ({
        running: progress.phase !== 'done' && progress.phase !== 'idle',
        progress,
        lastSyncAt: s?.lastSyncAt ?? null,
        lastResult: s?.lastResult ?? null,
      })),
    )
    const offFinished = api.on('sync:finished', () => refresh())
    return () => {
      offProgress()
      offFinished()
    }
  }, [refresh])
  const syncNow = useCallback(async () => setStatus(await getApi().sync.now()), [])
  return { status, syncNow }
}
