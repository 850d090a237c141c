import { useEffect, useState } from 'react'
import {
  SEXES,
  thresholdProblem,
  type Sex,
  type ThresholdKind,
  type ThresholdPatch,
} from '../../../shared/lab-thresholds'
import { usePreferences } from '../preferences-context'
import {
  parseThresholdInput,
  THRESHOLD_ORDER,
  thresholdInputUnit,
  thresholdLabel,
} from './threshold-text'

/** Adds one dated value: a kind, its value in the chosen units, and the day it applies from. */
export function ThresholdForm({
  todayDate,
  onSave,
}: {
  todayDate: string
  onSave: (values: ThresholdPatch, from: string) => Promise<void>
}) {
  const { units } = usePreferences()
  const [kind, setKind] = useState<ThresholdKind>('ftp')
  const [text, setText] = useState('')
  const [sex, setSex] = useState<Sex>('male')
  const [from, setFrom] = useState(todayDate)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => setFrom((f) => f || todayDate), [todayDate])
  const submit = async () => {
    if (kind === 'sex') {
      await onSave({ sex }, from)
      return
    }
    const value = parseThresholdInput(kind, text, units)
    const wrong =
      value === null
        ? `Write the ${thresholdLabel(kind).toLowerCase()} in ${thresholdInputUnit(kind, units)}.`
        : thresholdProblem(kind, value)
    setProblem(wrong)
    if (wrong || value === null) return
    await onSave({ [kind]: value }, from)
    setText('')
  }
  const unit = thresholdInputUnit(kind, units)
  return (
    <form
      className="threshold-form"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <label className="settings-field">
        Threshold
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ThresholdKind)
            setProblem(null)
          }}
        >
          {THRESHOLD_ORDER.map((k) => (
            <option key={k} value={k}>
              {thresholdLabel(k)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'sex' ? (
        <label className="settings-field">
          Value
          <select value={sex} onChange={(e) => setSex(e.target.value as Sex)}>
            {SEXES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label className="settings-field">
          Value ({unit})
          <input
            value={text}
            inputMode={unit.startsWith('min') ? 'text' : 'decimal'}
            placeholder={unit.startsWith('min') ? 'm:ss' : ''}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      )}
      <label className="settings-field">
        From
        <input type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        Add
      </button>
      {problem && <p className="field-error">{problem}</p>}
    </form>
  )
}
