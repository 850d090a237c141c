import { createContext, useContext } from 'react'

/** Where a number in the lab leads: the activity it came from, or the settings it depends on. */
export interface LabNavigation {
  openActivity(id: number): void
  openSettings(): void
}

export const LabNavigationContext = createContext<LabNavigation>({
  openActivity: () => undefined,
  openSettings: () => undefined,
})

export function useLabNavigation(): LabNavigation {
  return useContext(LabNavigationContext)
}

/** Grows each time the core finishes bringing the lab's figures up to date. */
export const FiguresVersionContext = createContext(0)

export function useFiguresVersion(): number {
  return useContext(FiguresVersionContext)
}
