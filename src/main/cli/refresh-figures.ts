import { describeDerivedWork } from '../../shared/derived-work'
import type { Trailkeep } from '../core'
import type { CliIo } from './io'

const PROGRESS_EVERY_MS = 2_000

/**
 * Brings the derived figures (the lab's and the map explorer's) up to date before a command
 * answers, with progress on stderr: per kind the first line, then at most one every few
 * seconds, and the last.
 */
export async function refreshFigures(core: Trailkeep, io: CliIo): Promise<void> {
  let lastPrinted = 0
  await core.figures.refresh({
    signal: io.signal,
    onProgress: (progress) => {
      const { done, total } = progress
      const now = Date.now()
      if (done !== 0 && done !== total && now - lastPrinted < PROGRESS_EVERY_MS) return
      lastPrinted = now
      io.stderr(`${describeDerivedWork(progress)}\n`)
    },
  })
}
