import { CURVE_STREAMS } from '../../../shared/lab-dto'
import type { CliIo } from '../io'
import { CliFailure } from '../io'
import { printHelp } from '../help'
import { checkChoice, checkDayOrInstant, requireSport } from '../lab-flags'
import { withCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { refreshFigures } from '../refresh-figures'
import { terminalJson, terminalText } from '../terminal-text'
import { formatClock } from './lab-format'

/** The contract's durations; the app's curve has more points between them. */
const CONTRACT_DURATIONS = [1, 5, 15, 30, 60, 300, 600, 1200, 3600]

export const curveHelp = `Usage: trailkeep curve --stream watts|heartrate|velocity_smooth --sport TYPE [--from ISO] [--to ISO] [--json]

The best mean value held for 1, 5, 15, 30, 60, 300, 600, 1200 and 3600 seconds, anywhere inside
the sport's activities, and the activity it came from. Watts, beats per minute, metres per
second. For power, also critical power and W′ fitted to the 2 to 20 minute points.
  --from ISO  from this day (the activity's local day) or date-time (its start), inclusive
  --to ISO    up to this day or date-time, inclusive
  --json      [{"seconds","value","activityId"}], shortest first`

export async function runCurve(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('curve', args, {
    json: { type: 'boolean' },
    stream: { type: 'string' },
    sport: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  })
  if (flags.help) return printHelp(io, curveHelp)
  const stream = checkChoice('--stream', flags.stream as string | undefined, CURVE_STREAMS)
  const sport = requireSport('curve', flags.sport as string | undefined)
  const from = checkDayOrInstant('--from', flags.from as string | undefined)
  const to = checkDayOrInstant('--to', flags.to as string | undefined)
  if (from !== undefined && to !== undefined && Date.parse(from) > Date.parse(to)) {
    throw new CliFailure('--from must not be after --to.', 2)
  }
  return withCliCore(io, async (core) => {
    await refreshFigures(core, io)
    const curve = core.lab.curve({ stream, sport, from, to })
    const points = curve.points.filter((p) => CONTRACT_DURATIONS.includes(p.seconds))
    if (flags.json) {
      const items = points.map((p) => ({
        seconds: p.seconds,
        value: p.value,
        activityId: p.activity.id,
      }))
      io.stdout(`${terminalJson(items)}\n`)
    } else if (points.length === 0) {
      io.stderr(`No ${terminalText(sport)} activity has a ${stream} stream in that period.\n`)
    } else {
      const unit = { watts: 'W', heartrate: 'bpm', velocity_smooth: 'm/s' }[stream]
      const lines = points.map(
        (p) =>
          `${formatClock(p.seconds).padStart(8)}  ${p.value.toFixed(stream === 'velocity_smooth' ? 2 : 0).padStart(6)} ${unit}  ${p.activity.startDateLocal.slice(0, 10)}  ${terminalText(p.activity.name)} (${p.activity.id})`,
      )
      io.stdout(`${lines.join('\n')}\n`)
    }
    const cp = curve.criticalPower
    if (cp?.kind === 'fit') {
      io.stderr(
        `Critical power ${Math.round(cp.criticalPower)} ± ${Math.round(cp.criticalPowerError)} W, W′ ${(cp.wPrime / 1000).toFixed(1)} ± ${(cp.wPrimeError / 1000).toFixed(1)} kJ (2–20 min efforts, typical gap to the model ${cp.rmseWatts.toFixed(1)} W).\n`,
      )
    } else if (cp?.kind === 'refused') {
      io.stderr(`No critical power: ${cp.reason}\n`)
    }
    return 0
  })
}
