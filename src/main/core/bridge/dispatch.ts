import {
  findBridgeEntry,
  type BridgeHandlers,
  type IpcResult,
} from '../../../shared/bridge-contract'
import { toAppError } from '../errors'

/**
 * The single entry for calls from a renderer (Electron IPC or the web-shell bridge): checks the
 * channel and the input at runtime against the bridge table, calls its handler, and returns only
 * `{ code, message }` on failure.
 */
export async function dispatchInvoke(
  handlers: BridgeHandlers,
  channel: unknown,
  input: unknown,
): Promise<IpcResult<unknown>> {
  const entry = findBridgeEntry(channel)
  if (!entry) return { ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown request.' } }
  const parsed = entry.input.safeParse(input)
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'The request was malformed.' } }
  }
  const group = handlers[entry.group] as Record<string, (input: unknown) => unknown>
  try {
    return { ok: true, value: await group[entry.method]?.(parsed.data) }
  } catch (error) {
    const known = toAppError(error)
    if (known) return { ok: false, error: { code: known.code, message: known.message } }
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Trailkeep.' },
    }
  }
}
