import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import {
  DEFAULT_PREFERENCES,
  type PreferencesPatch,
  type SettingsDto,
} from '../../shared/settings-dto'
import { getApi } from './api'

interface PreferencesContextValue {
  settings: SettingsDto | null
  units: SettingsDto['preferences']['units']
  update(patch: PreferencesPatch): Promise<void>
}

const PreferencesContext = createContext<PreferencesContextValue>({
  settings: null,
  units: DEFAULT_PREFERENCES.units,
  update: async () => undefined,
})

/** Loads settings once and shares them (units above all) with every screen. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<SettingsDto | null>(null)
  useEffect(() => {
    void getApi()
      .settings.get()
      .then(setSettings, () => undefined)
  }, [])
  const update = useCallback(async (patch: PreferencesPatch) => {
    setSettings(await getApi().settings.update(patch))
  }, [])
  const units = settings?.preferences.units ?? DEFAULT_PREFERENCES.units
  return (
    <PreferencesContext.Provider value={{ settings, units, update }}>
      {children}
    </PreferencesContext.Provider>
  )
}

export function usePreferences(): PreferencesContextValue {
  return useContext(PreferencesContext)
}
