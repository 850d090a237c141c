/**
 * The core's face for the shells (the Electron app, the web shell, the command line): the only
 * module of src/main/core they may import. It wires nothing and decides nothing; it names what
 * the core offers. See docs/architecture.md.
 */
export type {
  Account,
  ConnectOptions,
  CoreEvents,
  DataTools,
  HeatmapPictureRequest,
  HeatmapPictureResult,
  Library,
  Maps,
  Settings,
  Sync,
  SyncRunOptions,
  Trailkeep,
  WatchedFolders,
} from './trailkeep'
export { openTrailkeep, type TrailkeepOptions } from './open-trailkeep'
export { startAppSession, type AppSession, type PushEvent } from './app-session'
export { dispatchInvoke } from './bridge/dispatch'
export { restoreLibrary, type RestoreResult } from './backup/restore-library'
export type { BackupResult } from './backup/backup-library'
export type { FileDialogs } from './data/file-dialogs'
export { EXPORT_FORMATS, type ExportFormat, type ExportResult } from './export/export-activities'
export type { SkipReason, PartialReason } from './export/activity-files'
export type { ImportResult } from './import/import-strava-export'
export type { ImportPathsProgress, ImportPathsResult } from './import/import-paths'

// Configuration a shell reads before it opens the library.
export { LIBRARY_SUBFOLDER, resolveDataDir } from './config/data-dir'
export {
  environmentForChildren,
  forgetOwnVariables,
  readEnvironmentOverrides,
  type EnvironmentOverrides,
} from './config/environment-overrides'
export { isAllowedExternalUrl } from './config/external-links'
export { readPlainTextOptIn } from './settings/read-settings'

// How secrets are protected: the shell picks, the core uses.
export type { CipherKind, SecretCipher, SecretProtection } from './crypto/secret-cipher'
export { decideOsProtection, type LinuxBackend } from './crypto/os-protection-policy'
export { resolvePassphraseProtection } from './crypto/passphrase-protection'

export { systemClock, type Clock } from './clock'
export { AppError, isAppError, toAppError, type ErrorCode } from './errors'

// Serving the built renderer (Electron's app:// protocol, the web shell): one lookup, one CSP.
export { rendererFileHeaders, resolveRendererFile } from './renderer-files/renderer-file'
