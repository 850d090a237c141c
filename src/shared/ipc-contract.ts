import { z } from 'zod'
import type { ConnectionStatusDto, DisconnectResultDto, SyncStatusDto } from './dto'

/**
 * Every call between the renderer and the core: channel name, payload schema, result type.
 * Payloads are validated at runtime in main (and the web shell); strict objects reject extra keys.
 */
const noPayload = z.undefined()

export const invokeSchemas = {
  'auth:status': noPayload,
  'auth:connect': z.object({ force: z.boolean().optional() }).strict().optional(),
  'auth:cancel-connect': noPayload,
  'auth:disconnect': z.object({ deleteData: z.boolean() }).strict(),
  'credentials:save': z
    .object({ clientId: z.string().max(64), clientSecret: z.string().max(256) })
    .strict(),
  'sync:status': noPayload,
  'sync:now': noPayload,
} as const

export type InvokeChannel = keyof typeof invokeSchemas
export type InvokePayload<C extends InvokeChannel> = z.infer<(typeof invokeSchemas)[C]>

export interface InvokeResults {
  'auth:status': ConnectionStatusDto
  'auth:connect': ConnectionStatusDto
  'auth:cancel-connect': boolean
  'auth:disconnect': DisconnectResultDto
  'credentials:save': ConnectionStatusDto
  'sync:status': SyncStatusDto
  'sync:now': SyncStatusDto
}

export {
  EVENT_CHANNELS,
  isEventChannel,
  type EventChannel,
  type EventPayloads,
} from './event-channels'

export interface IpcErrorDto {
  code: string
  message: string
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorDto }

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.hasOwn(invokeSchemas, value)
}
