export type ServerMessage =
  | { kind: 'result'; id: number; result: unknown }
  | { kind: 'event'; event: string; payload: unknown }
  | { kind: 'open-external'; url: string }

/** Messages from the web-shell server; anything else is ignored. */
export function parseServerMessage(text: string): ServerMessage | null {
  try {
    const value = JSON.parse(text) as Partial<Record<string, unknown>>
    if (value.kind === 'result' && typeof value.id === 'number') return value as ServerMessage
    if (value.kind === 'event' && typeof value.event === 'string') return value as ServerMessage
    if (value.kind === 'open-external' && typeof value.url === 'string')
      return value as ServerMessage
  } catch {
    // not JSON: ignore
  }
  return null
}
