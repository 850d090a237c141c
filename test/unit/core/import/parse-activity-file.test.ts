import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseActivityFile } from '../../../../src/main/core/import/activity-files/parse-activity-file'
import { keepOnePerRecording } from '../../../../src/main/core/import/activity-files/same-recordings'
import { readGpx } from '../../../../src/main/core/import/gpx-reader'
import { fitBytes, gpxDocument, straightTrack } from '../../../helpers/device-files'

const T = Date.UTC(2024, 4, 1, 6)
const NOW = Date.UTC(2025, 0, 1)
const encode = (text: string) => new TextEncoder().encode(text)

describe('parseActivityFile', () => {
  it('returns plain data that crosses a worker boundary unchanged', () => {
    const records = straightTrack(T, 120, { step: 3 }).map((p, i) => ({
      ...p,
      distance: i * 3,
      heartrate: 150,
    }))
    const parsed = parseActivityFile(fitBytes({ records }), 'fit', { now: NOW })
    expect(parsed.kind).toBe('activity')
    expect(structuredClone(parsed)).toEqual(parsed)
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed)
  })

  it('reads gzipped files and says why an unreadable one is skipped', () => {
    const text = gpxDocument([{ type: 'running', segments: [straightTrack(T, 10)] }])
    const plain = parseActivityFile(encode(text), 'gpx', { now: NOW })
    expect(parseActivityFile(gzipSync(text), 'gpx', { now: NOW })).toEqual(plain)
    const cases: [Uint8Array, 'fit' | 'gpx' | 'tcx', string][] = [
      [new Uint8Array(0), 'gpx', 'the file is empty'],
      [Uint8Array.from([0x1f, 0x8b, 1, 2, 3]), 'fit', 'it is not valid gzip data'],
      [encode(text), 'tcx', 'the file is not TCX'],
      [encode(text.slice(0, 300)), 'gpx', 'the GPX file is not well-formed XML'],
      [encode(text), 'fit', 'not a FIT file'],
    ]
    for (const [bytes, format, reason] of cases) {
      expect(parseActivityFile(bytes, format, { now: NOW }), reason).toEqual({
        kind: 'skipped',
        reason,
      })
    }
  })

  it('keeps one activity for the same recording in two files, the one with heart rate', () => {
    const track = straightTrack(T, 60, { step: 3 })
    const withHr = parseActivityFile(
      encode(
        gpxDocument([
          { type: 'running', segments: [track.map((p) => ({ ...p, heartrate: 150 }))] },
        ]),
      ),
      'gpx',
      { now: NOW },
    )
    const withoutHr = parseActivityFile(
      fitBytes({
        records: track.slice(2),
        sessions: [{ startTime: new Date(T + 2000), sport: 'running' }],
      }),
      'fit',
      { now: NOW },
    )
    if (withHr.kind !== 'activity' || withoutHr.kind !== 'activity') throw new Error('not parsed')
    const kept = keepOnePerRecording([...withoutHr.activities, ...withHr.activities])
    expect(kept).toHaveLength(1)
    expect(kept[0]?.streams.heartrate).toBeDefined()
  })

  it('streams a 100 MB GPX: the text is never held whole', () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const blob = 'x'.repeat(27_000)
    const count = 3_900
    let bytes = 0
    let peak = 0
    gc()
    const base = process.memoryUsage().heapUsed
    function* chunks(): Generator<Uint8Array> {
      yield encode(
        '<?xml version="1.0"?><gpx version="1.1" creator="big"><trk><type>cycling</type><trkseg>',
      )
      for (let i = 0; i < count; i++) {
        const time = new Date(T + i * 1000).toISOString()
        const chunk = encode(
          `<trkpt lat="${50 + i / 1e5}" lon="7"><ele>${100 + (i % 10)}</ele><time>${time}</time>` +
            `<extensions><vendor:blob xmlns:vendor="urn:v">${blob}</vendor:blob></extensions></trkpt>\n`,
        )
        bytes += chunk.length
        if (i % 200 === 0) {
          gc()
          peak = Math.max(peak, process.memoryUsage().heapUsed - base)
        }
        yield chunk
      }
      yield encode('</trkseg></trk></gpx>')
    }
    const doc = readGpx(chunks())
    expect(bytes).toBeGreaterThan(100 * 1024 * 1024)
    expect(doc.points).toHaveLength(count)
    expect(doc.points.at(-1)).toMatchObject({ timeMs: T + (count - 1) * 1000, altitude: 109 })
    // Holding the text would take over 100 MB; the points and parser state take a few.
    expect(peak).toBeLessThan(30 * 1024 * 1024)
  })
})
