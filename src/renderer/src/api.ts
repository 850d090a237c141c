import type { TrailkeepApi } from '../../shared/bridge-contract'
import type { WindowApi } from '../../shared/expose-api'

export { errorMessage } from './error-messages'

declare global {
  interface Window {
    trailkeep?: WindowApi
  }
}

/** The bridge the preload (or the web shell) installed. */
export function getApi(): TrailkeepApi {
  if (!window.trailkeep) throw new Error('Trailkeep bridge is missing')
  return window.trailkeep
}

/** Paths of files dropped onto the window, where the shell can tell them; null where it cannot. */
export function pathsOfDroppedFiles(files: readonly File[]): string[] | null {
  const paths = window.trailkeep?.pathsOfDroppedFiles?.(files)
  return paths && paths.length > 0 && paths.every((p) => p !== '') ? paths : null
}
