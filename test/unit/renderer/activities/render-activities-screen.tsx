import { render } from '@testing-library/react'
import {
  ActivitiesScreen,
  resetActivitiesScreen,
} from '../../../../src/renderer/src/activities/activities-screen'
import { ConnectionContext } from '../../../../src/renderer/src/connection-context'
import {
  PreferencesProvider,
  usePreferences,
} from '../../../../src/renderer/src/preferences-context'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, type FakeApiOptions } from '../fake-api'

function UnitsSwitch() {
  const { update } = usePreferences()
  return (
    <button type="button" onClick={() => void update({ units: 'imperial' })}>
      Use miles
    </button>
  )
}

/**
 * The Activities screen over a fake bridge, with a "Use miles" button to switch units;
 * connected to Strava unless `options.connection` says otherwise.
 */
export function renderScreen(options: FakeApiOptions = {}) {
  const fake = installFakeApi(options)
  const view = render(
    <ConnectionContext.Provider value={fake.connection.state}>
      <PreferencesProvider>
        <UnitsSwitch />
        <ActivitiesScreen />
      </PreferencesProvider>
    </ConnectionContext.Provider>,
  )
  return { fake, ...view }
}

/** A fresh screen for each test: DOM stubs jsdom lacks, and no state kept from the last one. */
export function resetScreen() {
  installDomStubs()
  resetActivitiesScreen()
}
