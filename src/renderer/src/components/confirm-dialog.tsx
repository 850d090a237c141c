import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * A modal question before something that replaces or removes data: Cancel, or the action.
 * Escape and Cancel both cancel; once confirmed, both buttons stay disabled.
 */
export function ConfirmDialog({
  id,
  title,
  confirmLabel,
  tone,
  onCancel,
  onConfirm,
  children,
}: {
  id: string
  title: string
  confirmLabel: string
  /** `danger` when the action cannot be undone. */
  tone: 'danger' | 'primary'
  onCancel: () => void
  onConfirm: () => void
  children: ReactNode
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onCancel}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <div className="actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className={tone}
          disabled={busy}
          onClick={() => {
            setBusy(true)
            onConfirm()
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
