import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { DataActionResultDto } from '../../../shared/data-dto'
import { PRIVATE_FOLDER_MODE } from '../config/private-files'
import type { FileDialogs } from '../data/file-dialogs'
import { AppError } from '../errors'
import { writeExportFile } from '../export/write-export-file'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Saving a picture the page drew (the year in review) where the user chooses. */
export function createLabImageActions(dialogs: FileDialogs) {
  return {
    async saveImage(input: {
      name: string
      pngBase64: string
    }): Promise<DataActionResultDto | null> {
      const bytes = Buffer.from(input.pngBase64, 'base64')
      if (bytes.length < 64 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
        throw new AppError('INVALID_INPUT', 'That picture is not a PNG image.')
      }
      const folder = await dialogs.chooseExportFolder()
      if (!folder) return null
      await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
      // Never replaces a file: a second save of the same year gets its own number.
      for (let copy = 1; copy < 100; copy++) {
        const name = copy === 1 ? `${input.name}.png` : `${input.name}-${copy}.png`
        const path = join(folder, name)
        if ((await writeExportFile(path, [bytes], false)) === 'written') {
          return { path, summary: `Saved ${name}.` }
        }
      }
      throw new AppError('FILE_EXISTS', `The folder already holds 99 copies of ${input.name}.png.`)
    },
  }
}

export type LabImageActions = ReturnType<typeof createLabImageActions>
