import { useCallback, useEffect, useState } from 'react'
import type { PreferencesDto } from '../../../shared/settings-dto'
import { errorMessage, getApi } from '../api'
import { PurgeDialog } from './purge-dialog'
import {
  ChoiceGroup,
  SettingsSection,
  type Choice,
  type PreferenceSectionProps,
} from './settings-section'
import { activityCount } from '../../../shared/count-text'

const RETENTION_OPTIONS: readonly Choice<PreferencesDto['deletedRetention']>[] = [
  { value: 'keep', label: 'Keep them here, marked as deleted on Strava' },
  { value: 'purge-after-48h', label: 'Remove them 48 hours after Trailkeep finds them deleted' },
]

/** Backed-up activities that were deleted on Strava: the rest of the library leaves them out. */
async function countDeletedOnStrava(): Promise<number> {
  const api = getApi()
  const [all, present] = await Promise.all([
    api.library.list({ includeDeleted: true, limit: 1 }),
    api.library.list({ limit: 1 }),
  ])
  return Math.max(0, all.total - present.total)
}

export function RetentionSection({ preferences, status, save }: PreferenceSectionProps) {
  const [deleted, setDeleted] = useState<number | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [report, setReport] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const recount = useCallback(() => {
    countDeletedOnStrava().then(setDeleted, () => setDeleted(null))
  }, [])
  useEffect(() => {
    recount()
    return getApi().on('sync:finished', recount)
  }, [recount])

  async function purge() {
    setError(null)
    try {
      const removed = await getApi().library.purgeDeleted()
      setReport(
        removed === 0
          ? 'Nothing to remove: no backed-up activity has been deleted on Strava.'
          : `Removed ${activityCount(removed)} deleted on Strava.`,
      )
      recount()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <SettingsSection
      id="settings-retention"
      title="Deleted on Strava"
      status={{ of: 'retention', current: status }}
    >
      <p className="note">
        Strava’s API agreement asks that activities an athlete deletes on Strava disappear from
        copies like this one within 48 hours; Trailkeep runs under your own API application, so the
        choice below is yours.
      </p>
      <ChoiceGroup
        legend="Activities deleted on Strava"
        name="deletedRetention"
        choices={RETENTION_OPTIONS}
        value={preferences.deletedRetention}
        onChoose={(deletedRetention) => void save('retention', { deletedRetention })}
      />
      <div className="settings-row">
        <button
          type="button"
          onClick={() => {
            setReport(null)
            setConfirming(true)
          }}
        >
          Purge now
        </button>
        {report === null && deleted !== null && (
          <span className="note">
            {deleted === 0
              ? 'No backed-up activity has been deleted on Strava.'
              : `${activityCount(deleted)} here ${deleted === 1 ? 'was' : 'were'} deleted on Strava.`}
          </span>
        )}
        <span role="status" className="settings-report">
          {report ?? ''}
        </span>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {confirming && (
        <PurgeDialog
          count={deleted}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            await purge()
            setConfirming(false)
          }}
        />
      )}
    </SettingsSection>
  )
}
