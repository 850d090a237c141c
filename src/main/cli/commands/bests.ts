import type { CliIo } from '../io'
import { printHelp } from '../help'
import { requireSport } from '../lab-flags'
import { withCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { refreshFigures } from '../refresh-figures'
import { terminalJson, terminalText } from '../terminal-text'
import { formatClock, formatMetres } from './lab-format'

export const bestsHelp = `Usage: trailkeep bests --sport TYPE [--json]

The fastest time over each standard distance the sport reaches, found anywhere inside any
activity (runs: 400 m, 1 km, 1 mile, 5 km, 10 km, half marathon, marathon; rides: 10, 20, 40,
100 km; swims: 100, 400, 1,500 m). --sport Run includes TrailRun and VirtualRun; --sport Ride
includes GravelRide, MountainBikeRide and VirtualRide.
  --json  [{"distance","seconds","activityId","startDate"}], shortest distance first`

export async function runBests(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('bests', args, { json: { type: 'boolean' }, sport: { type: 'string' } })
  if (flags.help) return printHelp(io, bestsHelp)
  const sport = requireSport('bests', flags.sport as string | undefined)
  return withCliCore(io, async (core) => {
    await refreshFigures(core, io)
    const bests = core.lab.bests({ sport, year: null }).distances.flatMap((d) => {
      const best = d.top[0]
      return best ? [{ distance: d.distance, best }] : []
    })
    if (flags.json) {
      const items = bests.map(({ distance, best }) => ({
        distance,
        seconds: best.seconds,
        activityId: best.activity.id,
        startDate: best.activity.startDate,
      }))
      io.stdout(`${terminalJson(items)}\n`)
      return 0
    }
    if (bests.length === 0) {
      io.stderr(
        `No ${terminalText(sport)} activity with a distance stream reaches a standard distance.\n`,
      )
      return 0
    }
    const lines = bests.map(
      ({ distance, best }) =>
        `${formatMetres(distance).padEnd(14)} ${formatClock(best.seconds).padStart(9)}  ${best.activity.startDateLocal.slice(0, 10)}  ${terminalText(best.activity.name)} (${best.activity.id})`,
    )
    io.stdout(`${lines.join('\n')}\n`)
    return 0
  })
}
