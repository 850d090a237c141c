import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PMTiles, type Source } from 'pmtiles'
import { afterAll, describe, expect, it } from 'vitest'
import { readBaseMapInfo, readRange } from '../../../../src/main/core/maps/base-map-file'
import { tileAt } from '../../../../src/main/core/maps/tile-math'
import { writeRasterPmtiles } from '../../../helpers/pmtiles-fixture'
import { decodePng } from './png-decode'

const dir = mkdtempSync(join(tmpdir(), 'trailkeep-basemap-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const BOX = { west: 11.5, south: 48.1, east: 11.6, north: 48.2 }

describe('a PMTiles base map', () => {
  const file = join(dir, 'munich.pmtiles')
  const count = writeRasterPmtiles(file, BOX, 12)

  it('is described from its header', async () => {
    const info = await readBaseMapInfo(file)
    expect(info).toMatchObject({
      name: 'munich.pmtiles',
      kind: 'raster',
      tileType: 'png',
      minZoom: 0,
      maxZoom: 12,
    })
    expect(info.bounds.map((v) => Number(v.toFixed(4)))).toEqual([11.5, 48.1, 11.6, 48.2])
    expect(count).toBeGreaterThan(12)
  })

  it('gives the pmtiles reader every tile through byte ranges', async () => {
    const source: Source = {
      getKey: () => 'munich',
      getBytes: async (offset, length) => {
        const bytes = await readRange(file, offset, length)
        return { data: new Uint8Array(bytes).buffer }
      },
    }
    const archive = new PMTiles(source)
    const { x, y } = tileAt(48.15, 11.55, 12)
    const tile = await archive.getZxy(12, x, y)
    expect(tile).toBeDefined()
    expect(decodePng(new Uint8Array(tile?.data ?? new ArrayBuffer(0))).width).toBe(256)
    expect(await archive.getZxy(12, x + 5, y)).toBeUndefined()
  })

  it('refuses a file that is not a PMTiles map, in one sentence', async () => {
    const other = join(dir, 'notes.pmtiles')
    writeFileSync(other, 'hello, this is not a map at all'.repeat(10))
    await expect(readBaseMapInfo(other)).rejects.toMatchObject({
      code: 'BASE_MAP_INVALID',
      message: 'notes.pmtiles is not a base map Trailkeep can show: it is not a PMTiles file.',
    })
  })

  it('reads no more than 16 MB at once and nothing before the start', async () => {
    await expect(readRange(file, 0, 17 * 1024 * 1024)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(readRange(file, -1, 10)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })
})
