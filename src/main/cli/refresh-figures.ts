import type { Trailkeep } from '../core'
import type { CliIo } from './io'

/**
 * Brings the derived figures (map data included) up to date before a command answers, with a
 * progress line on stderr when there is much to do (the first time after a large sync).
 */
export async function refreshFigures(core: Trailkeep, io: CliIo): Promise<void> {
  let shown = 0
  await core.figures.refresh({
    signal: io.signal,
    onProgress: ({ kind, done, total }) => {
      if (total >= 200 && (done - shown >= 500 || done === total)) {
        shown = done
        io.stderr(`[${kind}] preparing ${done} of ${total} activities\n`)
      }
    },
  })
}
