import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  RENDERER_CSP,
  RENDERER_CSP_DIRECTIVES,
} from '../../../../src/main/core/renderer-files/content-security-policy'

const indexHtml = readFileSync(
  fileURLToPath(new URL('../../../../src/renderer/index.html', import.meta.url)),
  'utf8',
)

describe('the renderer’s Content-Security-Policy', () => {
  it('is in index.html without frame-ancestors, which browsers ignore in a meta element', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(indexHtml)?.[1]
    expect(meta).toBeDefined()
    expect(meta).not.toContain('frame-ancestors')
    // The same policy as the header, so neither drifts from the other.
    expect(meta).toBe(
      RENDERER_CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; '),
    )
  })

  it('as a header forbids framing, plugins, inline script and foreign origins', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(RENDERER_CSP).toContain(directive)
    }
    expect(RENDERER_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  })
})
