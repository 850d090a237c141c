import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { countText } from '../../../shared/count-text'
import { getApi } from '../api'
import './files.css'

/** How long a notice stays; it can be closed sooner. */
export const NOTICE_MS = 10_000

interface Notice {
  id: number
  text: string
  tone: 'info' | 'error'
}

const NoticeContext = createContext<(text: string, tone?: Notice['tone']) => void>(() => undefined)

/** Posts a quiet notice at the corner of the window (imports, watched folders). */
export function useNotify() {
  return useContext(NoticeContext)
}

const folderName = (path: string) => path.split(/[\\/]/).filter(Boolean).slice(-2).join('/')

/**
 * Quiet notices: what a drop or a watched folder brought in. Screen readers hear them as a
 * status, never as an alert, so they interrupt no one.
 */
export function NoticeArea({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([])
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), [])
  const nextId = useRef(1)
  const notify = useCallback(
    (text: string, tone: Notice['tone'] = 'info') => {
      const id = nextId.current++
      setNotices((n) => [...n.slice(-2), { id, text, tone }])
      setTimeout(() => dismiss(id), NOTICE_MS)
    },
    [dismiss],
  )
  useEffect(
    () =>
      getApi().on('folders:arrivals', ({ folder, added, updated }) => {
        const what = [
          added > 0 ? countText(added, 'new activity', 'new activities') : '',
          updated > 0 ? `${updated} updated` : '',
        ]
          .filter(Boolean)
          .join(', ')
        notify(`${what} from ${folderName(folder)}.`)
      }),
    [notify],
  )
  const value = useMemo(() => notify, [notify])
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-label="Notices">
        {notices.map((notice) => (
          <p key={notice.id} className={`notice notice-${notice.tone}`}>
            <span>{notice.text}</span>
            <button type="button" aria-label="Close notice" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </p>
        ))}
      </div>
    </NoticeContext.Provider>
  )
}
