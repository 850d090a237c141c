/** Averages and maxima a file states for an activity or a lap; undefined where it says nothing. */
export interface StatedAverages {
  /** m/s. */
  maxSpeed?: number
  averageHeartrate?: number
  maxHeartrate?: number
  averageCadence?: number
  averageWatts?: number
  maxWatts?: number
}

/** Only the stated averages and maxima of a lap or session that says more. */
export function statedAveragesOf(from: StatedAverages): StatedAverages {
  return {
    maxSpeed: from.maxSpeed,
    averageHeartrate: from.averageHeartrate,
    maxHeartrate: from.maxHeartrate,
    averageCadence: from.averageCadence,
    averageWatts: from.averageWatts,
    maxWatts: from.maxWatts,
  }
}
