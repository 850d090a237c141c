import { fileContentKey, readDeviceFile } from '../import/files/read-device-file'
import { readExportOriginal } from '../import/read-export-original'
import { analyseActivity } from '../lab/derive/analyse-activity'
import { explorerProgressSeries } from '../maps/explorer-progress'
import { heatDensityTask, heatPictureTask, heatTileTask } from '../maps/heat-tile-task'
import { prepareMapTrack } from '../maps/prepare-map-track'

/**
 * The jobs worker threads run: pure functions of plain data (structured-clone in, out), so the
 * same function runs in a worker or in this thread. Features add their tasks here.
 */

export const WORKER_TASKS = {
  /** A health check: answers with its input, proving the worker runs the current code. */
  echo: (input: unknown): unknown => input,
  /** A device file read, hashed and parsed, its activities ready to store (import/files). */
  readDeviceFile,
  /** Size and SHA-256 of a file, to recognise one already imported without parsing it. */
  fileContentKey,
  /** One original of a Strava export, parsed into streams and what it says of its detail. */
  readExportOriginal,
  /** The performance lab's figures of one activity (lab/derive/analyse-activity.ts). */
  labAnalyse: analyseActivity,
  /** The map explorer's data of one activity (maps/prepare-map-track.ts). */
  mapTrack: prepareMapTrack,
  /** One heatmap tile from a shared pack of prepared tracks (maps/heat-pack.ts). */
  heatTile: heatTileTask,
  /** Part of a heatmap tile's density, for a tile drawn by several threads at once. */
  heatDensity: heatDensityTask,
  /** A block of heatmap tiles as one picture for sharing, privacy zones left out. */
  heatPicture: heatPictureTask,
  /** The explorer's totals after each day, for the progress chart. */
  explorerProgress: explorerProgressSeries,
} satisfies Record<string, (input: never) => unknown>

export type WorkerTasks = typeof WORKER_TASKS
export type TaskName = keyof WorkerTasks
export type TaskInput<T extends TaskName> = Parameters<WorkerTasks[T]>[0]
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<WorkerTasks[T]>>

export function isTaskName(value: unknown): value is TaskName {
  return typeof value === 'string' && Object.hasOwn(WORKER_TASKS, value)
}
