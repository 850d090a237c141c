import { describe, expect, it } from 'vitest'
import { CorruptFileError } from '../../../../src/main/core/import/corrupt-file'
import { readXmlTrack } from '../../../../src/main/core/import/xml-track'
import { gpxText, tcxText, type FixturePoint } from '../../../helpers/strava-export-fixture'

const START = Date.UTC(2024, 4, 1, 6, 0, 0)
const POINTS: FixturePoint[] = Array.from({ length: 5 }, (_, i) => ({
  timeMs: START + i * 1000,
  lat: 50.9 + i / 1e4,
  lng: 6.95 + i / 1e4,
  altitude: 55 + i,
  distance: i * 3.2,
  heartrate: 140 + i,
  cadence: 84 + i,
  watts: 210 + i,
  temp: 18,
}))

function expectCorrupt(read: () => unknown, detail: string) {
  try {
    read()
    expect.unreachable('the file should have been refused')
  } catch (error) {
    expect(error).toBeInstanceOf(CorruptFileError)
    expect((error as CorruptFileError).detail).toBe(detail)
  }
}

describe('reading GPX', () => {
  it('keeps every sample with its own position, time, elevation and sensors', () => {
    for (const prefix of ['gpxtpx', 'ns3']) {
      const points = readXmlTrack(gpxText(POINTS, prefix), 'gpx')
      expect(points, prefix).toEqual(
        POINTS.map((p) => ({
          lat: p.lat,
          lng: p.lng,
          altitude: p.altitude,
          timeMs: p.timeMs,
          heartrate: p.heartrate,
          cadence: p.cadence,
          watts: p.watts,
          temp: p.temp,
        })),
      )
    }
  })

  it('reads unprefixed extensions, CDATA, comments, a byte-order mark and entities', () => {
    const text = `\ufeff<?xml version="1.0"?>
<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Tom &amp; Jerry</name><trkseg>
  <!-- a comment -->
  <trkpt lat="1.5" lon="2.5"><ele><![CDATA[12.5]]></ele><time>2024-05-01T06:00:00Z</time>
    <extensions><heartrate>150</heartrate><power>300</power><speed>3.1</speed></extensions>
  </trkpt>
</trkseg></trk></gpx>`
    expect(readXmlTrack(text, 'gpx')).toEqual([
      { lat: 1.5, lng: 2.5, altitude: 12.5, timeMs: START, heartrate: 150, watts: 300, speed: 3.1 },
    ])
  })

  it('drops an impossible position but keeps the sample, and keeps the first value of a sensor', () => {
    const text = `<gpx><trk><trkseg>
  <trkpt lat="91" lon="2"><time>2024-05-01T06:00:00Z</time>
    <extensions><hr>120</hr><x:TrackPointExtension xmlns:x="urn:x"><x:hr>130</x:hr></x:TrackPointExtension></extensions>
  </trkpt>
  <trkpt lat="north" lon="2"><ele>not a number</ele></trkpt>
</trkseg></trk></gpx>`
    expect(readXmlTrack(text, 'gpx')).toEqual([
      { timeMs: START, heartrate: 120 },
      { altitude: undefined },
    ])
  })

  it('ignores elevation and time outside a trackpoint', () => {
    const text = `<gpx><metadata><time>2020-01-01T00:00:00Z</time></metadata><wpt lat="1" lon="1">
      <ele>999</ele></wpt><trk><trkseg><trkpt lat="1" lon="1"/></trkseg></trk></gpx>`
    expect(readXmlTrack(text, 'gpx')).toEqual([{ lat: 1, lng: 1 }])
  })
})

describe('reading TCX', () => {
  it('keeps every sample, distance and power included', () => {
    const points = readXmlTrack(tcxText(POINTS), 'tcx')
    expect(points.map((p) => [p.timeMs, p.lat, p.lng, p.distance, p.heartrate])).toEqual(
      POINTS.map((p) => [p.timeMs, p.lat, p.lng, p.distance, p.heartrate]),
    )
    expect(points.map((p) => p.watts)).toEqual(POINTS.map((p) => p.watts))
  })

  it('keeps indoor samples without a position and drops half a position', () => {
    const text = `<TrainingCenterDatabase xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
<Activities><Activity><Lap><Track>
  <Trackpoint><Time>2024-05-01T06:00:00Z</Time><HeartRateBpm><Value>101</Value></HeartRateBpm>
    <Cadence>90</Cadence><Extensions><ns3:TPX><ns3:Speed>2.5</ns3:Speed><ns3:Watts>180</ns3:Watts></ns3:TPX></Extensions>
  </Trackpoint>
  <Trackpoint><Time>2024-05-01T06:00:01Z</Time><Position><LatitudeDegrees>50</LatitudeDegrees></Position>
    <AltitudeMeters>40</AltitudeMeters></Trackpoint>
</Track></Lap></Activity></Activities></TrainingCenterDatabase>`
    expect(readXmlTrack(text, 'tcx')).toEqual([
      { timeMs: START, heartrate: 101, cadence: 90, speed: 2.5, watts: 180 },
      { timeMs: START + 1000, altitude: 40 },
    ])
  })
})

describe('refusing what is not a track', () => {
  it('says a broken file is not well-formed XML', () => {
    const broken = [
      '',
      'not xml at all',
      '<gpx><trk></gpx>',
      '<gpx><trkpt lat="1" lon="1"></trkpt>',
      '<gpx></gpx><gpx></gpx>',
      '<gpx>&undefined;</gpx>',
      gpxText(POINTS).slice(0, -200),
    ]
    for (const text of broken) {
      expectCorrupt(() => readXmlTrack(text, 'gpx'), 'the GPX file is not well-formed XML')
    }
  })

  it('says a well-formed file of another kind is not GPX or TCX', () => {
    expectCorrupt(() => readXmlTrack(tcxText(POINTS), 'gpx'), 'the file is not GPX')
    expectCorrupt(() => readXmlTrack(gpxText(POINTS), 'tcx'), 'the file is not TCX')
    expectCorrupt(() => readXmlTrack('<html><body/></html>', 'gpx'), 'the file is not GPX')
  })

  it('never reads an external entity', () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gpx><trk><trkseg><trkpt lat="1" lon="1"><ele>&secret;</ele></trkpt></trkseg></trk></gpx>`
    expectCorrupt(() => readXmlTrack(xxe, 'gpx'), 'the GPX file is not well-formed XML')
  })
})
