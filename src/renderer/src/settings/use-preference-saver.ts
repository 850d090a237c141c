import { useCallback, useEffect, useRef, useState } from 'react'
import type { PreferencesDto, PreferencesPatch } from '../../../shared/settings-dto'
import { errorMessage } from '../api'
import { usePreferences } from '../preferences-context'

export type SectionId = 'units' | 'sync' | 'retention'

export type SaveStatus =
  | { section: SectionId; kind: 'saved' }
  | { section: SectionId; kind: 'error'; message: string }
  | null

/** How long "Saved" stays next to a section's title. */
export const SAVED_VISIBLE_MS = 2_500

/**
 * Saves each change at once through the shared preferences (so every screen follows), shows
 * the new value while the save travels, and reports "Saved" or the error for the section.
 */
export function usePreferenceSaver(preferences: PreferencesDto) {
  const { update } = usePreferences()
  const [pending, setPending] = useState<Record<string, { seq: number; value: unknown }>>({})
  const [status, setStatus] = useState<SaveStatus>(null)
  const seq = useRef(0)

  useEffect(() => {
    if (status?.kind !== 'saved') return
    const timer = setTimeout(() => setStatus(null), SAVED_VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [status])

  const save = useCallback(
    async (section: SectionId, patch: PreferencesPatch) => {
      const mine = ++seq.current
      const entries = Object.entries(patch)
      setPending((p) => ({
        ...p,
        ...Object.fromEntries(entries.map(([key, value]) => [key, { seq: mine, value }])),
      }))
      try {
        await update(patch)
        setStatus({ section, kind: 'saved' })
      } catch (error) {
        setStatus({ section, kind: 'error', message: errorMessage(error) })
      } finally {
        // A later change to the same setting keeps showing until its own save returns.
        setPending((p) => {
          const next = { ...p }
          for (const [key] of entries) if (next[key]?.seq === mine) delete next[key]
          return next
        })
      }
    },
    [update],
  )

  const shown = { ...preferences }
  for (const [key, entry] of Object.entries(pending)) {
    Object.assign(shown, { [key]: entry.value })
  }
  return { preferences: shown, save, status }
}
