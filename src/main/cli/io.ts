import type { Clock } from '../core'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  /** Aborted on SIGINT/SIGTERM so long waits stop cleanly. */
  signal?: AbortSignal
  openExternal?: (url: string) => Promise<void>
  /** The built worker script beside the bundle (set by the `trailkeep` entry). */
  workerScript?: string
  /** Tests run the command line on simulated time. */
  clock?: Clock
}

/** An expected failure of a command: exit code 1 and exactly this one sentence on stderr. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
    this.name = 'CliFailure'
  }
}
