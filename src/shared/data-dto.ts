import { z } from 'zod'

export const EXPORT_FORMATS = ['gpx', 'tcx', 'csv', 'json', 'original'] as const
export type ExportFormatDto = (typeof EXPORT_FORMATS)[number]

export const exportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    /** One activity or a few; every activity when absent. */
    ids: z
      .array(
        z
          .number()
          .int()
          .safe()
          .refine((id) => id !== 0, 'not an activity id'),
      )
      .min(1)
      .max(1000)
      .optional(),
  })
  .strict()
export type ExportRequest = z.infer<typeof exportRequestSchema>

/** What an export, import or backup did, in words for the screen. Null results mean cancelled. */
export interface DataActionResultDto {
  /** Where the files went (or came from). */
  path: string
  /** One or two sentences: counts, and what was skipped and why. */
  summary: string
}

/** A backup the athlete picked, checked and described, waiting for their go-ahead. */
export interface RestoreCandidateDto {
  /** Names the picked file in the restore call; the page never handles paths. */
  choice: string
  fileName: string
  activities: number
  /** ISO UTC start of its newest activity, or null when it holds none. */
  newestActivity: string | null
  /** ISO UTC of when the file was last written. */
  modifiedAt: string
}

export const restoreRequestSchema = z.object({ choice: z.string().uuid() }).strict()
export type RestoreRequest = z.infer<typeof restoreRequestSchema>

export interface DataProgressDto {
  operation: 'export' | 'import' | 'backup' | 'restore'
  done: number
  total: number
}
