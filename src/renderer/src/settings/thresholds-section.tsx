import { useEffect, useState } from 'react'
import type { ThresholdEstimateDto, ThresholdsDto } from '../../../shared/lab-dto'
import { errorMessage, getApi } from '../api'
import { formatLocalDate } from '../format/dates'
import { ActivityLink } from '../lab/activity-link'
import { usePreferences } from '../preferences-context'
import { SettingsSection } from './settings-section'
import { ThresholdForm } from './threshold-form'
import {
  formatThresholdValue,
  THRESHOLD_ORDER,
  thresholdLabel,
  type ThresholdValue,
} from './threshold-text'

/** Estimates the user set aside this session: shown again only when the value changes. */
const declined = new Set<string>()

/** The athlete's dated thresholds, their history, and estimates from the data to accept or not. */
export function ThresholdsSection() {
  const { units, dates } = usePreferences()
  const [thresholds, setThresholds] = useState<ThresholdsDto | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [, setDeclinedCount] = useState(0)
  useEffect(() => {
    getApi()
      .lab.thresholds()
      .then(setThresholds, (e: unknown) => setError(errorMessage(e)))
  }, [])
  const act = async (call: () => Promise<ThresholdsDto>) => {
    setError(null)
    try {
      setThresholds(await call())
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const today = thresholds?.today ?? {}
  const estimates = (thresholds?.estimates ?? []).filter(
    (e) => !declined.has(`${e.kind}:${e.value}`),
  )
  return (
    <SettingsSection id="settings-thresholds" title="Athlete thresholds">
      <p className="settings-hint">
        Stress scores, zones and fitness use the values in force on each activity’s day. A value
        applies from its date until the next one of the same kind; changing one recomputes only the
        activities it applies to.
      </p>
      <dl className="threshold-today">
        {THRESHOLD_ORDER.map((kind) => {
          const value = today[kind]
          return (
            <div key={kind}>
              <dt>{thresholdLabel(kind)}</dt>
              <dd>
                {value === undefined ? (
                  <span className="note">not set</span>
                ) : (
                  formatThresholdValue({ kind, value } as ThresholdValue, units)
                )}
              </dd>
            </div>
          )
        })}
      </dl>
      {estimates.map((estimate) => (
        <EstimateOffer
          key={estimate.kind}
          estimate={estimate}
          onAccept={() =>
            act(() => getApi().lab.setThresholds({ values: { [estimate.kind]: estimate.value } }))
          }
          onDecline={() => {
            declined.add(`${estimate.kind}:${estimate.value}`)
            setDeclinedCount((n) => n + 1)
          }}
        />
      ))}
      <ThresholdForm
        todayDate={thresholds?.todayDate ?? ''}
        onSave={(values, from) => act(() => getApi().lab.setThresholds({ values, from }))}
      />
      {thresholds && thresholds.entries.length > 0 && (
        <table className="settings-table">
          <caption>History, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Threshold</th>
              <th scope="col">Value</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {thresholds.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatLocalDate(`${entry.from}T00:00:00`, dates)}</td>
                <td>{thresholdLabel(entry.kind)}</td>
                <td>{formatThresholdValue(entry, units)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove ${thresholdLabel(entry.kind)} from ${entry.from}`}
                    onClick={() => void act(() => getApi().lab.removeThreshold({ id: entry.id }))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </SettingsSection>
  )
}

function EstimateOffer({
  estimate,
  onAccept,
  onDecline,
}: {
  estimate: ThresholdEstimateDto
  onAccept: () => void
  onDecline: () => void
}) {
  const { units, dates } = usePreferences()
  const value = formatThresholdValue({ kind: estimate.kind, value: estimate.value }, units)
  const current =
    estimate.current === null
      ? 'not set'
      : formatThresholdValue({ kind: estimate.kind, value: estimate.current }, units)
  return (
    <div
      className="threshold-estimate"
      role="group"
      aria-label={`Suggested ${thresholdLabel(estimate.kind)}`}
    >
      <p>
        <strong>
          Suggested {thresholdLabel(estimate.kind)}: {value}
        </strong>{' '}
        (now {current}). {estimate.rule} From <ActivityLink activity={estimate.activity} />,{' '}
        {formatLocalDate(estimate.activity.startDateLocal, dates)}.
      </p>
      <div className="actions">
        <button type="button" onClick={onDecline}>
          Not now
        </button>
        <button type="button" className="primary" onClick={onAccept}>
          Use {value} from today
        </button>
      </div>
    </div>
  )
}
