import type { EddingtonDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { eddingtonNumber, KILOMETRE, MILE } from '../eddington'
import { sportTypesFor } from '../sport-family'
import { placeholders } from '../../db/id-chunks'

const LONGEST_DAYS = 50
const MAX_UNITS = 1000

/**
 * The sport's summed distance per local day (metres), from the library's covering sport index:
 * Eddington needs only distances, so it is current even before the lab has analysed anything.
 */
export function dailyDistances(db: AppDb, sport: string): Map<string, number> {
  const types = sportTypesFor(sport)
  const rows = statementFor(
    db,
    `SELECT substr(start_date_local, 1, 10), sum(distance)
     FROM activities INDEXED BY activities_sport_library_idx
     WHERE sport_type IN (${placeholders(types.length)}) AND deleted_at IS NULL
     GROUP BY 1`,
  )
    .raw(true)
    .all(...types) as [string, number][]
  return new Map(rows)
}

export function eddingtonQuery(db: AppDb, sport: string): EddingtonDto {
  const days = dailyDistances(db, sport)
  const metres = [...days.values()]
  const longestDays = [...days.entries()]
    .filter(([, m]) => m > 0)
    .sort(([, a], [, b]) => b - a)
    .slice(0, LONGEST_DAYS)
    .map(([date, m]) => ({ date, metres: m }))
  return {
    sport,
    km: eddingtonNumber(metres, KILOMETRE),
    miles: eddingtonNumber(metres, MILE),
    activeDays: metres.filter((m) => m > 0).length,
    daysAtLeast: { km: daysAtLeast(metres, KILOMETRE), miles: daysAtLeast(metres, MILE) },
    longestDays,
  }
}

/** counts[x − 1]: days of at least x units, for x up to the longest day (O(days + units)). */
function daysAtLeast(metres: readonly number[], unit: number): number[] {
  const exactly = new Array<number>(MAX_UNITS + 1).fill(0)
  let top = 0
  for (const m of metres) {
    const units = Math.min(MAX_UNITS, Math.floor(m / unit + 1e-9))
    exactly[units] = (exactly[units] ?? 0) + 1
    top = Math.max(top, units)
  }
  const counts: number[] = []
  let running = 0
  for (let x = top; x >= 1; x--) {
    running += exactly[x] ?? 0
    counts[x - 1] = running
  }
  return counts
}
