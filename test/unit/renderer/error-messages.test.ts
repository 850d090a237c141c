import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../../src/shared/error-codes'
import { BridgeError } from '../../../src/shared/expose-api'
import { ERROR_SENTENCES, errorMessage } from '../../../src/renderer/src/error-messages'

describe('error sentences', () => {
  it('has a sentence for every error code, and none for codes that do not exist', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_SENTENCES[code]?.trim(), code).toMatch(/^[A-Z].+\.$/)
    }
    expect(Object.keys(ERROR_SENTENCES).sort()).toEqual([...ERROR_CODES].sort())
  })

  it("shows the core's own sentence, the code's sentence when there is none, and never internals", () => {
    expect(errorMessage(new BridgeError('NETWORK', 'Strava did not answer in time.'))).toBe(
      'Strava did not answer in time.',
    )
    expect(errorMessage(new BridgeError('BRIDGE_CLOSED', ''))).toBe(
      'Lost the connection to Trailkeep. Reload the page.',
    )
    expect(errorMessage(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      'Something went wrong.',
    )
    expect(errorMessage('boom')).toBe('Something went wrong.')
  })
})
