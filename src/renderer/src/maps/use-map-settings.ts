import { useCallback, useEffect, useState } from 'react'
import type { MapSettingsDto } from '../../../shared/maps-dto'
import { getApi } from '../api'

const listeners = new Set<(settings: MapSettingsDto) => void>()

/** Tells every map on screen that the base map or the online opt-in changed. */
export function announceMapSettings(settings: MapSettingsDto): void {
  for (const listener of listeners) listener(settings)
}

/** The map settings (null while loading), current across screens. */
export function useMapSettings(): { settings: MapSettingsDto | null; failed: boolean } {
  const [settings, setSettings] = useState<MapSettingsDto | null>(null)
  const [failed, setFailed] = useState(false)
  const update = useCallback((next: MapSettingsDto) => setSettings(next), [])
  useEffect(() => {
    let live = true
    listeners.add(update)
    getApi()
      .maps.settings()
      .then((s) => live && setSettings(s))
      .catch(() => live && setFailed(true))
    return () => {
      live = false
      listeners.delete(update)
    }
  }, [update])
  return { settings, failed }
}
