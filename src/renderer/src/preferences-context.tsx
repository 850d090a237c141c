import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import {
  DEFAULT_PREFERENCES,
  type PreferencesPatch,
  type SettingsDto,
} from '../../shared/settings-dto'
import { getApi } from './api'
import { resolveDateStyle, type DateStyle } from './format/dates'

interface PreferencesContextValue {
  settings: SettingsDto | null
  units: SettingsDto['preferences']['units']
  /** How every date and time is written, from the `dateFormat` preference. */
  dates: DateStyle
  update(patch: PreferencesPatch): Promise<void>
}

const PreferencesContext = createContext<PreferencesContextValue>({
  settings: null,
  units: DEFAULT_PREFERENCES.units,
  dates: resolveDateStyle(DEFAULT_PREFERENCES.dateFormat),
  update: async () => undefined,
})

/** Loads settings once and shares them (units and date style above all) with every screen. */
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
  const dateFormat = settings?.preferences.dateFormat ?? DEFAULT_PREFERENCES.dateFormat
  const dates = useMemo(() => resolveDateStyle(dateFormat), [dateFormat])
  return (
    <PreferencesContext.Provider value={{ settings, units, dates, update }}>
      {children}
    </PreferencesContext.Provider>
  )
}

export function usePreferences(): PreferencesContextValue {
  return useContext(PreferencesContext)
}
