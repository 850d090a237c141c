import { useEffect, useState } from 'react'
import { errorMessage, getApi, pathsOfDroppedFiles } from '../api'
import { useNotify } from './notices'

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true

/**
 * Files and folders dropped anywhere on the window are imported: an overlay says where they
 * go while they are dragged over, a notice says what came in.
 */
export function FileDrop() {
  const [over, setOver] = useState(false)
  const notify = useNotify()
  useEffect(() => {
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth++
      setOver(true)
    }
    const overWindow = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const leave = () => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth = 0
      setOver(false)
      const files = Array.from(event.dataTransfer?.files ?? [])
      const paths = files.length > 0 ? pathsOfDroppedFiles(files) : null
      if (!paths) {
        notify(
          'Trailkeep could not tell where those files are; use Import files in Settings.',
          'error',
        )
        return
      }
      getApi()
        .data.importDropped({ paths })
        .then((result) => notify(result.summary))
        .catch((error: unknown) => notify(errorMessage(error), 'error'))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', overWindow)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', overWindow)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [notify])
  if (!over) return null
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop to import activity files, folders or a Strava export</p>
    </div>
  )
}
