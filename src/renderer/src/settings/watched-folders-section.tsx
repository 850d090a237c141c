import { useEffect, useState } from 'react'
import type { WatchedFolderDto } from '../../../shared/folders-dto'
import { activityCount } from '../../../shared/count-text'
import { errorMessage, getApi } from '../api'
import { formatInstant } from '../format/dates'
import { usePreferences } from '../preferences-context'
import { SettingsSection } from './settings-section'

/**
 * Folders whose new device files are imported on launch and while Trailkeep runs: a watch's
 * `GARMIN/Activity` folder, a sync folder.
 */
export function WatchedFoldersSection() {
  const [folders, setFolders] = useState<WatchedFolderDto[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { dates } = usePreferences()

  useEffect(() => {
    const api = getApi()
    let current = true
    api.folders
      .list()
      .then((list) => current && setFolders(list))
      .catch((e: unknown) => current && setError(errorMessage(e)))
    const off = api.on('folders:changed', (list) => current && setFolders(list))
    return () => {
      current = false
      off()
    }
  }, [])

  async function run(action: () => Promise<WatchedFolderDto[] | null>) {
    setBusy(true)
    setError(null)
    try {
      const list = await action()
      if (list) setFolders(list)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const api = getApi()
  return (
    <SettingsSection id="settings-folders" title="Watched folders">
      <p className="note">
        New FIT, GPX and TCX files in these folders (and their subfolders) are imported when
        Trailkeep starts and while it runs: your watch’s <code>GARMIN/Activity</code> folder, or a
        folder an app syncs to. A file still being copied is read once it stops growing.
      </p>
      {folders && folders.length > 0 && (
        <ul className="folder-list" aria-label="Watched folders">
          {folders.map((folder) => (
            <li key={folder.id} className="folder-item">
              <div className="folder-text">
                <span className="settings-path-inline folder-path">{folder.path}</span>
                {folder.problem ? (
                  <span className="folder-problem">{folder.problem}</span>
                ) : (
                  <span className="note">
                    {folder.lastScanAt
                      ? `Looked ${formatInstant(folder.lastScanAt, dates)}`
                      : 'Not looked at yet'}
                    {` · ${activityCount(folder.activitiesAdded)} added`}
                  </span>
                )}
              </div>
              <button
                type="button"
                disabled={busy}
                aria-label={`Stop watching ${folder.path}`}
                onClick={() => void run(() => api.folders.remove({ id: folder.id }))}
              >
                Stop watching
              </button>
            </li>
          ))}
        </ul>
      )}
      {folders?.length === 0 && <p>No folder is watched yet.</p>}
      <div className="settings-row">
        <button type="button" disabled={busy} onClick={() => void run(() => api.folders.add())}>
          Watch a folder…
        </button>
        {folders && folders.length > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => api.folders.scanNow())}
          >
            {busy ? 'Looking…' : 'Look now'}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </SettingsSection>
  )
}
