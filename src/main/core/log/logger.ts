import { appendFileSync, existsSync, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, restrictToOwner } from '../config/private-files'
import { redactor } from './redact'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 }

export const LOG_FILE = 'trailkeep.log'
const MAX_BYTES = 1024 * 1024
const KEEP_FILES = 3

interface Sink {
  folder: string | null
  level: LogLevel
}
const sink: Sink = { folder: null, level: 'info' }

/** Where logs go: `<dataDir>/logs`, rotated at 1 MiB, three files kept. */
export function configureLogging(options: { folder: string | null; level?: LogLevel }): void {
  sink.folder = options.folder
  sink.level = options.level ?? 'info'
  if (!sink.folder) return
  mkdirSync(sink.folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  // Logs written by an older version may be readable by others: tighten them too.
  restrictToOwner(sink.folder)
  const file = join(sink.folder, LOG_FILE)
  for (let i = 0; i < KEEP_FILES; i++) {
    const path = i === 0 ? file : `${file}.${i}`
    if (existsSync(path)) restrictToOwner(path)
  }
}

export function logFilePath(): string | null {
  return sink.folder ? join(sink.folder, LOG_FILE) : null
}

function rotate(file: string): void {
  if (!existsSync(file) || statSync(file).size < MAX_BYTES) return
  const oldest = `${file}.${KEEP_FILES - 1}`
  if (existsSync(oldest)) unlinkSync(oldest)
  for (let i = KEEP_FILES - 2; i >= 1; i--) {
    if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`)
  }
  renameSync(file, `${file}.1`)
}

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code
    return {
      name: value.name,
      message: value.message,
      code: typeof code === 'string' ? code : undefined,
    }
  }
  return value
}

function write(name: string, level: LogLevel, message: string, data?: Record<string, unknown>) {
  if (LEVELS[level] < LEVELS[sink.level]) return
  const file = logFilePath()
  if (!file) return
  const record = { at: new Date().toISOString(), level, module: name, message, ...mapValues(data) }
  const line = redactor.redact(JSON.stringify(record))
  try {
    rotate(file)
    appendFileSync(file, `${line}\n`, { mode: PRIVATE_FILE_MODE })
  } catch {
    // Logging must never break the app (disk full, read-only folder).
  }
}

function mapValues(data: Record<string, unknown> | undefined) {
  if (!data) return {}
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, describe(v)]))
}

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void
  info(message: string, data?: Record<string, unknown>): void
  warn(message: string, data?: Record<string, unknown>): void
  error(message: string, data?: Record<string, unknown>): void
}

/** A named logger for one module. Every line is redacted before it reaches the file. */
export function createLogger(name: string): Logger {
  return {
    debug: (m, d) => write(name, 'debug', m, d),
    info: (m, d) => write(name, 'info', m, d),
    warn: (m, d) => write(name, 'warn', m, d),
    error: (m, d) => write(name, 'error', m, d),
  }
}
