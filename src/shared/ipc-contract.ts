import { z } from 'zod'
import type { ConnectionStatusDto, DisconnectResultDto, SyncStatusDto } from './dto'
import {
  exportRequestSchema,
  restoreRequestSchema,
  type DataActionResultDto,
  type RestoreCandidateDto,
} from './data-dto'
import type { ActivityDetailDto, ActivityPageDto, TotalsDto } from './library-dto'
import { activityQuerySchema, totalsQuerySchema } from './library-query'
import { preferencesPatchSchema, type SettingsDto } from './settings-dto'

/**
 * Every call between the renderer and the core: channel name, payload schema, result type.
 * Payloads are validated at runtime in main (and the web shell); strict objects reject extra keys.
 */
const noPayload = z.undefined()
const activityRef = z
  .object({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) })
  .strict()

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
  'library:list': activityQuerySchema,
  'library:detail': activityRef,
  'library:fetch-now': activityRef,
  'library:totals': totalsQuerySchema,
  'library:sport-types': noPayload,
  'library:purge-deleted': noPayload,
  'settings:get': noPayload,
  'settings:update': preferencesPatchSchema,
  'app:diagnostics': noPayload,
  'settings:plain-text-opt-in': z.object({ enabled: z.boolean() }).strict(),
  'data:export': exportRequestSchema,
  'data:import': noPayload,
  'data:backup': noPayload,
  'data:choose-restore': noPayload,
  'data:restore': restoreRequestSchema,
} as const

export type InvokeChannel = keyof typeof invokeSchemas
/** What a caller sends (defaults not yet applied). */
export type InvokePayload<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]>
/** What a handler receives after validation. */
export type ValidatedPayload<C extends InvokeChannel> = z.output<(typeof invokeSchemas)[C]>

export interface InvokeResults {
  'auth:status': ConnectionStatusDto
  'auth:connect': ConnectionStatusDto
  'auth:cancel-connect': boolean
  'auth:disconnect': DisconnectResultDto
  'credentials:save': ConnectionStatusDto
  'sync:status': SyncStatusDto
  'sync:now': SyncStatusDto
  'library:list': ActivityPageDto
  'library:detail': ActivityDetailDto | null
  'library:fetch-now': ActivityDetailDto | null
  'library:totals': TotalsDto
  'library:sport-types': string[]
  'library:purge-deleted': number
  'settings:get': SettingsDto
  'settings:update': SettingsDto
  'app:diagnostics': string
  'settings:plain-text-opt-in': SettingsDto
  'data:export': DataActionResultDto | null
  'data:import': DataActionResultDto | null
  'data:backup': DataActionResultDto | null
  'data:choose-restore': RestoreCandidateDto | null
  'data:restore': DataActionResultDto
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
