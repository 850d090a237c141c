import { describe, expect, it } from 'vitest'
import {
  activityFileName,
  libraryFileName,
  slugify,
} from '../../../../src/main/core/export/file-names'

const base = {
  id: 16_004_594_372,
  sportType: 'Run',
  startDateLocal: '2024-05-01T07:12:33Z',
  startDate: Date.UTC(2024, 4, 1, 5, 12, 33) / 1000,
}

describe('activityFileName', () => {
  it('sorts by local date, carries the id and a safe slug', () => {
    const cases: [string, string][] = [
      ['Morning Run', 'morning-run'],
      ['Läufchen am Rhein', 'laufchen-am-rhein'],
      ['Évening Ride 🚴', 'evening-ride'],
      ['Schotter & Staub', 'schotter-staub'],
      ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
      ["Robert'); DROP TABLE activities;--", 'robert-drop-table-activities'],
      ['朝ラン', 'run'],
      ['ركض صباحي', 'run'],
      ['../../etc/passwd', 'etc-passwd'],
      ['C:\\Windows\\con', 'c-windows-con'],
      ['CON', 'run'],
      ['nul', 'run'],
      ['COM1', 'run'],
      ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
      ['trailing dots...   ', 'trailing-dots'],
      ['\u0000\u001f\u007f', 'run'],
      ['Straße', 'strasse'],
      ['', 'run'],
    ]
    for (const [name, slug] of cases) {
      expect(activityFileName({ ...base, name }, 'gpx'), name).toBe(
        `2024-05-01_0712_16004594372_${slug}.gpx`,
      )
    }
  })

  it('limits the length and never ends the slug with a dash', () => {
    const name = 'Über Stock und Stein, durch Wald und Flur — '.repeat(6)
    const file = activityFileName({ ...base, name }, 'fit.gz')
    expect(file).toBe(
      '2024-05-01_0712_16004594372_uber-stock-und-stein-durch-wald-und-flur-uber-st.fit.gz',
    )
    expect(slugify('a'.repeat(200))).toHaveLength(48)
    expect(slugify('ab-'.repeat(40))).not.toMatch(/-$/)
  })

  it('falls back to UTC when the local start is unreadable, and to "activity"', () => {
    expect(
      activityFileName({ ...base, startDateLocal: '', name: '🏃', sportType: '🏃' }, 'tcx'),
    ).toBe('2024-05-01_0512_16004594372_activity.tcx')
  })

  it('stamps whole-library files with the export time', () => {
    expect(libraryFileName('trailkeep-activities', Date.UTC(2026, 0, 2, 3, 4, 5), 'csv')).toBe(
      'trailkeep-activities_2026-01-02_0304.csv',
    )
  })
})
