import { useEffect, useState } from 'react'
import type { ZoneModelDto, ZoneModelsDto, ZoneSlotDto } from '../../../shared/lab-dto'
import { errorMessage, getApi } from '../api'
import { SettingsSection } from './settings-section'

const THRESHOLD_OF: Record<ZoneModelDto['basis'], string> = {
  heartrate: 'threshold heart rate',
  power: 'FTP',
  pace: 'threshold speed (a faster pace is a higher percentage)',
}

/** Each zone model by name, editable: start from a published model, change bounds and names. */
export function ZoneModelsSection() {
  const [models, setModels] = useState<ZoneModelsDto | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    getApi()
      .lab.zoneModels()
      .then(setModels, (e: unknown) => setError(errorMessage(e)))
  }, [])
  const save = async (slot: ZoneSlotDto['slot'], model: ZoneModelDto | null) => {
    setError(null)
    try {
      setModels(
        await getApi().lab.setZoneModel({
          slot,
          model: model && { ...model, zones: [...model.zones] },
        }),
      )
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <SettingsSection id="settings-zones" title="Training zones">
      <p className="settings-hint">
        Time in zones uses these models with the thresholds in force on each activity’s day.
        Changing a model recomputes the activities it measures.
      </p>
      {models?.slots.map((slot) => (
        <ZoneSlotEditor
          key={slot.slot}
          slot={slot}
          presets={models.presets}
          onSave={(m) => save(slot.slot, m)}
        />
      ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </SettingsSection>
  )
}

function ZoneSlotEditor({
  slot,
  presets,
  onSave,
}: {
  slot: ZoneSlotDto
  presets: ZoneModelDto[]
  onSave: (model: ZoneModelDto | null) => Promise<void>
}) {
  const [draft, setDraft] = useState(slot.model)
  useEffect(() => setDraft(slot.model), [slot.model])
  const sameBasis = presets.filter((p) => p.basis === slot.model.basis)
  const setZone = (index: number, patch: Partial<{ name: string; from: number }>) =>
    setDraft((d) => ({
      ...d,
      zones: d.zones.map((z, i) => (i === index ? { ...z, ...patch } : z)),
    }))
  const changed = JSON.stringify(draft) !== JSON.stringify(slot.model)
  return (
    <details className="zone-slot">
      <summary>
        <strong>{slot.label}</strong>: {slot.model.name}
        {slot.isDefault ? ' (default)' : ''}
      </summary>
      <p className="settings-hint">
        Zones start at a percentage of {THRESHOLD_OF[slot.model.basis]}. Source:{' '}
        {draft.source || 'your own'}.
      </p>
      <label className="settings-field">
        Start from
        <select
          value=""
          onChange={(e) => {
            const preset = sameBasis.find((p) => p.name === e.target.value)
            if (preset) setDraft(preset)
          }}
        >
          <option value="">Choose a published model…</option>
          {sameBasis.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="settings-field">
        Model name
        <input
          value={draft.name}
          onChange={(e) =>
            setDraft({ ...draft, name: e.target.value, source: draft.source || 'my own' })
          }
        />
      </label>
      <table className="settings-table zone-table">
        <thead>
          <tr>
            <th scope="col">Zone</th>
            <th scope="col">From (%)</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.zones.map((zone, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`Zone ${i + 1} name`}
                  value={zone.name}
                  onChange={(e) => setZone(i, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Zone ${i + 1} starts at, percent`}
                  type="number"
                  min={0}
                  max={300}
                  step={1}
                  disabled={i === 0}
                  value={Math.round(zone.from * 1000) / 10}
                  onChange={(e) => setZone(i, { from: Number(e.target.value) / 100 })}
                />
              </td>
              <td>
                {i > 0 && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      setDraft({ ...draft, zones: draft.zones.filter((_, j) => j !== i) })
                    }
                  >
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="zone-actions">
        <button
          type="button"
          onClick={() => {
            const last = draft.zones.at(-1)?.from ?? 1
            setDraft({
              ...draft,
              zones: [
                ...draft.zones,
                { name: `Z${draft.zones.length + 1}`, from: Math.round((last + 0.1) * 100) / 100 },
              ],
            })
          }}
        >
          Add a zone
        </button>
        {!slot.isDefault && (
          <button type="button" onClick={() => void onSave(null)}>
            Back to the default
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={!changed}
          onClick={() => void onSave(draft)}
        >
          Save zones
        </button>
      </div>
    </details>
  )
}
