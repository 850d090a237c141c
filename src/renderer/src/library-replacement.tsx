import { createContext, useContext } from 'react'

/**
 * Restoring a backup replaces every activity, total and setting on screen: the app mounts its
 * screens afresh and the Your data section says what was restored.
 */
export interface LibraryReplacement {
  /** What the last restore did, shown once the screens are back. */
  notice: string | null
  replaced(summary: string): void
}

export const LibraryReplacementContext = createContext<LibraryReplacement>({
  notice: null,
  replaced: () => undefined,
})

export function useLibraryReplacement(): LibraryReplacement {
  return useContext(LibraryReplacementContext)
}
