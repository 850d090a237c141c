// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installDomStubs } from '../dom-setup'
import { loaded, renderSettings, section } from './render-settings'

beforeEach(() => installDomStubs())
afterEach(() => cleanup())

describe('Settings: data folder and token protection', () => {
  it('shows the data folder as read-only, selectable text', async () => {
    renderSettings()
    await loaded()
    const folder = within(section('Data')).getByRole<HTMLInputElement>('textbox', {
      name: 'Data folder',
    })
    expect(folder.value).toBe('/tmp/trailkeep')
    expect(folder.readOnly).toBe(true)
  })

  it('says how tokens are protected', async () => {
    renderSettings()
    await loaded()
    const security = section('Security')
    // The settings' own description, as the core reports it.
    expect(security.textContent).toMatch(/stored encrypted with a passphrase\./)
    expect(security.querySelector('.warning')).toBeNull()
  })

  it('warns when tokens are kept in memory only', async () => {
    const memoryOnly = {
      kind: 'memory-only',
      description: 'TRAILKEEP_PASSPHRASE is not set, so tokens are never written to disk.',
    } as const
    renderSettings({ connection: { tokenProtection: memoryOnly } })
    await loaded()
    const warning = section('Security').querySelector('.warning')
    expect(warning?.textContent).toMatch(/kept in memory only/)
    expect(warning?.textContent).toMatch(/TRAILKEEP_PASSPHRASE is not set/)
    expect(warning?.textContent).toMatch(/connect again each time Trailkeep starts/)
  })
})
