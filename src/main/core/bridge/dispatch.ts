import { invokeSchemas, isInvokeChannel, type IpcResult } from '../../../shared/ipc-contract'
import { toAppError } from '../errors'
import type { AppHandlers } from './app-handlers'

/**
 * The single entry for calls from a renderer (Electron IPC or the web-shell bridge): checks the
 * channel and the payload at runtime, and returns only `{ code, message }` on failure.
 */
export async function dispatchInvoke(
  handlers: AppHandlers,
  channel: unknown,
  payload: unknown,
): Promise<IpcResult<unknown>> {
  if (!isInvokeChannel(channel)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown request.' } }
  }
  const parsed = invokeSchemas[channel].safeParse(payload)
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'The request was malformed.' } }
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    const known = toAppError(error)
    if (known) return { ok: false, error: { code: known.code, message: known.message } }
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Trailkeep.' },
    }
  }
}
