/**
 * Text from outside (activity, athlete and file names, ZIP entries, paths) made safe to print on
 * a terminal: it can neither move the cursor, retitle the window, plant a hyperlink, nor forge a
 * line of its own. Ordinary Unicode, emoji and right-to-left scripts print unchanged.
 */

// Whole escape sequences first, so that none of their parameters is left to read as text:
// CSI (ESC [ or 0x9B), then OSC/DCS/SOS/PM/APC with their terminator (BEL or ST), then the
// short ESC sequences (charset choice, cursor save, reset...).
const ESCAPE_SEQUENCE = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]',
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)',
    '\\u001b[ -/]*[0-~]',
  ].join('|'),
  'g',
)
// C0, DEL and C1 controls, and the bidi overrides that reorder what follows on the line.
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu
const WHITESPACE_CONTROL = /^[\t\n\v\f\r]$/
/** Shown where something unprintable was: visible, one column wide. */
export const REPLACEMENT = '\ufffd'

/** One line of text from outside, with every control character or escape sequence replaced. */
export function terminalText(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, REPLACEMENT)
    .replace(CONTROL, (c) => (WHITESPACE_CONTROL.test(c) ? ' ' : REPLACEMENT))
}

/**
 * Everything a command prints, as a last line of defence: like terminalText, but the line breaks
 * the command itself writes stay.
 */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n')
}

/**
 * `--json` output. JSON.stringify escapes C0 controls but leaves DEL, C1 controls and bidi
 * overrides raw; escaping them too keeps the document byte-for-byte safe on a terminal while it
 * still parses to exactly the same value.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
