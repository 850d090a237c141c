import type { DataProgressDto } from './data-dto'
import type { ConnectionStatusDto, DeriveProgressDto, SyncProgressDto, SyncResultDto } from './dto'

/** Events the core pushes to the renderer. Kept free of zod so the preload stays small. */
export interface EventPayloads {
  'auth:changed': ConnectionStatusDto
  'sync:progress': SyncProgressDto
  'sync:finished': SyncResultDto
  'data:progress': DataProgressDto
  'derive:progress': DeriveProgressDto
}
export type EventChannel = keyof EventPayloads
export const EVENT_CHANNELS: readonly EventChannel[] = [
  'auth:changed',
  'sync:progress',
  'sync:finished',
  'data:progress',
  'derive:progress',
]

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value)
}
