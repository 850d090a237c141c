import type { TrailkeepApi } from '../../shared/bridge-contract'

export { errorMessage } from './error-messages'

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
