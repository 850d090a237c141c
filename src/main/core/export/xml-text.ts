/**
 * XML text for user-written fields (names, descriptions): escaped, and stripped of characters
 * XML 1.0 cannot carry at all (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/F).
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** `<tag>text</tag>` with the text escaped. */
export function textElement(tag: string, text: string): string {
  return `<${tag}>${escapeXml(text)}</${tag}>`
}

/** ISO 8601 UTC without a fractional part when the time is a whole second. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

/**
 * A number as XML text: JavaScript's shortest round-trip form, so a reader gets back exactly the
 * stored value. Exponent notation (tiny or huge values) is not valid xsd:decimal, so those are
 * written out in full.
 */
export function xmlNumber(value: number): string {
  const text = String(value)
  if (!/e/i.test(text)) return text
  return value.toFixed(20).replace(/\.?0+$/, '')
}
