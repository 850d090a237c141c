/**
 * Removes secrets from anything about to be logged or shown in diagnostics: values registered at
 * runtime (tokens, the client secret, codes) and anything shaped like a credential.
 */
const PATTERNS: [RegExp, string][] = [
  // Authorization headers, in any casing, with or without a scheme.
  [/(authorization["']?\s*[:=]\s*["']?)(bearer\s+)?[^\s"',;}]+/gi, '$1$2[redacted]'],
  [/\bbearer\s+[A-Za-z0-9._~+/=-]{8,}/gi, 'Bearer [redacted]'],
  // Query parameters of the OAuth redirect.
  [/([?&](?:code|state)=)[^&\s"']+/gi, '$1[redacted]'],
  // key=value and "key": "value" for every secret-bearing field name.
  [
    /((?:access|refresh)[_-]?token|client[_-]?secret|passphrase|password)(["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi,
    '$1$2[redacted]',
  ],
  [/((?:access|refresh)Token|clientSecret)(["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/g, '$1$2[redacted]'],
]

const MIN_SECRET_LENGTH = 6

export class Redactor {
  private readonly secrets = new Set<string>()

  /** Remembers a secret value so it is removed wherever it appears. */
  addSecret(value: string | null | undefined): void {
    if (value && value.length >= MIN_SECRET_LENGTH) this.secrets.add(value)
  }

  redact(text: string): string {
    let out = text
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join('[redacted]')
      const encoded = encodeURIComponent(secret)
      if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join('[redacted]')
    }
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement)
    return out
  }
}

/** One process-wide redactor: the token manager registers secrets, every log line passes it. */
export const redactor = new Redactor()
