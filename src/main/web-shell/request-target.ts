/**
 * The request target of an HTTP request as the web shell accepts it: origin-form only ("/path?query",
 * RFC 9112 §3.2.1). Anything a browser would not send for this page (absolute or authority form,
 * "//host") is null, so callers answer 400 instead of throwing.
 */
export function parseRequestTarget(raw: string | undefined): URL | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return null
  try {
    return new URL(raw, 'http://localhost')
  } catch {
    return null
  }
}
