import type { Trailkeep } from '../core'
import type { CliIo } from './io'

const PROGRESS_EVERY_MS = 2_000

/**
 * Brings the lab's figures up to date before a lab command answers, with progress on stderr:
 * the first line, then at most one every few seconds, and the last.
 */
export async function refreshFigures(core: Trailkeep, io: CliIo): Promise<void> {
  let lastPrinted = 0
  await core.figures.refresh({
    signal: io.signal,
    onProgress: ({ done, total }) => {
      const now = Date.now()
      if (done !== 0 && done !== total && now - lastPrinted < PROGRESS_EVERY_MS) return
      lastPrinted = now
      io.stderr(
        `Analysing activities: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}\n`,
      )
    },
  })
}
