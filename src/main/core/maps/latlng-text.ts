/**
 * The `latlng` stream read straight from the stored streams' JSON text into a Float64Array,
 * without parsing the other streams or making an array per point: the maps need only positions,
 * and parsing was most of the cost of preparing an activity. Numbers come out exactly as
 * JSON.parse reads them.
 */
import type { Positions } from './geo'

const KEY = '"latlng":['

/** Powers of ten exact in a double (10^22 is the last). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`))
/** More significant digits than this may not fit 2^53, where the fast path stops being exact. */
const EXACT_DIGITS = 15

/** Character codes the reader looks for. */
const Char = {
  Comma: 44,
  Minus: 45,
  Dot: 46,
  Zero: 48,
  Nine: 57,
  Open: 91,
  Close: 93,
  E: 69,
  LowerE: 101,
  LowerN: 110,
} as const

/** A cursor over the text; `at` is left after whatever was last read. */
class Reader {
  at: number
  constructor(
    readonly text: string,
    at: number,
  ) {
    this.at = at
  }

  /**
   * A JSON number or `null` (NaN) at the cursor; undefined when neither is there. Up to 15
   * significant digits and 22 decimals, an exact integer divided by an exact power of ten: one
   * rounding, the same double as Number() gives (Clinger's fast path). Anything longer takes
   * Number() itself.
   */
  value(): number | undefined {
    const text = this.text
    const start = this.at
    let i = start
    if (text.charCodeAt(i) === Char.LowerN) {
      if (!text.startsWith('null', i)) return undefined
      this.at = i + 4
      return Number.NaN
    }
    const negative = text.charCodeAt(i) === Char.Minus
    if (negative) i++
    let mantissa = 0
    let digits = 0
    let significant = 0
    let decimals = 0
    let c = text.charCodeAt(i)
    for (; c >= Char.Zero && c <= Char.Nine; c = text.charCodeAt(++i)) {
      mantissa = mantissa * 10 + (c - Char.Zero)
      digits++
      if (mantissa > 0) significant++
    }
    if (c === Char.Dot) {
      for (c = text.charCodeAt(++i); c >= Char.Zero && c <= Char.Nine; c = text.charCodeAt(++i)) {
        mantissa = mantissa * 10 + (c - Char.Zero)
        digits++
        decimals++
        if (mantissa > 0) significant++
      }
    }
    if (digits === 0) return undefined
    if (c === Char.E || c === Char.LowerE) {
      i = this.skipExponent(i + 1)
      this.at = i
      return Number(text.slice(start, i))
    }
    this.at = i
    if (significant > EXACT_DIGITS || decimals >= POW10.length) return Number(text.slice(start, i))
    const value = decimals === 0 ? mantissa : mantissa / (POW10[decimals] as number)
    return negative ? -value : value
  }

  private skipExponent(from: number): number {
    let i = from
    const sign = this.text[i]
    if (sign === '+' || sign === '-') i++
    for (let c = this.text.charCodeAt(i); c >= Char.Zero && c <= Char.Nine;) {
      c = this.text.charCodeAt(++i)
    }
    return i
  }
}

/** A Float64Array that doubles when full. */
class Growing {
  private values = new Float64Array(4096)
  length = 0

  push(a: number, b: number): void {
    if (this.length + 2 > this.values.length) {
      const larger = new Float64Array(this.values.length * 2)
      larger.set(this.values)
      this.values = larger
    }
    this.values[this.length++] = a
    this.values[this.length++] = b
  }

  done(): Float64Array {
    return this.values.slice(0, this.length)
  }
}

/**
 * The positions of the `latlng` stream in `json` (JSON.stringify of a stream set): lat, lon
 * pairs, NaN for a sample without a position (null, or a pair holding null or a lone number).
 * An empty array when there is no latlng stream; null when the text is not in the shape
 * JSON.stringify gives (then parse it whole).
 */
export function positionsFromJson(json: string): Positions | null {
  const found = json.indexOf(KEY)
  if (found < 0) return new Float64Array(0)
  const reader = new Reader(json, found + KEY.length)
  const out = new Growing()
  for (;;) {
    const c = json.charCodeAt(reader.at)
    if (c === Char.Close) return out.done()
    if (c === Char.Comma) {
      reader.at++
      continue
    }
    if (c !== Char.Open) {
      // A sample that is not a pair: null or a number places nothing; anything else is unknown.
      if (reader.value() === undefined) return null
      out.push(Number.NaN, Number.NaN)
      continue
    }
    reader.at++
    const lat = reader.value()
    if (lat === undefined || json.charCodeAt(reader.at) !== Char.Comma) return null
    reader.at++
    const lon = reader.value()
    if (lon === undefined || json.charCodeAt(reader.at) !== Char.Close) return null
    reader.at++
    if (Number.isNaN(lat) || Number.isNaN(lon)) out.push(Number.NaN, Number.NaN)
    else out.push(lat, lon)
  }
}
