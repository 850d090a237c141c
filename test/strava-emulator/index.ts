export { createStravaEmulator, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from './server'
export { generateDataset, generateDatasetPages } from './dataset'
export { decodePolyline, encodePolyline } from './polyline'
export { DEFAULT_RATE_LIMITS } from './rate-limiter'
export { STREAM_TYPES, type StreamType } from './streams'
export { onTrack, trackDistances } from './chosen-track'
export type {
  ActivityPatch,
  AuthorizeOptions,
  EmulatorActivity,
  EmulatorClock,
  EmulatorOptions,
  EmulatorStats,
  Fault,
  FaultKind,
  LegacyApiState,
  RateLimits,
  RateLimitUsage,
  SportType,
  StravaEmulator,
} from './types'
