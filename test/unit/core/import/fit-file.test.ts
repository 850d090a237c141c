import { CrcCalculator, Decoder, Stream } from '@garmin/fitsdk'
import { describe, expect, it } from 'vitest'
import { CorruptFileError } from '../../../../src/main/core/import/corrupt-file'
import { readFitFile } from '../../../../src/main/core/import/fit-file'
import { readFitTrack } from '../../../../src/main/core/import/fit-track'
import { fitBytes, type Sample } from '../../../helpers/device-files'
import { encodeFit } from '../../../helpers/strava-export-fixture'

const T0 = Date.UTC(2024, 4, 1, 6, 0, 0)
const FIT_EPOCH_S = 631_065_600

/** A FIT file from raw data bytes: a 14-byte header, the data, the file CRC. */
function rawFit(data: number[]): Uint8Array {
  const bytes = new Uint8Array(14 + data.length + 2)
  const view = new DataView(bytes.buffer)
  bytes.set([14, 0x20], 0)
  view.setUint16(2, 2100, true)
  view.setUint32(4, data.length, true)
  bytes.set([0x2e, 0x46, 0x49, 0x54], 8)
  bytes.set(data, 14)
  view.setUint16(14 + data.length, CrcCalculator.calculateCRC(bytes, 0, 14 + data.length), true)
  return bytes
}

const u32 = (n: number, le = true) => {
  const b = new Uint8Array(4)
  new DataView(b.buffer).setUint32(0, n, le)
  return [...b]
}

describe('reading a FIT file', () => {
  it('reads records as track points: degrees, scaled values without float noise', () => {
    const samples = Array.from({ length: 50 }, (_, i) => ({
      timeMs: T0 + i * 1000,
      lat: 50.9 + i / 1e4,
      lng: -6.95 - i / 1e4,
      altitude: 55.4 + i,
      distance: i * 3.21,
      heartrate: 140 + (i % 7),
      cadence: 84,
      watts: 210 + i,
      temp: -3,
    }))
    const points = readFitTrack(encodeFit(samples))
    expect(points).toHaveLength(50)
    // Altitude is stored as (m + 500) × 5 and read back to the millimetre, not 155.39999999999998.
    expect(points.map((p) => p.altitude)).toEqual(samples.map((s) => Number(s.altitude.toFixed(1))))
    expect(points.map((p) => p.distance)).toEqual(samples.map((s) => Number(s.distance.toFixed(2))))
    expect(points[10]).toEqual({
      timeMs: T0 + 10_000,
      lat: 50.901,
      lng: -6.951,
      altitude: 65.4,
      distance: 32.1,
      speed: undefined,
      heartrate: 143,
      cadence: 84,
      watts: 220,
      temp: -3,
    })
  })

  it('reads compressed timestamp headers (which the SDK refuses) and big-endian messages', () => {
    const t = (T0 / 1000 - FIT_EPOCH_S) & ~0x1f // a time whose low five bits are zero
    const data = [
      // definition, local 0, big-endian record: timestamp (uint32) and heart rate (uint8)
      0x40,
      0,
      1,
      0,
      20,
      2,
      253,
      4,
      0x86,
      3,
      1,
      0x02,
      0x00,
      ...u32(t + 30, false),
      150,
      // definition, local 1, record with heart rate only, for compressed headers
      0x41,
      0,
      0,
      20,
      0,
      1,
      3,
      1,
      0x02,
      0x80 | (1 << 5) | 31,
      151, // offset 31: t + 31
      0x80 | (1 << 5) | 2,
      152, // offset 2 < 31: rolls over to t + 34
      0x01,
      153, // a normal message of local 1 again: its own definition, no time
      0x80 | (1 << 5) | 3,
      154, // t + 35
    ]
    const points = readFitFile(rawFit(data)).points
    expect(points.map((p) => [p.timeMs, p.heartrate])).toEqual([
      [(t + 30 + FIT_EPOCH_S) * 1000, 150],
      [(t + 31 + FIT_EPOCH_S) * 1000, 151],
      [(t + 34 + FIT_EPOCH_S) * 1000, 152],
      [undefined, 153],
      [(t + 35 + FIT_EPOCH_S) * 1000, 154],
    ])
  })

  it('refuses a truncated file and a flipped byte by their checksum', () => {
    const bytes = encodeFit([{ timeMs: T0 }, { timeMs: T0 + 1000 }])
    for (const broken of [bytes.subarray(0, bytes.length - 9), flip(bytes, 30)]) {
      const error = catchError(() => readFitFile(broken))
      expect(error).toBeInstanceOf(CorruptFileError)
      expect((error as CorruptFileError).detail).toBe('the FIT checksum does not match')
    }
    expect((catchError(() => readFitFile(new Uint8Array(40))) as CorruptFileError).detail).toBe(
      'not a FIT file',
    )
  })

  it('reads session and lap totals, the local offset and the device', () => {
    const records: Sample[] = [{ timeMs: T0 }, { timeMs: T0 + 60_000 }]
    const file = readFitFile(
      fitBytes({
        records,
        productName: 'Edge Test',
        sessions: [
          {
            startTime: new Date(T0),
            sport: 'cycling',
            subSport: 'gravelCycling',
            totalElapsedTime: 60,
            totalTimerTime: 55.5,
            totalDistance: 512.34,
            totalAscent: 12,
            avgHeartRate: 130,
            maxHeartRate: 150,
            avgPower: 201,
            maxPower: 400,
            enhancedMaxSpeed: 12.345,
            totalCalories: 77,
            firstLapIndex: 0,
            numLaps: 1,
          },
        ],
        laps: [
          {
            startTime: new Date(T0),
            totalElapsedTime: 60,
            totalDistance: 512.34,
            avgHeartRate: 131,
          },
        ],
        activity: {
          timestamp: new Date(T0 + 60_000),
          localTimestamp: (T0 + 60_000) / 1000 - FIT_EPOCH_S - 4 * 3600,
        },
      }),
    )
    expect(file.sessions[0]).toMatchObject({
      startMs: T0,
      sport: 2,
      subSport: 46,
      elapsed: 60,
      timer: 55.5,
      distance: 512.34,
      ascent: 12,
      averageHeartrate: 130,
      maxHeartrate: 150,
      averageWatts: 201,
      maxWatts: 400,
      maxSpeed: 12.345,
      calories: 77,
      firstLapIndex: 0,
      lapCount: 1,
    })
    expect(file.laps[0]).toMatchObject({
      startMs: T0,
      elapsed: 60,
      distance: 512.34,
      averageHeartrate: 131,
    })
    expect(file.utcOffsetSeconds).toBe(-4 * 3600)
    expect(file.device).toBe('Edge Test')
    expect(file.fileType).toBe(4)
  })
})

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes)
  copy[at] = (copy[at] as number) ^ 0xff
  return copy
}

function catchError(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('files with separate heart-rate messages', () => {
  it('keep their records when the SDK cannot merge the heart rate', async () => {
    const { Encoder, Profile } = await import('@garmin/fitsdk')
    const samples = Array.from({ length: 5 }, (_, i) => ({
      timeMs: T0 + i * 1000,
      lat: 50,
      lng: 7,
      distance: i * 3,
    }))
    const plain = readFitTrack(encodeFit(samples))
    const encoder = new Encoder()
    const bytes = encodeFit(samples)
    // The same file with one `hr` message the SDK cannot merge (no anchor time) added.
    const { messages } = new Decoder(Stream.fromByteArray(bytes)).read()
    encoder.onMesg(Profile.MesgNum.FILE_ID as number, messages.fileIdMesgs?.[0] as never)
    for (const record of messages.recordMesgs ?? [])
      encoder.onMesg(Profile.MesgNum.RECORD as number, record)
    encoder.onMesg(Profile.MesgNum.HR as number, { timestamp: new Date(T0 + 4000) } as never)
    const withHr = encoder.close()
    expect(readFitFile(withHr).points).toEqual(plain)
  })
})
