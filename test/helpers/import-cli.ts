/** `trailkeep import PATH... --json`, run in-process against a harness. */
import { expect } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import { captureIo, type Harness } from './harness'

export interface ImportJson {
  added: number
  updated: number
  unchanged: number
  skipped: { file: string; reason: string }[]
  requestsSaved: { streams: number; details: number }
  ignoredFiles: number
  filesRead: number
}

export async function importPathsJson(h: Harness, paths: string[]): Promise<ImportJson> {
  const io = captureIo(h.env)
  const code = await runCli(['import', ...paths, '--json'], { ...io.io, clock: h.clock })
  expect(code, io.stderr()).toBe(0)
  return JSON.parse(io.stdout()) as ImportJson
}
