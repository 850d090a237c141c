import type { ActivityListItemDto } from '../../../shared/library-dto'
import { terminalText } from '../terminal-text'

const NAME_WIDTH = 60

interface Column {
  title: string
  align: 'left' | 'right'
  cell: (item: ActivityListItemDto) => string
}

const COLUMNS: Column[] = [
  { title: 'DATE (LOCAL)', align: 'left', cell: (a) => formatLocalDate(a.startDateLocal) },
  { title: 'SPORT', align: 'left', cell: (a) => terminalText(a.sportType) },
  { title: 'DISTANCE', align: 'right', cell: (a) => `${(a.distance / 1000).toFixed(2)} km` },
  { title: 'MOVING', align: 'right', cell: (a) => formatDuration(a.movingTime) },
  { title: 'ELEV', align: 'right', cell: (a) => `${Math.round(a.totalElevationGain)} m` },
  { title: 'ID', align: 'right', cell: (a) => String(a.id) },
  { title: 'FROM', align: 'left', cell: (a) => a.source },
  { title: 'NAME', align: 'left', cell: formatName },
]

/** A plain-text table, one activity a line. The name comes last, so wide scripts cannot skew it. */
export function formatActivityTable(items: ActivityListItemDto[]): string {
  const cells = items.map((item) => COLUMNS.map((column) => column.cell(item)))
  const widths = COLUMNS.map((column, i) =>
    Math.max(column.title.length, ...cells.map((row) => row[i]?.length ?? 0)),
  )
  const line = (row: string[]) =>
    row
      .map((text, i) => {
        const column = COLUMNS[i]
        if (!column || i === COLUMNS.length - 1) return text
        const width = widths[i] ?? 0
        return column.align === 'right' ? text.padStart(width) : text.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  return `${[COLUMNS.map((c) => c.title), ...cells].map(line).join('\n')}\n`
}

function formatLocalDate(startDateLocal: string): string {
  // Strava's local time carries a misleading `Z`; show the wall-clock digits as they are.
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(startDateLocal)
  return match ? `${match[1]} ${match[2]}` : terminalText(startDateLocal.slice(0, 16))
}

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}

function formatName(item: ActivityListItemDto): string {
  const characters = [...terminalText(item.name)]
  const name =
    characters.length > NAME_WIDTH
      ? `${characters.slice(0, NAME_WIDTH - 1).join('')}…`
      : characters.join('')
  return item.deletedAt === null ? name : `${name} [deleted on Strava]`
}
