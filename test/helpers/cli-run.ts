/** Runs the real command line in-process against a harness, as a user at a terminal would. */
import { expect } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import { captureIo, createFakeBrowser, type Harness } from './harness'

export type BrowserChoice = Parameters<typeof createFakeBrowser>[1]

/** Runs `trailkeep connect` with a browser that approves the URL the command prints. */
export async function connectViaCli(
  h: Harness,
  args: string[] = [],
  choice: BrowserChoice = {},
  env: NodeJS.ProcessEnv = h.env,
) {
  const browser = createFakeBrowser(h.emulator, choice)
  const cli = captureIo(env)
  const code = await runCli(['connect', '--no-browser', ...args], {
    ...cli.io,
    stdout: (text) => {
      cli.io.stdout(text)
      if (text.startsWith('http')) void browser.openExternal(text.trim())
    },
  })
  return { code, stdout: cli.stdout(), stderr: cli.stderr() }
}

export async function statusJson(env: NodeJS.ProcessEnv) {
  const cli = captureIo(env)
  expect(await runCli(['status', '--json'], cli.io)).toBe(0)
  return JSON.parse(cli.stdout()) as unknown
}
