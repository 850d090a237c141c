import { useEffect, type RefObject } from 'react'

/** Ctrl+F, Cmd+F or "/" (when not typing) puts the cursor in the search box. */
export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target
      const typing =
        target instanceof HTMLElement &&
        (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
      const find = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f'
      if (find || (event.key === '/' && !typing)) {
        event.preventDefault()
        input.current?.focus()
        input.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [input])
}
