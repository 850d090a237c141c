import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliFailure } from './io'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * `--id -3` as `--id=-3`: node's parseArgs takes a value that starts with a dash for a flag of
 * its own, but activities known only from a file have negative ids. Only a string flag followed
 * by a number is joined; `--json -3` stays as it was.
 */
export function joinNegativeValues(args: readonly string[], options: Options): string[] {
  const joined: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const next = args[i + 1]
    const name = arg.startsWith('--') ? arg.slice(2) : null
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d+$/.test(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else joined.push(arg)
  }
  return joined
}

/** Strict flag parsing: an unknown or malformed flag is one clear sentence, never a stack. */
export function parseFlags<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({
      args: joinNegativeValues(args, options),
      options: { ...options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\.$/, '') : 'invalid arguments'
    throw new CliFailure(`${detail}. Run \`trailkeep ${command} --help\` for usage.`, 2)
  }
}

/** An activity id: Strava's (positive), or a local one for an activity known only from a file. */
export function parseActivityId(name: string, value: string): number {
  const parsed = Number(value)
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed === 0) {
    throw new CliFailure(
      `${name} must be an activity id, like 12345678901 or -3 for one known only from a file.`,
      2,
    )
  }
  return parsed
}

export function parsePositiveInteger(
  name: string,
  value: string | undefined,
  max: number,
): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1 || parsed > max) {
    throw new CliFailure(`${name} must be a whole number from 1 to ${max}.`, 2)
  }
  return parsed
}
