import type { ReactNode } from 'react'
import type { PreferencesDto, PreferencesPatch } from '../../../shared/settings-dto'
import type { SaveStatus, SectionId } from './use-preference-saver'

/** One card of the Settings screen: a titled region with its "Saved" note and its errors. */
export function SettingsSection({
  id,
  title,
  status,
  children,
}: {
  id: string
  title: string
  status?: { of: SectionId; current: SaveStatus }
  children: ReactNode
}) {
  const mine = status && status.current?.section === status.of ? status.current : null
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <div className="settings-section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {status && (
          // Always present, so screen readers announce the word when it appears.
          <span role="status" className="settings-saved">
            {mine?.kind === 'saved' ? 'Saved' : ''}
          </span>
        )}
      </div>
      {children}
      {mine?.kind === 'error' && (
        <p role="alert" className="error">
          {mine.message}
        </p>
      )}
    </section>
  )
}

/** What every section of saved preferences gets from the Settings screen. */
export interface PreferenceSectionProps {
  preferences: PreferencesDto
  status: SaveStatus
  save: (section: SectionId, patch: PreferencesPatch) => Promise<void>
}

export interface Choice<T extends string> {
  value: T
  label: string
  hint?: string
}

/** A group of radio buttons for one preference. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChoose,
}: {
  legend: string
  name: string
  choices: readonly Choice<T>[]
  value: T
  onChoose: (value: T) => void
}) {
  return (
    <fieldset className="settings-choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChoose(choice.value)}
          />
          {choice.label}
          {choice.hint && <span className="settings-hint">{choice.hint}</span>}
        </label>
      ))}
    </fieldset>
  )
}
