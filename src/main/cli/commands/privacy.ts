import { isAppError } from '../../core'
import { CliFailure, type CliIo } from '../io'
import { withCliCore } from '../open-cli-core'
import { joinNegativeValues } from '../parse-negative'
import { parseFlags } from '../parse-flags'
import { printHelp } from '../help'
import { terminalJson, terminalText } from '../terminal-text'

export const privacyHelp = `Usage: trailkeep privacy add --lat DEG --lon DEG --radius METRES [--json] | list --json | remove ID

Privacy zones: every exported track (GPX, TCX, JSON) and every picture Trailkeep makes for
sharing leaves out each point within a zone. Your stored data is unchanged.
  add --lat DEG --lon DEG --radius METRES   a circle (radius 10 to 10,000 m); --json prints it
  list --json                               [{"id", "lat", "lon", "radius"}]
  remove ID                                 removes zone ID`

const HINT = 'Run `trailkeep privacy --help` for usage.'

function degrees(flag: string, value: string | undefined, limit: number): number {
  const parsed = Number(value)
  if (
    value === undefined ||
    value.trim() === '' ||
    !Number.isFinite(parsed) ||
    Math.abs(parsed) > limit
  ) {
    throw new CliFailure(
      `${flag} must be a number of degrees from -${limit} to ${limit}. ${HINT}`,
      2,
    )
  }
  return parsed
}

export async function runPrivacy(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args
  if (action === '--help' || action === '-h') return printHelp(io, privacyHelp)
  if (action === undefined) throw new CliFailure(`Say add, list or remove. ${HINT}`, 2)
  switch (action) {
    case 'add':
      return addZone(rest, io)
    case 'list':
      return listZones(rest, io)
    case 'remove':
      return removeZone(rest, io)
    default:
      throw new CliFailure(
        `Unknown action "${terminalText(action.slice(0, 20))}": say add, list or remove. ${HINT}`,
        2,
      )
  }
}

async function addZone(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('privacy', joinNegativeValues(args, ['--lat', '--lon']), {
    lat: { type: 'string' },
    lon: { type: 'string' },
    radius: { type: 'string' },
    json: { type: 'boolean' },
  })
  if (flags.help) return printHelp(io, privacyHelp)
  const lat = degrees('--lat', flags.lat as string | undefined, 90)
  const lon = degrees('--lon', flags.lon as string | undefined, 180)
  const radiusText = flags.radius as string | undefined
  const radius = Number(radiusText)
  if (radiusText === undefined || !Number.isFinite(radius) || radius < 10 || radius > 10_000) {
    throw new CliFailure(`--radius must be a number of metres from 10 to 10000. ${HINT}`, 2)
  }
  return withCliCore(io, async (core) => {
    const zone = core.maps.addPrivacyZone({ lat, lon, radius })
    if (flags.json) io.stdout(`${terminalJson(zone)}\n`)
    io.stderr(`Added privacy zone ${zone.id}: ${radius} m around ${lat}, ${lon}.\n`)
    return 0
  })
}

async function listZones(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('privacy', args, { json: { type: 'boolean' } })
  if (flags.help) return printHelp(io, privacyHelp)
  return withCliCore(io, async (core) => {
    const zones = core.maps.privacyZones()
    if (flags.json) {
      io.stdout(`${terminalJson(zones)}\n`)
      return 0
    }
    if (zones.length === 0) io.stderr('No privacy zones.\n')
    for (const z of zones) io.stdout(`${z.id}  ${z.lat}, ${z.lon}  ${z.radius} m\n`)
    return 0
  })
}

async function removeZone(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) return printHelp(io, privacyHelp)
  const [idText, ...extra] = args
  const id = Number(idText)
  if (
    idText === undefined ||
    extra.length > 0 ||
    !/^\d+$/.test(idText) ||
    !Number.isSafeInteger(id) ||
    id < 1
  ) {
    throw new CliFailure(
      `Say which zone: trailkeep privacy remove ID (see \`trailkeep privacy list\`).`,
      2,
    )
  }
  return withCliCore(io, async (core) => {
    try {
      core.maps.removePrivacyZone({ id })
    } catch (error) {
      if (isAppError(error, 'NOT_FOUND')) {
        throw new CliFailure(`${error.message} Run \`trailkeep privacy list\` to see the ids.`, 1)
      }
      throw error
    }
    io.stderr(`Removed privacy zone ${id}.\n`)
    return 0
  })
}
