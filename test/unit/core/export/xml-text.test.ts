import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { escapeXml, isoTime, xmlNumber } from '../../../../src/main/core/export/xml-text'

describe('escapeXml', () => {
  it('escapes markup and quotes and drops what XML 1.0 cannot carry', () => {
    const cases: [string, string][] = [
      ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
      ['Tom & Jerry "x" \'y\'', 'Tom &amp; Jerry &quot;x&quot; &apos;y&apos;'],
      ['a\u0000b\u0008c\u000bd\u001fe', 'abcde'],
      ['tab\tnew\nline\r', 'tab\tnew\nline\r'],
      ['lone \ud800 high, lone \udc00 low, pair 🚴', 'lone  high, lone  low, pair 🚴'],
      ['\ufffe\uffff', ''],
      [']]>', ']]&gt;'],
    ]
    for (const [input, expected] of cases)
      expect(escapeXml(input), JSON.stringify(input)).toBe(expected)
  })

  it('always yields text an XML parser reads back', () => {
    const nasty = 'x\u0001<y>&"\'\ud800]]>é🚴'
    const doc = new DOMParser().parseFromString(
      `<a b="${escapeXml(nasty)}">${escapeXml(nasty)}</a>`,
      'text/xml',
    )
    const expected = 'x<y>&"\']]>é🚴'
    expect(doc.documentElement?.textContent).toBe(expected)
    expect(doc.documentElement?.getAttribute('b')).toBe(expected)
  })
})

describe('xmlNumber and isoTime', () => {
  it('round-trips numbers without exponent notation', () => {
    for (const n of [0, 1, -1.5, 50.123456, 7.000001, 1e-7, 123456789.123, -0.000012]) {
      const text = xmlNumber(n)
      expect(text, String(n)).not.toMatch(/e/i)
      expect(Number(text)).toBe(n)
    }
  })

  it('writes whole seconds without a fraction', () => {
    expect(isoTime(Date.UTC(2024, 0, 1, 6, 0, 0))).toBe('2024-01-01T06:00:00Z')
    expect(isoTime(Date.UTC(2024, 0, 1, 6, 0, 0, 250))).toBe('2024-01-01T06:00:00.250Z')
  })
})
