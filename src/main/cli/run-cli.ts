import { toAppError } from '../core'
import { athleteHelp, runAthlete } from './commands/athlete'
import { backupHelp, runBackup } from './commands/backup'
import { bestsHelp, runBests } from './commands/bests'
import { connectHelp, runConnect } from './commands/connect'
import { curveHelp, runCurve } from './commands/curve'
import { disconnectHelp, runDisconnect } from './commands/disconnect'
import { eddingtonHelp, runEddington } from './commands/eddington'
import { exportHelp, runExport } from './commands/export'
import { fitnessHelp, runFitness } from './commands/fitness'
import { importHelp, runImport } from './commands/import'
import { listHelp, runList } from './commands/list'
import { privacyHelp, runPrivacy } from './commands/privacy'
import { restoreHelp, runRestore } from './commands/restore'
import { runStatus, statusHelp } from './commands/status'
import { runSimilar, similarHelp } from './commands/similar'
import { runSync, syncHelp } from './commands/sync'
import { runTiles, tilesHelp } from './commands/tiles'
import { CliFailure, type CliIo } from './io'
import { terminalLines, terminalText } from './terminal-text'

const COMMANDS: Record<
  string,
  { run: (args: string[], io: CliIo) => Promise<number>; help: string }
> = {
  connect: { run: runConnect, help: connectHelp },
  status: { run: runStatus, help: statusHelp },
  sync: { run: runSync, help: syncHelp },
  list: { run: runList, help: listHelp },
  export: { run: runExport, help: exportHelp },
  import: { run: runImport, help: importHelp },
  backup: { run: runBackup, help: backupHelp },
  restore: { run: runRestore, help: restoreHelp },
  disconnect: { run: runDisconnect, help: disconnectHelp },
  athlete: { run: runAthlete, help: athleteHelp },
  fitness: { run: runFitness, help: fitnessHelp },
  bests: { run: runBests, help: bestsHelp },
  curve: { run: runCurve, help: curveHelp },
  eddington: { run: runEddington, help: eddingtonHelp },
  tiles: { run: runTiles, help: tilesHelp },
  similar: { run: runSimilar, help: similarHelp },
  privacy: { run: runPrivacy, help: privacyHelp },
}

export const USAGE = `Usage: trailkeep <command> [flags]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.help.split('\n')[0]?.replace('Usage: trailkeep ', '')}`)
  .join('\n')}

Environment:
  STRAVA_BASE_URL        Strava's OAuth origin (default https://www.strava.com); without
                         STRAVA_API_BASE_URL the API is its legacy /api/v3 path
  STRAVA_API_BASE_URL    the API base, used as given (default: Strava's own hosts, the new
                         API host first from 2027-01-04, the legacy one as fallback)
  STRAVA_CLIENT_ID, STRAVA_CLIENT_SECRET
                         your Strava API application (override the saved values)
  TRAILKEEP_DATA_DIR     the data folder
  TRAILKEEP_PASSPHRASE   key material that encrypts tokens on disk

Run \`trailkeep <command> --help\` for details.`

/** Runs one command and returns the exit code. Expected failures print one sentence on stderr. */
export async function runCli(argv: string[], given: CliIo): Promise<number> {
  // Commands pass names through terminalText where they print them; this catches any they miss.
  const io: CliIo = {
    ...given,
    stdout: (text) => given.stdout(terminalLines(text)),
    stderr: (text) => given.stderr(terminalLines(text)),
  }
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${USAGE}\n`)
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS[name]
  if (!command) {
    io.stderr(
      `Unknown command "${terminalText(name.slice(0, 40))}". Run \`trailkeep --help\` for the list of commands.\n`,
    )
    return 2
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`${terminalText(error.message)}\n`)
      return error.exitCode
    }
    const known = toAppError(error)
    if (known) {
      // Messages name files, archive entries and paths that came from outside.
      io.stderr(`${terminalText(known.message)}\n`)
      return 1
    }
    const kind = error instanceof Error ? error.name : 'unknown'
    io.stderr(
      `Trailkeep failed unexpectedly (${kind}). Please report this with \`trailkeep status\`.\n`,
    )
    return 1
  }
}
