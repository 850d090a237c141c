import type { FileDetail } from './file-detail'
import type { PreparedActivity } from './prepare-activity'

/** What a recording says of the detail fields: laps (none is an answer too), device, calories. */
export function fileDetailOf(activity: PreparedActivity): FileDetail {
  return {
    laps: { value: activity.laps, from: 'file' },
    ...(activity.device !== null && { device: { value: activity.device, from: 'file' as const } }),
    ...(activity.calories !== null && {
      calories: { value: activity.calories, from: 'file' as const },
    }),
    sportFromFile: activity.sportFromFile,
    timezoneSource: activity.timezoneSource,
  }
}
