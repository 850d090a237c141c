import { describe, expect, it } from 'vitest'
import { terminalJson, terminalLines, terminalText } from '../../../src/main/cli/terminal-text'
import { TERMINAL_CONTROL } from '../../helpers/terminal-control'

describe('terminalText', () => {
  it('replaces controls and whole escape sequences, one mark each', () => {
    const cases: [string, string][] = [
      ['Red \u001b[31malert\u001b[0m', 'Red \ufffdalert\ufffd'],
      ['\u001b]0;pwned\u0007Title', '\ufffdTitle'],
      ['\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', '\ufffdclick\ufffd'],
      ['8-bit \u009b2J CSI', '8-bit \ufffd CSI'],
      ['8-bit \u009d0;t\u009c OSC', '8-bit \ufffd OSC'],
      ['reset\u001bc', 'reset\ufffd'],
      ['charset\u001b(0', 'charset\ufffd'],
      ['unterminated \u001b]0;title', 'unterminated \ufffd0;title'],
      ['del\u007f bell\u0007 nul\u0000', 'del\ufffd bell\ufffd nul\ufffd'],
      ['two\nlines\r\tand tab', 'two lines  and tab'],
      ['c1 \u0085\u0090', 'c1 \ufffd\ufffd'],
      ['bidi \u202eevil\u2066', 'bidi \ufffdevil\ufffd'],
    ]
    for (const [input, expected] of cases) {
      expect(terminalText(input), JSON.stringify(input)).toBe(expected)
      expect(terminalText(input), JSON.stringify(input)).not.toMatch(TERMINAL_CONTROL)
    }
  })

  it('keeps ordinary Unicode, emoji and right-to-left text', () => {
    for (const text of [
      'Zoë Ångström-Nakamura',
      'Morning run 🏃‍♀️🇩🇪 👍🏽',
      'ריצת בוקר',
      'ركض الصباح',
      '朝ラン 10 km',
      'Ελληνικά — “quotes” … ½',
    ]) {
      expect(terminalText(text)).toBe(text)
    }
  })

  it('keeps the line breaks a command writes, nothing else', () => {
    expect(terminalLines('one \u001b[2Jx\ntwo\r\n')).toBe('one \ufffdx\ntwo \n')
  })
})

describe('terminalJson', () => {
  it('parses to exactly the same value, with no raw control character on the wire', () => {
    const value = {
      name: 'a\u0000b\u001b[31mc\u007fd\u009be\u202ef\ng🏃‍♀️ ריצה',
      nested: [{ file: 'activities/\u001b]0;x\u0007.gpx' }],
    }
    const text = terminalJson(value)
    expect(JSON.parse(text)).toEqual(value)
    expect(text).not.toMatch(TERMINAL_CONTROL)
    expect(text).not.toContain('\n')
    // JSON.stringify alone already escapes C0 (ESC included); DEL, C1 and bidi it leaves raw.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(JSON.stringify(value)).not.toMatch(/[\u0000-\u001f]/)
    expect(JSON.stringify(value)).toMatch(/[\u007f\u009b\u202e]/)
  })

  it('is plain JSON.stringify for ordinary values', () => {
    const value = { id: -3, name: 'Zoë 🏃‍♀️ ריצה', n: 1.5, none: null }
    expect(terminalJson(value)).toBe(JSON.stringify(value))
  })
})
