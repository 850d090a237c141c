import type { ReactNode } from 'react'
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
