import { useState } from 'react'

/**
 * A view's choices, kept in `remembered` (module state) so switching tabs and back finds them
 * as they were left. `change` merges a patch into both.
 */
export function useRememberedChoice<T extends object>(
  remembered: T,
): [T, (patch: Partial<T>) => void] {
  const [choice, setChoice] = useState<T>(() => ({ ...remembered }))
  const change = (patch: Partial<T>) => {
    Object.assign(remembered, patch)
    setChoice({ ...remembered })
  }
  return [choice, change]
}
