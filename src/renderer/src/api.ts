import type { TrailkeepApi } from '../../shared/bridge-contract'

declare global {
  interface Window {
    trailkeep?: TrailkeepApi
  }
}

/** The bridge the preload (or the web shell) installed. */
export function getApi(): TrailkeepApi {
  if (!window.trailkeep) throw new Error('Trailkeep bridge is missing')
  return window.trailkeep
}

export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.'
}
