import { sportTypeSchema } from '../../shared/library-query'
import { CliFailure } from './io'

/** A `--sport TYPE` value, checked like `list` checks it. */
export function checkSport(value: string | undefined): string | undefined {
  if (value === undefined || sportTypeSchema.safeParse(value).success) return value
  throw new CliFailure('--sport must be a sport type of 1 to 100 characters, like Run.', 2)
}
