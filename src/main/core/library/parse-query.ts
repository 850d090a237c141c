import type { z } from 'zod'
import { AppError } from '../errors'

/** Validates (again) at the core's edge, so every caller gets the same bounds and defaults. */
export function parseQuery<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : ''
  throw new AppError('INVALID_INPUT', `The library query is not valid${where}.`, {
    cause: parsed.error,
  })
}
