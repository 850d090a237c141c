import { afterEach, describe, expect, it } from 'vitest'
import { parseActivityFile } from '../../../../src/main/core/import/activity-files/parse-activity-file'
import type {
  ActivityFileFormat,
  ParsedFile,
  RecordedActivity,
} from '../../../../src/main/core/import/activity-files/recorded-activity'
import { readXmlTrack } from '../../../../src/main/core/import/xml-track'
import { pointsToStreams } from '../../../../src/main/core/import/track-points'
import { gpxDocument, straightTrack, tcxDocument, type Sample } from '../../../helpers/device-files'

const T = Date.UTC(2024, 4, 1, 6)
const NOW = Date.UTC(2025, 0, 1)
const originalTz = process.env.TZ

const parse = (text: string, format: ActivityFileFormat = 'gpx', now = NOW) =>
  parseActivityFile(new TextEncoder().encode(text), format, { now })

function activities(parsed: ParsedFile): RecordedActivity[] {
  if (parsed.kind !== 'activity') throw new Error(`skipped: ${parsed.reason}`)
  return parsed.activities
}

describe('GPX and TCX files that break naive importers', () => {
  afterEach(() => {
    process.env.TZ = originalTz
  })

  it('reads times without a zone as UTC, on a machine in another zone', () => {
    process.env.TZ = 'Asia/Kolkata'
    const text = gpxDocument([{ type: 'running', segments: [straightTrack(T, 10)] }], {
      time: (p) => new Date(p.timeMs as number).toISOString().slice(0, 19),
    })
    expect(text).toContain('<time>2024-05-01T06:00:00</time>')
    const [activity] = activities(parse(text))
    expect(activity?.startMs).toBe(T)
    expect(pointsToStreams(readXmlTrack(text, 'gpx'))?.time).toHaveLength(10)
  })

  it('skips a file whose points all carry a placeholder time, or one and the same time', () => {
    const placeholder = gpxDocument([{ segments: [straightTrack(T, 10)] }], {
      time: () => '1901-12-13T20:45:52Z',
    })
    const frozen = gpxDocument([{ segments: [straightTrack(T, 10)] }], {
      time: () => '2024-05-01T06:00:00Z',
    })
    const reason =
      'its points all carry one placeholder time (such as 1901-12-13T20:45:52Z), so it has no usable times'
    expect(parse(placeholder)).toEqual({ kind: 'skipped', reason })
    expect(parse(frozen)).toEqual({ kind: 'skipped', reason })
    // The export path gets no 0-second stream either.
    expect(pointsToStreams(readXmlTrack(frozen, 'gpx'))).toBeNull()
  })

  it('skips a GPX without times, a TCX without trackpoints and a TCX course', () => {
    const untimed = gpxDocument([{ segments: [straightTrack(T, 10)] }], { time: () => undefined })
    expect(parse(untimed)).toEqual({
      kind: 'skipped',
      reason: 'its track has no times, and an activity cannot be placed without them',
    })
    expect(
      parse(tcxDocument('Running', [{ startMs: T, totalTime: 60, tracks: [] }]), 'tcx'),
    ).toEqual({
      kind: 'skipped',
      reason: 'the TCX file has no trackpoints',
    })
    const course = `<TrainingCenterDatabase><Courses><Course><Name>Loop</Name><Track><Trackpoint>
      <Time>2024-05-01T06:00:00Z</Time></Trackpoint></Track></Course></Courses></TrainingCenterDatabase>`
    expect(parse(course, 'tcx')).toEqual({
      kind: 'skipped',
      reason: 'a TCX course, not an activity',
    })
    expect(parse('<gpx><wpt lat="1" lon="2"/></gpx>')).toEqual({
      kind: 'skipped',
      reason: 'the GPX file has no track points (routes and waypoints are not an activity)',
    })
  })

  it('drops one point stamped out of order instead of doubling the distance', () => {
    const points = straightTrack(T, 101, { step: 10 })
    // The first point's clock jumped: sorting by time would send it to the end, 1 km back.
    points[0] = { ...(points[0] as Sample), timeMs: T + 10_000_000 }
    const [activity] = activities(parse(gpxDocument([{ type: 'running', segments: [points] }])))
    expect(activity?.summary.distance).toBeCloseTo(990, 0)
    const parsed = parse(gpxDocument([{ type: 'running', segments: [points] }]))
    expect(parsed.kind === 'activity' && parsed.warnings).toEqual([
      '1 sample(s) whose time went back or stood still were left out',
    ])
  })

  it('joins close tracks with a pause and no line, splits tracks hours apart', () => {
    const morning = straightTrack(T, 11, { step: 10 })
    // 30 minutes later, 5 km away: not joined by a 5 km line.
    const later = straightTrack(T + 1_800_000, 11, { step: 10, lat: 50.05 })
    const evening = straightTrack(T + 10 * 3_600_000, 11, { step: 10 })
    const text = gpxDocument([
      { name: 'Out', type: 'hiking', segments: [morning] },
      { name: 'Back', type: 'hiking', segments: [later] },
      { name: 'Evening', type: 'hiking', segments: [evening] },
    ])
    const [joined, separate, ...rest] = activities(parse(text))
    expect(rest).toEqual([])
    expect(joined).toMatchObject({ name: 'Out', breaks: [11] })
    expect(joined?.summary).toMatchObject({ distance: 200, movingTime: 20, elapsedTime: 1810 })
    expect(joined?.streams.moving?.[11]).toBe(false)
    expect(separate).toMatchObject({ name: 'Evening', startMs: T + 10 * 3_600_000 })
    expect(separate?.summary.distance).toBeCloseTo(100, 5)
    // Segments of one track are breaks too, and the export path measures no distance across them.
    const segmented = gpxDocument([{ segments: [morning, later] }])
    expect(pointsToStreams(readXmlTrack(segmented, 'gpx'))?.distance?.at(-1)).toBeCloseTo(200, 0)
  })

  it('skips a file that starts more than a day after now', () => {
    const text = gpxDocument([{ type: 'running', segments: [straightTrack(T, 10)] }])
    expect(parse(text, 'gpx', T - 2 * 86_400_000)).toEqual({
      kind: 'skipped',
      reason: 'it starts in the future (2024-05-01T06:00:00Z): the device clock was wrong',
    })
    expect(parse(text, 'gpx', T - 3_600_000).kind).toBe('activity')
  })

  it('reads a TCX activity with its sport, laps, pause, notes, creator and calories', () => {
    const first = straightTrack(T, 31, { step: 3 }).map((p, i) => ({
      ...p,
      distance: i * 3,
      heartrate: 140,
    }))
    const second = straightTrack(T + 90_000, 31, { step: 3 }).map((p, i) => ({
      ...p,
      distance: 90 + i * 3,
      heartrate: 160,
    }))
    const extra =
      '<Notes>Intervals\nfelt good</Notes><Creator><Name>Forerunner 255</Name></Creator>'
    const text = tcxDocument(
      'Running',
      [
        {
          startMs: T,
          totalTime: 30,
          distance: 90,
          calories: 20,
          averageHeartrate: 140,
          tracks: [first],
        },
        {
          startMs: T + 90_000,
          totalTime: 30,
          distance: 90,
          calories: 25,
          maxHeartrate: 160,
          tracks: [second],
        },
      ],
      extra,
    )
    const [activity] = activities(parse(text, 'tcx'))
    expect(activity).toMatchObject({
      sportType: 'Run',
      name: 'Intervals',
      device: 'Forerunner 255',
      calories: 45,
    })
    expect(activity?.summary).toMatchObject({
      distance: 180,
      movingTime: 60,
      elapsedTime: 120,
      averageHeartrate: 150,
    })
    expect(
      activity?.laps.map((l) => [
        l.startOffset,
        l.startIndex,
        l.endIndex,
        l.movingTime,
        l.elapsedTime,
      ]),
    ).toEqual([
      [0, 0, 30, 30, 90],
      [90, 31, 61, 30, 30],
    ])
  })
})
