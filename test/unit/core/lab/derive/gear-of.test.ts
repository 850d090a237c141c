import { expect, it } from 'vitest'
import { gearIdOf } from '../../../../../src/main/core/lab/derive/gear-of'

it('reads the summary’s gear id, and never one written inside a name', () => {
  expect(gearIdOf(JSON.stringify({ name: 'Ride', gear_id: 'b9876543' }))).toBe('b9876543')
  expect(gearIdOf(JSON.stringify({ gear_id: null }))).toBeNull()
  expect(gearIdOf(JSON.stringify({ name: '"gear_id":"b666"', gear_id: null }))).toBeNull()
  expect(gearIdOf(JSON.stringify({ name: '"gear_id":"b666"', gear_id: 'g1' }))).toBe('g1')
})
