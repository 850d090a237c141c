/** The columns that name and size an activity, as queries alias them from `activities`. */
export interface ActivityHeadRow {
  id: number
  name: string
  sportType: string
  /** Epoch seconds, UTC. */
  startDate: number
  /** Wall-clock start at the place, Strava's `start_date_local` shape (the `Z` is not UTC). */
  startDateLocal: string
  /** Metres. */
  distance: number
  /** Seconds. */
  movingTime: number
  /** Seconds. */
  elapsedTime: number
}
