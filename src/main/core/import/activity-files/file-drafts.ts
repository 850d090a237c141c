import type { ActivityDraft } from './build-activity'

/**
 * What a format adapter makes of a file: the activities it holds as drafts (each with a label
 * for messages, such as "leg 2"), or the one reason it holds none.
 */
export type FileDrafts =
  | { kind: 'drafts'; drafts: { label: string; draft: ActivityDraft }[]; warnings: string[] }
  | { kind: 'skipped'; reason: string }
