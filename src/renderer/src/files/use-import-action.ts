import { useCallback, useEffect, useState } from 'react'
import type { DataActionResultDto, DataProgressDto } from '../../../shared/data-dto'
import { errorMessage, getApi } from '../api'

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: DataProgressDto | null }
  | { kind: 'done'; result: DataActionResultDto }
  | { kind: 'failed'; message: string }

/** Runs one import at a time from a screen, with its progress and the sentence it ends with. */
export function useImportAction() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' })
  useEffect(
    () =>
      getApi().on('data:progress', (progress) => {
        if (progress.operation !== 'import') return
        setState((s) => (s.kind === 'running' ? { kind: 'running', progress } : s))
      }),
    [],
  )
  const run = useCallback(async (action: () => Promise<DataActionResultDto | null>) => {
    setState({ kind: 'running', progress: null })
    try {
      const result = await action()
      setState(result ? { kind: 'done', result } : { kind: 'idle' })
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) })
    }
  }, [])
  return { state, run }
}
