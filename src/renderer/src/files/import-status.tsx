import type { ImportState } from './use-import-action'

/** An import's progress bar, then the sentence it ended with (or why it failed). */
export function ImportStatus({ state }: { state: ImportState }) {
  if (state.kind === 'running') {
    const { progress } = state
    return progress && progress.total > 0 ? (
      <progress max={progress.total} value={progress.done} aria-label="Import progress" />
    ) : (
      <p className="note" aria-busy="true">
        Importing…
      </p>
    )
  }
  if (state.kind === 'done') return <p role="status">{state.result.summary}</p>
  if (state.kind === 'failed') {
    return (
      <p role="alert" className="error">
        {state.message}
      </p>
    )
  }
  return null
}
