/**
 * activities.csv of a Strava bulk export, streamed. Columns are found by header name, so
 * missing, extra or reordered columns are fine; only "Activity ID" is required.
 */
import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { AppError } from '../errors'
import {
  normalizeArchivePath,
  parseExportBoolean,
  parseExportDate,
  parseExportNumber,
  toSportType,
} from './csv-values'

export interface ExportRow {
  id: number
  name: string
  sportType: string
  /** Milliseconds since the epoch, UTC; null when the date cell is unreadable. */
  startMs: number | null
  elapsedTime: number | null
  movingTime: number | null
  /** Metres. */
  distance: number | null
  elevationGain: number | null
  maxHeartrate: number | null
  averageHeartrate: number | null
  description: string | null
  /** The name of the bike or shoes, as the athlete named them on Strava. */
  gearName: string | null
  calories: number | null
  commute: boolean | null
  /** Path of the original file inside the archive, or null (manual activities have none). */
  filename: string | null
}

type Header = Map<string, number[]>

function readHeader(cells: string[]): Header {
  const header: Header = new Map()
  cells.forEach((cell, i) => {
    const key = cell.trim().toLowerCase()
    header.set(key, [...(header.get(key) ?? []), i])
  })
  return header
}

function cell(row: string[], header: Header, name: string, which: 'first' | 'last' = 'first') {
  const indexes = header.get(name)
  const index = which === 'first' ? indexes?.[0] : indexes?.[indexes.length - 1]
  return index === undefined ? undefined : row[index]
}

/**
 * Strava writes "Distance" twice: first in the athlete's display unit (km), later in metres.
 * With both, the later one; with one, it is the display column.
 */
function distance(row: string[], header: Header): number | null {
  const count = header.get('distance')?.length ?? 0
  const value = parseExportNumber(cell(row, header, 'distance', 'last'))
  if (value === null) return null
  return count > 1 ? value : Math.round(value * 1000 * 10) / 10
}

function toRow(row: string[], header: Header): ExportRow | null {
  const idText = cell(row, header, 'activity id')?.trim() ?? ''
  const id = Number(idText)
  if (!/^\d{1,16}$/.test(idText) || !Number.isSafeInteger(id) || id <= 0) return null
  const text = (name: string) => {
    const value = cell(row, header, name)?.trim()
    return value ? value : null
  }
  const number = (name: string, which: 'first' | 'last' = 'first') =>
    parseExportNumber(cell(row, header, name, which))
  return {
    id,
    name: (text('activity name') ?? '').slice(0, 10_000),
    sportType: toSportType(text('activity type') ?? undefined),
    startMs: parseExportDate(text('activity date') ?? ''),
    elapsedTime: number('elapsed time', 'last'),
    movingTime: number('moving time'),
    distance: distance(row, header),
    elevationGain: number('elevation gain'),
    maxHeartrate: number('max heart rate'),
    averageHeartrate: number('average heart rate'),
    description: text('activity description'),
    gearName: text('activity gear')?.slice(0, 1000) ?? null,
    calories: number('calories'),
    commute: parseExportBoolean(cell(row, header, 'commute')),
    filename: normalizeArchivePath(cell(row, header, 'filename')),
  }
}

/** Every readable row; rows without a usable Activity ID are counted, not fatal. */
export async function readExportCsv(
  input: Readable,
): Promise<{ rows: ExportRow[]; unreadable: number }> {
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }),
  )
  input.once('error', (error) => parser.destroy(error))
  let header: Header | null = null
  const rows: ExportRow[] = []
  let unreadable = 0
  for await (const record of parser as AsyncIterable<string[]>) {
    if (!header) {
      header = readHeader(record)
      if (!header.has('activity id')) {
        throw new AppError(
          'ARCHIVE_INVALID',
          'The activities.csv in this archive has no "Activity ID" column; choose the ZIP file from Strava\'s "Download your data".',
        )
      }
      continue
    }
    const parsed = toRow(record, header)
    if (parsed) rows.push(parsed)
    else unreadable++
  }
  return { rows, unreadable }
}
