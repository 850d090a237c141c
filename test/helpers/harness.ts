import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAppSession, type AppSession, type PushEvent } from '../../src/main/core/app-session'
import type { FileDialogs } from '../../src/main/core/data/file-dialogs'
import { systemClock, type Clock } from '../../src/main/core/clock'
import type { StravaEndpoints } from '../../src/main/core/config/strava-endpoints'
import { createCore, type CoreOptions, type CoreParts } from '../../src/main/core/create-core'
import { resolvePassphraseProtection } from '../../src/main/core/crypto/passphrase-protection'
import { createStravaEmulator, type EmulatorOptions, type StravaEmulator } from '../strava-emulator'
import { createSimClock, type SimClock } from './sim-clock'

export const TEST_PASSPHRASE = 'correct horse battery staple'

export interface BrowserVisit {
  authorizeUrl: string
  callbackStatus: number
  callbackBody: string
}

export interface FakeBrowser {
  visits: BrowserVisit[]
  openExternal: (url: string) => Promise<void>
}

/**
 * Plays the user in the system browser: approves (or denies) on the emulator's authorize page
 * and follows the redirect to the app's loopback listener.
 */
export function createFakeBrowser(
  emulator: StravaEmulator,
  choice: { deny?: boolean; grantedScope?: string; neverAnswer?: boolean } = {},
): FakeBrowser {
  const visits: BrowserVisit[] = []
  return {
    visits,
    openExternal: async (authorizeUrl) => {
      if (choice.neverAnswer) return
      const callback = emulator.authorize(authorizeUrl, {
        deny: choice.deny,
        grantedScope: choice.grantedScope,
      })
      const response = await fetch(callback)
      visits.push({
        authorizeUrl,
        callbackStatus: response.status,
        callbackBody: await response.text(),
      })
    },
  }
}

/** Real time plus an offset that tests move forward; the emulator and the core share it. */
export interface TestClock extends Clock {
  advance(ms: number): void
}

export function createTestClock(): TestClock {
  let offset = 0
  return {
    now: () => Date.now() + offset,
    sleep: systemClock.sleep,
    advance: (ms) => void (offset += ms),
  }
}

/** The emulator as Strava is from 2027: OAuth on one origin, the API on its own. */
export function splitEndpoints(emulator: StravaEmulator): StravaEndpoints {
  return { oauthOrigin: emulator.url, api: { kind: 'fixed', base: emulator.apiUrl } }
}

export interface Harness {
  emulator: StravaEmulator
  clock: TestClock | SimClock
  dataDir: string
  env: NodeJS.ProcessEnv
  openCore(overrides?: Partial<CoreOptions> & { passphrase?: string | null }): Promise<CoreParts>
  connect(): Promise<void>
  /** The app's session (handlers, background sync) on this data folder, as the shells start it. */
  startSession(push?: PushEvent, dialogs?: FileDialogs): Promise<AppSession>
  cleanup(): Promise<void>
}

/** A real emulator, a temp data folder and cores built the way the command line builds them. */
export async function createHarness(
  options: {
    emulator?: EmulatorOptions
    simulatedTime?: boolean
    /** Strava's clock minus ours: positive when this machine's clock is behind. */
    serverClockSkewMs?: number
  } = {},
): Promise<Harness> {
  const clock = options.simulatedTime ? createSimClock() : createTestClock()
  const skew = options.serverClockSkewMs ?? 0
  const serverClock = skew === 0 ? clock : { now: () => clock.now() + skew }
  const emulator = await createStravaEmulator({ clock: serverClock, ...options.emulator })
  const dataDir = mkdtempSync(join(tmpdir(), 'trailkeep-test-'))
  const cores: CoreParts[] = []
  const env: NodeJS.ProcessEnv = {
    STRAVA_BASE_URL: emulator.url,
    STRAVA_API_BASE_URL: emulator.apiUrl,
    TRAILKEEP_DATA_DIR: dataDir,
    TRAILKEEP_PASSPHRASE: TEST_PASSPHRASE,
    STRAVA_CLIENT_ID: emulator.clientId,
    STRAVA_CLIENT_SECRET: emulator.clientSecret,
  }
  const harness: Harness = {
    emulator,
    clock,
    dataDir,
    env,
    async openCore(overrides = {}) {
      const { passphrase = TEST_PASSPHRASE, ...rest } = overrides
      const core = await createCore({
        dataDir,
        endpoints: splitEndpoints(emulator),
        resolveProtection: (db) => resolvePassphraseProtection(db, passphrase ?? undefined),
        openExternal: createFakeBrowser(emulator).openExternal,
        allowMemoryOnlyTokens: false,
        clock,
        environmentCredentials: {
          clientId: emulator.clientId,
          clientSecret: emulator.clientSecret,
        },
        ...rest,
      })
      cores.push(core)
      return core
    },
    /** Connects in real time (the OAuth wait cannot run on simulated time), then closes. */
    async connect() {
      const core = await harness.openCore({ clock: systemClock })
      await core.auth.connect()
      core.close()
    },
    startSession(push = () => undefined, dialogs) {
      return startAppSession(
        {
          dataDir,
          endpoints: splitEndpoints(emulator),
          resolveProtection: (db) => resolvePassphraseProtection(db, TEST_PASSPHRASE),
          openExternal: async () => undefined,
          allowMemoryOnlyTokens: false,
          clock,
        },
        push,
        dialogs,
      )
    },
    async cleanup() {
      for (const core of cores) {
        try {
          core.close()
        } catch {
          // already closed by the test
        }
      }
      await emulator.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return harness
}

/** Collects what a command printed, for assertions on stdout and stderr. */
export function captureIo(env: NodeJS.ProcessEnv, openExternal?: (url: string) => Promise<void>) {
  const out: string[] = []
  const err: string[] = []
  return {
    io: {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      env,
      openExternal,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  }
}
