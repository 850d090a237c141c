import type { CliIo } from '../io'
import { CliFailure } from '../io'
import { printHelp } from '../help'
import { checkDay } from '../lab-flags'
import { withCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { refreshFigures } from '../refresh-figures'
import { terminalJson } from '../terminal-text'

export const fitnessHelp = `Usage: trailkeep fitness [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]

Fitness, fatigue and form per day, oldest first: each day's load is the sum of its activities'
stress scores (TSS from power and FTP, else heart-rate TSS from Banister TRIMP, else running
pace), fitness and fatigue its 42- and 7-day exponentially weighted averages, and form
yesterday's fitness minus yesterday's fatigue. Days are the activities' local days.
  --from YYYY-MM-DD  first day shown (default: the first day with an activity)
  --to YYYY-MM-DD    last day shown (default: the last day with an activity)
  --json             one JSON array: {"date","load","fitness","fatigue","form"} per day
Thresholds come from \`trailkeep athlete set\`; figures are brought up to date first.`

export async function runFitness(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('fitness', args, {
    json: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
  })
  if (flags.help) return printHelp(io, fitnessHelp)
  const from = checkDay('--from', flags.from as string | undefined)
  const to = checkDay('--to', flags.to as string | undefined)
  if (from !== undefined && to !== undefined && from > to) {
    throw new CliFailure('--from must not be after --to.', 2)
  }
  return withCliCore(io, async (core) => {
    await refreshFigures(core, io)
    const { days, unscored } = core.lab.fitness({ from, to })
    if (flags.json) {
      io.stdout(`${terminalJson(days)}\n`)
    } else if (days.length === 0) {
      io.stderr('No activities yet.\n')
    } else {
      const rows = days.map(
        (d) =>
          `${d.date}  ${fixed(d.load, 7)}  ${fixed(d.fitness, 7)}  ${fixed(d.fatigue, 7)}  ${fixed(d.form, 7)}`,
      )
      io.stdout(`date           load  fitness  fatigue     form\n${rows.join('\n')}\n`)
    }
    if (unscored > 0) {
      io.stderr(
        `${unscored} ${unscored === 1 ? 'activity counts' : 'activities count'} as 0: not enough data or thresholds to score ${unscored === 1 ? 'it' : 'them'}.\n`,
      )
    }
    return 0
  })
}

function fixed(value: number, width: number): string {
  return value.toFixed(1).padStart(width)
}
