/** A fetch that records every request the core sends, for tests that look at the wire. */
export interface RecordedRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body: string
}

export function createRecordingFetch(inner: typeof fetch = globalThis.fetch) {
  const requests: RecordedRequest[] = []
  const recording: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const headers = Object.fromEntries(new Headers(init?.headers).entries())
    const body = typeof init?.body === 'string' ? init.body : init?.body ? String(init.body) : ''
    requests.push({ method: init?.method ?? 'GET', url, headers, body })
    return inner(input, init)
  }
  return {
    fetch: recording,
    requests,
    /** Requests whose URL starts with `base` (an origin or an origin plus a path). */
    to: (base: string) => requests.filter((r) => r.url.href.startsWith(base)),
  }
}
