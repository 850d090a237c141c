/**
 * Heatmap packs of the library as it is now: packed from the stored tracks, and kept in the
 * library's pack files (heat-pack-file.ts) so the next heatmap opens from them.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { AppDb } from '../db/open-database'
import { buildHeatPack } from './heat-pack'
import { storedPackVersion, writeHeatPack, type StoredPack } from './heat-pack-file'
import { heatRowsAfter, mapsVersion, type HeatRow } from './map-rows'

export type PackKind = 'coarse' | 'full'

/** A pack's own version: the map data it was made from, and its kind. */
export const packVersion = (dataVersion: string, kind: PackKind): string => `${dataVersion}:${kind}`

/**
 * Where the library keeps its whole-track pack, the only one kept on disk: read from a file, it
 * draws every zoom alone. The coarse pack only speeds up a first screen packed from the rows.
 */
export const keptPackPath = (packDir: string): string => join(packDir, 'full.pack')

/** Deletes what writes of another run left half done (the app was stopped while writing). */
function removeAbandonedWrites(packDir: string): void {
  const ours = `.${process.pid}-`
  const names = existsSync(packDir) ? readdirSync(packDir) : []
  for (const name of names) {
    if (name.endsWith('.partial') && !name.includes(ours))
      rmSync(join(packDir, name), { force: true })
  }
}

/** Tracks read between two turns of the event loop while a pack loads. */
const PAGE = 5000

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Packs the stored tracks of this kind, a page and a slice at a time between turns. */
export async function packFromRows(
  db: AppDb,
  dataVersion: string,
  kind: PackKind,
): Promise<StoredPack> {
  const rows: HeatRow[] = []
  for (let after = Number.MIN_SAFE_INTEGER; ;) {
    await nextTurn()
    const page = heatRowsAfter(db, kind === 'coarse', after, PAGE)
    rows.push(...page)
    if (page.length < PAGE) break
    after = page[page.length - 1]?.id ?? after
  }
  return buildHeatPack(packVersion(dataVersion, kind), rows, nextTurn)
}

/**
 * Packs the library's whole tracks into its pack file unless that already holds them as they are
 * now: run once the map data is up to date, so opening the heatmap reads a file instead of
 * 50,000 tracks. A whole-track pack `ready` in memory is written as it is. Nothing is kept in
 * memory.
 */
export async function preparePackFiles(
  db: AppDb,
  packDir: string,
  ready: (dataVersion: string) => StoredPack | null = () => null,
): Promise<void> {
  removeAbandonedWrites(packDir)
  const dataVersion = mapsVersion(db)
  const path = keptPackPath(packDir)
  if ((await storedPackVersion(path)) === packVersion(dataVersion, 'full')) return
  const pack = ready(dataVersion) ?? (await packFromRows(db, dataVersion, 'full'))
  await writeHeatPack(path, pack)
}
