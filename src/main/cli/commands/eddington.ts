import type { CliIo } from '../io'
import { printHelp } from '../help'
import { requireSport } from '../lab-flags'
import { withCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { terminalJson, terminalText } from '../terminal-text'

export const eddingtonHelp = `Usage: trailkeep eddington --sport TYPE [--json]

The Eddington number: the largest n such that on n days the sport's summed distance was at least
n km (or n miles). Days are the activities' local days.
  --json  {"km": n, "miles": n}`

export async function runEddington(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('eddington', args, {
    json: { type: 'boolean' },
    sport: { type: 'string' },
  })
  if (flags.help) return printHelp(io, eddingtonHelp)
  const sport = requireSport('eddington', flags.sport as string | undefined)
  return withCliCore(io, async (core) => {
    const { km, miles } = core.lab.eddington({ sport })
    if (flags.json) {
      io.stdout(`${terminalJson({ km: km.n, miles: miles.n })}\n`)
      return 0
    }
    const next = (n: number, days: number, unit: (count: number) => string) =>
      `${days} more ${days === 1 ? 'day' : 'days'} of ${n + 1} ${unit(n + 1)} or more for ${n + 1}`
    const mile = (count: number) => (count === 1 ? 'mile' : 'miles')
    io.stdout(
      `${terminalText(sport)} Eddington number: ${km.n} (km), ${miles.n} (miles)\n` +
        `Next: ${next(km.n, km.daysForNext, () => 'km')}; ${next(miles.n, miles.daysForNext, mile)}.\n`,
    )
    return 0
  })
}
