/**
 * The request target of an HTTP request as the web shell accepts it: origin-form only ("/path?query",
 * RFC 9112 §3.2.1). Anything a browser would not send for this page (absolute or authority form,
 * "//host", broken percent-encoding, NUL) is null, so callers answer 400 instead of throwing.
 */
export function parseRequestTarget(raw: string | undefined): URL | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return null
  try {
    return new URL(raw, 'http://localhost')
  } catch {
    return null
  }
}

/** The percent-decoded path, or null when its encoding is broken or it holds a NUL. */
export function decodePathname(pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  return decoded.includes('\0') ? null : decoded
}
