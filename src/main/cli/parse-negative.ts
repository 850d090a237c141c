import { CliFailure } from './io'

/**
 * `--id -3` as well as `--id=-3` (activities known only from a file have negative ids), and
 * `--lat -33.9`: node's parser reads a value starting with a dash as a flag of its own. Joins
 * each of `flags` with the argument after it when that argument is a negative number, so the
 * strict parser sees `--id=-3`.
 */
export function joinNegativeValues(args: readonly string[], flags: readonly string[] = ['--id']) {
  const joined: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const next = args[i + 1]
    if (flags.includes(arg) && next !== undefined && /^-\d+(\.\d+)?$/.test(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else {
      joined.push(arg)
    }
  }
  return joined
}

/** An activity id: a whole number other than 0 (negative for file-only activities). */
export function parseActivityId(value: string | undefined, command: string): number {
  if (value === undefined) {
    throw new CliFailure(`--id is required. Run \`trailkeep ${command} --help\` for usage.`, 2)
  }
  const id = Number(value)
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(id) || id === 0) {
    throw new CliFailure('--id must be an activity id, a whole number such as 16004594372.', 2)
  }
  return id
}
