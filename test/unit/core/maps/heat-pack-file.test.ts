import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildHeatPack, PACK_META_WORDS } from '../../../../src/main/core/maps/heat-pack'
import {
  readHeatPack,
  storedPackVersion,
  writeHeatPack,
  type StoredPack,
} from '../../../../src/main/core/maps/heat-pack-file'
import { coarseLevels, projectTrack } from '../../../../src/main/core/maps/heat-track'
import { encodeProjectedTrack } from '../../../../src/main/core/maps/heat-track-codec'
import { seededRandom } from '../../../helpers/seeded-random'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailkeep-pack-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Stored tracks of a few wandering activities, ids beyond 2^32 and negative (file-only) too. */
function rows(coarse: boolean) {
  const random = seededRandom(4)
  return [-3, 17, 2 ** 40 + 5].map((id) => {
    let lat = 47.3 + random() * 0.1
    let lon = 8.5 + random() * 0.1
    const latlng = Array.from({ length: 400 }, (): [number, number] => {
      lat += (random() - 0.5) * 0.001
      lon += (random() - 0.5) * 0.001
      return [lat, lon]
    })
    const track = projectTrack(latlng)
    return { id, heat: encodeProjectedTrack(coarse ? coarseLevels(track) : track) }
  })
}

const plain = ({ pack, ids }: StoredPack) => ({
  version: pack.version,
  count: pack.count,
  ids,
  meta: Array.from(pack.meta.subarray(0, pack.count * PACK_META_WORDS)),
  coords: Array.from(pack.coords),
  boxes: Array.from(pack.boxes),
})

describe('a heatmap pack file', () => {
  it.each([true, false])('gives back the pack it was written with (coarse: %s)', async (coarse) => {
    const built = await buildHeatPack('12:34:full', rows(coarse))
    const path = join(dir, 'full.pack')
    await writeHeatPack(path, built)
    expect(await storedPackVersion(path)).toBe('12:34:full')
    const read = await readHeatPack(path, '12:34:full')
    expect(read && plain(read)).toEqual(plain(built))
    expect(read?.pack.coords.buffer).toBeInstanceOf(SharedArrayBuffer)
  })

  it('serves no other version of the library, and is deleted then', async () => {
    const path = join(dir, 'full.pack')
    await writeHeatPack(path, await buildHeatPack('12:34:full', rows(false)))
    expect(await readHeatPack(path, '12:35:full')).toBeNull()
    expect(existsSync(path)).toBe(false)
  })

  it('is ignored and deleted when cut short, padded, or pointing outside its arrays', async () => {
    const path = join(dir, 'full.pack')
    await writeHeatPack(path, await buildHeatPack('v', rows(false)))
    const good = readFileSync(path)
    const size = statSync(path).size
    const metaAt = 32 + 8 + 8 * 3
    const outside = Buffer.from(good)
    outside.writeInt32LE(10_000_000, metaAt + 4 * 4) // the first track's coords offset
    const backwards = Buffer.from(good)
    backwards.writeInt32LE(-1, metaAt + 4 * 5) // its boxes offset
    for (const bad of [
      good.subarray(0, size - 4),
      Buffer.concat([good, Buffer.alloc(4)]),
      outside,
      backwards,
    ]) {
      writeFileSync(path, bad)
      expect(await readHeatPack(path, 'v')).toBeNull()
      expect(existsSync(path)).toBe(false)
    }
    expect(await readHeatPack(join(dir, 'none.pack'), 'v')).toBeNull()
  })
})
