/** Seeded generator of hostile payloads for every bridge channel (wrong types, huge, polluting). */
export { seededRandom as createPrng } from './seeded-random'

const NASTY_STRINGS = [
  "'; DROP TABLE activities; --",
  '" OR 1=1 --',
  'NEAR(a b) * "',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '\u0000\u0001\u202e',
  '𝕿𝖗𝖆𝖎𝖑𝖐𝖊𝖊𝖕 🏃‍♀️',
  '%s%n%x',
  '__proto__',
  'constructor',
]

/** A value that is never valid for any channel's schema. */
export function hostileValue(rand: () => number, depth = 0): unknown {
  const pick = Math.floor(rand() * 14)
  switch (pick) {
    case 0:
      return NASTY_STRINGS[Math.floor(rand() * NASTY_STRINGS.length)]
    case 1:
      return 'x'.repeat(1000 + Math.floor(rand() * 200_000))
    case 2:
      return Number.NaN
    case 3:
      return -1 - Math.floor(rand() * 1e9)
    case 4:
      return Number.MAX_VALUE
    case 5:
      return null
    case 6:
      return true
    case 7:
      return JSON.parse(
        '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
      )
    case 8:
      return depth > 3 ? [] : Array.from({ length: 3 }, () => hostileValue(rand, depth + 1))
    case 9:
      return { id: hostileValue(rand, depth + 1), extra: 1 }
    case 10:
      return { search: 'x'.repeat(201) }
    case 11:
      return { limit: 100_000, offset: -5 }
    case 12:
      return { deleteData: 'true' }
    default:
      return { units: 'furlongs', syncIntervalMinutes: 3 }
  }
}
