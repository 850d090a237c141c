import { isAppError } from '../../core'
import { CliFailure, type CliIo } from '../io'
import { withCliCore } from '../open-cli-core'
import { joinNegativeValues, parseActivityId } from '../parse-negative'
import { parseFlags } from '../parse-flags'
import { printHelp } from '../help'
import { terminalJson, terminalText } from '../terminal-text'
import { refreshFigures } from '../refresh-figures'

export const similarHelp = `Usage: trailkeep similar --id ID --json

The activities that followed the same route as activity ID in the same direction, newest
first: starts within 200 m, ends within 200 m, distances within 10 %, and no point of either
track more than 100 m from the other track. ID may be negative (an activity known only from a
file): --id -3 or --id=-3.
  --id ID   the activity
  --json    print [{"id", "startDate", "movingTime", "distance"}] on stdout`

export async function runSimilar(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('similar', joinNegativeValues(args), {
    id: { type: 'string' },
    json: { type: 'boolean' },
  })
  if (flags.help) return printHelp(io, similarHelp)
  const id = parseActivityId(flags.id as string | undefined, 'similar')
  return withCliCore(io, async (core) => {
    await refreshFigures(core, io)
    let similar
    try {
      similar = core.maps.similar({ id })
    } catch (error) {
      if (isAppError(error, 'NOT_FOUND')) {
        throw new CliFailure(`${error.message} Run \`trailkeep list\` to see the ids.`, 2)
      }
      throw error
    }
    if (flags.json) {
      const items = similar.map(({ id: other, startDate, movingTime, distance }) => ({
        id: other,
        startDate,
        movingTime,
        distance,
      }))
      io.stdout(`${terminalJson(items)}\n`)
      return 0
    }
    if (similar.length === 0) {
      io.stderr('No other activity followed the same route.\n')
      return 0
    }
    for (const a of similar) {
      const km = (a.distance / 1000).toFixed(2)
      io.stdout(
        `${a.id}  ${a.startDate.slice(0, 10)}  ${km} km  ${a.movingTime} s  ${terminalText(a.name)}\n`,
      )
    }
    return 0
  })
}
