import { useState } from 'react'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { DisconnectDialog } from './disconnect-dialog'

/** The "Disconnect…" button and the dialog it opens. */
export function DisconnectControl({ onDone }: { onDone: (status: ConnectionStatusDto) => void }) {
  const [confirming, setConfirming] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setConfirming(true)}>
        Disconnect…
      </button>
      {confirming && <DisconnectDialog onClose={() => setConfirming(false)} onDone={onDone} />}
    </>
  )
}
