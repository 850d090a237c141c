import type { ActivityListItemDto } from '../../../shared/library-dto'
import {
  isoInstantSchema,
  sportTypeSchema,
  type ActivityQueryInput,
} from '../../../shared/library-query'
import { CliFailure, type CliIo } from '../io'
import { withCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { printHelp } from '../help'
import { formatActivityTable } from './list-table'
import { terminalJson } from '../terminal-text'
import { activityCount } from '../../../shared/count-text'

export const listHelp = `Usage: trailkeep list [--json] [--sport TYPE] [--after ISO] [--before ISO] [--search TEXT] [--include-deleted]

Lists backed-up activities, newest first: every match, as a table or with --json as one array.
  --sport TYPE       only this sport type (Run, Ride, ...); repeat for several
  --after ISO        starting at or after, e.g. 2024-05-01 (midnight UTC) or 2024-05-01T06:30:00Z
  --before ISO       starting before (exclusive), same forms as --after
  --search TEXT      name contains TEXT (case and accents ignored)
  --include-deleted  also list activities deleted on Strava`

/** The contract's `list --json` item: no more, no fewer fields. */
const LIST_JSON_FIELDS = [
  'id',
  'name',
  'sportType',
  'startDate',
  'distance',
  'movingTime',
  'elapsedTime',
  'totalElevationGain',
  'deletedAt',
  'hasStreams',
  'source',
] as const satisfies readonly (keyof ActivityListItemDto)[]

export type ListJsonItem = Pick<ActivityListItemDto, (typeof LIST_JSON_FIELDS)[number]>

export async function runList(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('list', args, {
    json: { type: 'boolean' },
    sport: { type: 'string', multiple: true },
    after: { type: 'string' },
    before: { type: 'string' },
    search: { type: 'string' },
    'include-deleted': { type: 'boolean' },
  })
  if (flags.help) return printHelp(io, listHelp)
  const query: ActivityQueryInput = {
    sportTypes: checkSports(flags.sport as string[] | undefined),
    after: checkInstant('--after', flags.after as string | undefined),
    before: checkInstant('--before', flags.before as string | undefined),
    search: checkSearch(flags.search as string | undefined),
    includeDeleted: flags['include-deleted'] === true,
    sort: 'date',
    direction: 'desc',
  }
  return withCliCore(io, async (core) => {
    const items = core.library.listAll(query)
    if (flags.json) {
      io.stdout(`${terminalJson(items.map(toJsonItem))}\n`)
      return 0
    }
    if (items.length === 0) {
      io.stderr('No activities match.\n')
      return 0
    }
    io.stdout(formatActivityTable(items))
    io.stderr(`${activityCount(items.length)}\n`)
    return 0
  })
}

export function toJsonItem(item: ActivityListItemDto): ListJsonItem {
  return Object.fromEntries(LIST_JSON_FIELDS.map((field) => [field, item[field]])) as ListJsonItem
}

function checkInstant(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || isoInstantSchema.safeParse(value).success) return value
  throw new CliFailure(
    `${flag} must be a date like 2024-05-01 or a date-time like 2024-05-01T06:30:00Z.`,
    2,
  )
}

function checkSports(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined
  if (values.length > 50) throw new CliFailure('--sport can be given at most 50 times.', 2)
  for (const value of values) {
    if (!sportTypeSchema.safeParse(value).success) {
      throw new CliFailure('--sport must be a sport type of 1 to 100 characters, like Run.', 2)
    }
  }
  return values
}

function checkSearch(value: string | undefined): string | undefined {
  if (value !== undefined && value.length > 200) {
    throw new CliFailure('--search must be at most 200 characters.', 2)
  }
  return value
}
