import type { ConnectionStatusDto } from '../../../shared/dto'
import { FilesDoor } from '../files/files-door'
import { SetupScreen } from './setup-screen'

/** First run: two equal ways in. Either can be added later from Settings. */
export function FirstRunScreen({ onSaved }: { onSaved: (status: ConnectionStatusDto) => void }) {
  return (
    <div className="first-run">
      <div className="first-run-intro">
        <h1>Keep your Strava history on this computer</h1>
        <p className="note">
          Choose how to begin. You can add the other way any time from Settings, and an activity
          known both ways stays one activity.
        </p>
      </div>
      <div className="doors">
        <SetupScreen onSaved={onSaved} />
        <FilesDoor />
      </div>
    </div>
  )
}
