/** Values as GPX and TCX write them: numbers, ISO 8601 times, namespaced element names. */

/** An element's name without its namespace prefix (`gpxtpx:hr` → `hr`). */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/** A finite number, or undefined for empty or non-numeric text. */
export function toNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : undefined
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i

/**
 * UTC milliseconds of an XML Schema `dateTime`. GPX and TCX times are UTC: a time written
 * without a zone is read as UTC, never in the machine's zone (which `Date.parse` would use).
 */
export function parseXmlTime(text: string): number | undefined {
  const match = ISO_TIME.exec(text.trim())
  if (!match) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24) return undefined
  if (Number(mi) > 59 || Number(s) > 60) return undefined
  const ms = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0
  const utc = Date.UTC(Number(y), month - 1, day, hour, Number(mi), Number(s), ms)
  if (zone.toUpperCase() === 'Z') return utc
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')
  return utc - sign * offsetMinutes * 60_000
}
