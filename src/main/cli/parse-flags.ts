import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliFailure } from './io'

type Options = NonNullable<ParseArgsConfig['options']>

/** Strict flag parsing: an unknown or malformed flag is one clear sentence, never a stack. */
export function parseFlags<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\.$/, '') : 'invalid arguments'
    throw new CliFailure(`${detail}. Run \`trailkeep ${command} --help\` for usage.`, 2)
  }
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
