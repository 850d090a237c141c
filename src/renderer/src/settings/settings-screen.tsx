import type { ConnectionStatusDto } from '../../../shared/dto'

/** Placeholder: settings are being built. */
export function SettingsScreen(props: { connection: ConnectionStatusDto; onConnectionChange: (s: ConnectionStatusDto) => void }) {
  return <section aria-label="Settings">Settings {props.connection.state}</section>
}
