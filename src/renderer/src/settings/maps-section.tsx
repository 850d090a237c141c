import { useState } from 'react'
import type { MapSettingsDto } from '../../../shared/maps-dto'
import { errorMessage, getApi } from '../api'
import { announceMapSettings, useMapSettings } from '../maps/use-map-settings'
import { SettingsSection } from './settings-section'

/** The base map under every map: a PMTiles file of the user's, or online tiles after opting in. */
export function MapsSection() {
  const { settings } = useMapSettings()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function change(action: () => Promise<MapSettingsDto | null>) {
    setError(null)
    setBusy(true)
    try {
      const next = await action()
      if (next) announceMapSettings(next)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const base = settings?.baseMap
  return (
    <SettingsSection id="settings-maps" title="Maps">
      <p className="settings-hint">
        Maps draw your routes on a base map of your own: a PMTiles file of your region (for example
        an extract made with the pmtiles tool or downloaded from Protomaps). It is read from your
        disk; nothing is sent anywhere.
      </p>
      <p>
        {base ? (
          <>
            Base map: <strong>{base.name}</strong> ({base.kind === 'vector' ? 'vector' : 'picture'}{' '}
            tiles, zoom {base.minZoom}–{base.maxZoom})
          </>
        ) : settings?.baseMapMissing ? (
          <span className="error">The base map file is gone: choose it again.</span>
        ) : (
          'No base map: routes are drawn on a plain background with a scale bar.'
        )}
      </p>
      <div className="settings-row">
        <button
          type="button"
          disabled={busy}
          onClick={() => void change(() => getApi().maps.chooseBaseMap())}
        >
          {base ? 'Choose another base map…' : 'Choose a base map…'}
        </button>
        {(base || settings?.baseMapMissing) && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void change(() => getApi().maps.clearBaseMap())}
          >
            Remove base map
          </button>
        )}
      </div>
      <label className="settings-check settings-check-described">
        <input
          type="checkbox"
          checked={settings?.onlineTiles ?? false}
          disabled={busy || !settings}
          onChange={(e) => {
            const enabled = e.target.checked
            void change(() => getApi().maps.setOnlineTiles({ enabled }))
          }}
        />
        <span>
          Without a base map file, show OpenStreetMap’s online map
          <span className="settings-hint note">
            Tiles are fetched only for what you look at, kept for at least a week as OpenStreetMap
            asks, and credited on the map (© OpenStreetMap contributors). Your activities never
            leave this computer.
          </span>
        </span>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </SettingsSection>
  )
}
