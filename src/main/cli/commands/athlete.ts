import type { StoredThresholdDto, ThresholdEstimateDto } from '../../../shared/lab-dto'
import {
  NUMERIC_THRESHOLD_KINDS,
  SEXES,
  THRESHOLD_LIMITS,
  thresholdProblem,
  type NumericThresholdKind,
  type ThresholdKind,
  type ThresholdPatch,
} from '../../../shared/lab-thresholds'
import { CliFailure, type CliIo } from '../io'
import { printHelp } from '../help'
import { checkChoice, checkDay } from '../lab-flags'
import { withCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { refreshFigures } from '../refresh-figures'
import { terminalJson, terminalText } from '../terminal-text'
import { describeThreshold, formatThreshold } from './threshold-text'

export const athleteHelp = `Usage: trailkeep athlete [--json] | athlete set [flags] | athlete remove --kind KIND --from YYYY-MM-DD

Your dated thresholds: each value applies from its day until the next value of the same kind.
Without a subcommand, lists them (and values suggested from your activities, which change
nothing until you set them); --json prints [{"kind","value","from"}], oldest first.

trailkeep athlete set [--ftp W] [--threshold-hr BPM] [--max-hr BPM] [--resting-hr BPM]
    [--threshold-pace SECONDS_PER_KM] [--swim-threshold-pace SECONDS_PER_100M]
    [--sex male|female] [--from YYYY-MM-DD]
  Records the values given as applying from --from (default today). Paces also take m:ss,
  like 4:30. Setting a kind again for the same day corrects it.

trailkeep athlete remove --kind KIND --from YYYY-MM-DD
  Removes one dated value (KIND: ftp, threshold-hr, max-hr, resting-hr, threshold-pace,
  swim-threshold-pace, sex).`

const FLAG_OF: Record<NumericThresholdKind, string> = {
  ftp: 'ftp',
  thresholdHr: 'threshold-hr',
  maxHr: 'max-hr',
  restingHr: 'resting-hr',
  thresholdPace: 'threshold-pace',
  swimThresholdPace: 'swim-threshold-pace',
}
const KIND_OF_FLAG = new Map<string, ThresholdKind>([
  ...NUMERIC_THRESHOLD_KINDS.map((kind) => [FLAG_OF[kind], kind] as const),
  ['sex', 'sex'],
])

export async function runAthlete(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'set') return setThresholds(args.slice(1), io)
  if (args[0] === 'remove') return removeThreshold(args.slice(1), io)
  const flags = parseFlags('athlete', args, { json: { type: 'boolean' } })
  if (flags.help) return printHelp(io, athleteHelp)
  return withCliCore(io, async (core) => {
    if (flags.json) {
      const items = core.lab
        .thresholds()
        .entries.map(({ kind, value, from }) => ({ kind, value, from }))
      io.stdout(`${terminalJson(items)}\n`)
      return 0
    }
    await refreshFigures(core, io)
    const { entries, estimates } = core.lab.thresholds()
    io.stdout(listing(entries, estimates))
    return 0
  })
}

async function setThresholds(args: string[], io: CliIo): Promise<number> {
  const flags: Record<string, string | boolean | undefined> = parseFlags('athlete set', args, {
    ftp: { type: 'string' },
    'threshold-hr': { type: 'string' },
    'max-hr': { type: 'string' },
    'resting-hr': { type: 'string' },
    'threshold-pace': { type: 'string' },
    'swim-threshold-pace': { type: 'string' },
    sex: { type: 'string' },
    from: { type: 'string' },
  })
  if (flags.help) return printHelp(io, athleteHelp)
  const values: ThresholdPatch = {}
  for (const kind of NUMERIC_THRESHOLD_KINDS) {
    const text = flags[FLAG_OF[kind]] as string | undefined
    if (text !== undefined) values[kind] = parseValue(kind, text)
  }
  if (flags.sex !== undefined) values.sex = checkChoice('--sex', flags.sex as string, SEXES)
  if (Object.keys(values).length === 0) {
    throw new CliFailure(
      'Give at least one value to set, like `trailkeep athlete set --ftp 250`.',
      2,
    )
  }
  const from = checkDay('--from', flags.from as string | undefined)
  return withCliCore(io, async (core) => {
    const { entries } = core.lab.setThresholds({ values, from })
    const day = from ?? core.lab.thresholds().todayDate
    const set = entries.filter((e) => e.from === day && e.kind in values)
    io.stderr(`Set from ${day}: ${set.map(describeThreshold).join(', ')}.\n`)
    return 0
  })
}

async function removeThreshold(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('athlete remove', args, {
    kind: { type: 'string' },
    from: { type: 'string' },
  })
  if (flags.help) return printHelp(io, athleteHelp)
  const kind = KIND_OF_FLAG.get(
    checkChoice('--kind', flags.kind as string | undefined, [...KIND_OF_FLAG.keys()]),
  )
  const from = checkDay('--from', flags.from as string | undefined)
  if (from === undefined)
    throw new CliFailure('--from is required: the day the value applies from.', 2)
  return withCliCore(io, async (core) => {
    const entry = core.lab.thresholds().entries.find((e) => e.kind === kind && e.from === from)
    if (!entry) {
      throw new CliFailure(`There is no ${flags.kind as string} value set from ${from}.`)
    }
    core.lab.removeThreshold({ id: entry.id })
    io.stderr(`Removed ${describeThreshold(entry)} from ${from}.\n`)
    return 0
  })
}

/** A number, or for paces also `m:ss`, within the kind's limits. */
function parseValue(kind: NumericThresholdKind, text: string): number {
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text)
  const value =
    clock && (kind === 'thresholdPace' || kind === 'swimThresholdPace')
      ? Number(clock[1]) * 60 + Number(clock[2])
      : /^\d+(\.\d+)?$/.test(text)
        ? Number(text)
        : Number.NaN
  const problem = thresholdProblem(kind, value)
  if (problem) throw new CliFailure(`--${FLAG_OF[kind]}: ${lowerFirst(problem)}`, 2)
  return value
}

function lowerFirst(sentence: string): string {
  return sentence.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase())
}

function listing(entries: StoredThresholdDto[], estimates: ThresholdEstimateDto[]): string {
  const lines: string[] = []
  if (entries.length === 0) {
    lines.push('No thresholds set yet. Set them with `trailkeep athlete set --ftp 250 ...`.')
  } else {
    lines.push('From        Threshold')
    for (const entry of entries) lines.push(`${entry.from}  ${describeThreshold(entry)}`)
  }
  for (const estimate of estimates) {
    if (estimate.current !== null && Math.round(estimate.current) === estimate.value) continue
    const flag = FLAG_OF[estimate.kind]
    const { label } = THRESHOLD_LIMITS[estimate.kind]
    lines.push(
      '',
      `Suggested ${label}: ${formatThreshold(estimate.kind, estimate.value)} (now ${estimate.current === null ? 'not set' : formatThreshold(estimate.kind, estimate.current)}). ${estimate.rule}`,
      `  From ${terminalText(estimate.activity.name)} (${estimate.activity.id}, ${estimate.activity.startDateLocal.slice(0, 10)}). To use it: trailkeep athlete set --${flag} ${estimate.value}`,
    )
  }
  return `${lines.join('\n')}\n`
}
