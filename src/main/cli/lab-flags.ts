import { calendarDateSchema, isoInstantSchema, sportTypeSchema } from '../../shared/library-query'
import { CliFailure } from './io'

/** The `--sport TYPE` every lab command needs. */
export function requireSport(command: string, value: string | undefined): string {
  if (value === undefined) {
    throw new CliFailure(`--sport is required, like \`trailkeep ${command} --sport Run\`.`, 2)
  }
  if (!sportTypeSchema.safeParse(value).success) {
    throw new CliFailure('--sport must be a sport type of 1 to 100 characters, like Run.', 2)
  }
  return value
}

/** A `YYYY-MM-DD` calendar day. */
export function checkDay(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || calendarDateSchema.safeParse(value).success) return value
  throw new CliFailure(`${flag} must be a day written YYYY-MM-DD, like 2024-05-01.`, 2)
}

/** A day (the activity's local day) or a date-time (its start). */
export function checkDayOrInstant(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || isoInstantSchema.safeParse(value).success) return value
  throw new CliFailure(
    `${flag} must be a date like 2024-05-01 or a date-time like 2024-05-01T06:30:00Z.`,
    2,
  )
}

/** One of a command's fixed words (`--stream watts`). */
export function checkChoice<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
): T {
  if (value !== undefined && (choices as readonly string[]).includes(value)) return value as T
  const list = choices.join(', ')
  throw new CliFailure(
    value === undefined
      ? `${flag} is required: one of ${list}.`
      : `${flag} must be one of ${list}.`,
    2,
  )
}
