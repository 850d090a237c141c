/**
 * The lab's synced scenario: activities with hand-worked answers, served by the emulator with the
 * streams chosen here and backed up with `trailkeep sync`.
 */
import { runCli } from '../../../src/main/cli/run-cli'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'
import {
  emulatorActivity,
  steadyRide,
  steadyRun,
  tenKmWithFastThird,
  type LabActivitySpec,
  type Recording,
} from '../../helpers/lab-activities'

/** 400 m at 5 m/s (80 s), then 600 m at 2.5 m/s: a fast 400 m, a slow kilometre (320 s). */
function trailSurge(): Recording {
  const time = Array.from({ length: 321 }, (_, t) => t)
  return { time, distance: time.map((t) => (t <= 80 ? t * 5 : 400 + (t - 80) * 2.5)) }
}

export const SPECS = {
  steadyHour: {
    id: 101,
    name: 'Steady hour',
    sportType: 'Ride',
    local: '2025-03-03T07:00:00',
    recording: steadyRide(3600, 250, 150),
    gearId: 'b1001',
  },
  tenKm: {
    id: 102,
    name: 'Ten with a fast third',
    sportType: 'Run',
    local: '2025-03-04T07:00:00',
    recording: tenKmWithFastThird(170),
    gearId: 'g2002',
  },
  twentyMinutes: {
    id: 103,
    name: 'Twenty minutes',
    sportType: 'Ride',
    local: '2025-03-05T18:00:00',
    recording: steadyRide(1200, 300),
    gearId: 'b1001',
  },
  tempo: {
    id: 104,
    name: 'Tempo without a strap',
    sportType: 'Run',
    local: '2025-03-06T07:00:00',
    recording: steadyRun(5000, 300),
  },
  afterMidnight: {
    id: 105,
    name: 'After midnight',
    sportType: 'Run',
    local: '2025-03-08T00:30:00',
    distance: 2000,
    movingTime: 600,
  },
  shakeout: {
    id: 106,
    name: 'Shakeout',
    sportType: 'Run',
    local: '2025-03-07T10:00:00',
    distance: 2000,
    movingTime: 600,
  },
  dogWalk: {
    id: 107,
    name: 'Dog walk',
    sportType: 'Walk',
    local: '2025-03-08T12:00:00',
    distance: 3000,
    movingTime: 1800,
  },
  trail: {
    id: 108,
    name: 'Trail surge',
    sportType: 'TrailRun',
    local: '2025-03-09T09:00:00',
    recording: trailSurge(),
  },
  zwift: {
    id: 109,
    name: 'Zwift',
    sportType: 'VirtualRide',
    local: '2025-03-10T19:00:00',
    recording: steadyRide(600, 320),
  },
  ebike: {
    id: 110,
    name: 'E-bike commute',
    sportType: 'Ride',
    local: '2025-03-10T08:00:00',
    recording: steadyRide(300, 400),
  },
} satisfies Record<string, LabActivitySpec>

/** The thresholds every test starts from (from 2025-01-01). */
export const THRESHOLDS = [
  '--ftp',
  '250',
  '--threshold-hr',
  '170',
  '--max-hr',
  '190',
  '--resting-hr',
  '50',
  '--threshold-pace',
  '270',
]

export interface Cli {
  code: number
  stdout: string
  stderr: string
  json: <T>() => T
}

export async function labLibrary(): Promise<{
  h: Harness
  cli: (...args: string[]) => Promise<Cli>
}> {
  const h = await createHarness({ simulatedTime: true, emulator: { activityCount: 0, seed: 3 } })
  for (const spec of Object.values(SPECS)) h.emulator.addActivity(emulatorActivity(spec))
  // The emulator builds activities of its own sports; an e-bike ride is a ride it relabels.
  const ebike = h.emulator.activities.find((a) => a.id === SPECS.ebike.id)
  if (ebike) Object.assign(ebike, { sport_type: 'EBikeRide', type: 'EBikeRide' })
  await h.connect()
  const cli = async (...args: string[]): Promise<Cli> => {
    const io = captureIo(h.env)
    const code = await runCli(args, { ...io.io, clock: h.clock })
    const stdout = io.stdout()
    return { code, stdout, stderr: io.stderr(), json: <T>() => JSON.parse(stdout) as T }
  }
  return { h, cli }
}
