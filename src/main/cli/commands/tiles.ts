import { CliFailure, type CliIo } from '../io'
import { withCliCore } from '../open-cli-core'
import { parseFlags } from '../parse-flags'
import { printHelp } from '../help'
import { terminalJson } from '../terminal-text'
import { checkSport } from '../check-sport'
import { refreshFigures } from '../refresh-figures'

export const tilesHelp = `Usage: trailkeep tiles --json [--zoom 14|17] [--sport TYPE]

Explorer tiles: the Web-Mercator map tiles (numbered as OpenStreetMap numbers them) holding at
least one recorded point of your activities.
  --zoom 14|17   the tile zoom (default 14: about 1.5 km tiles; 17: about 200 m)
  --sport TYPE   only activities of this sport type (Run, Ride, ...)
  --json         print {"zoom", "visited", "maxSquare", "maxCluster"} on stdout
visited: tiles with a point; maxSquare: the side of the largest square block of visited
tiles; maxCluster: the tiles of the largest 4-connected group of visited tiles whose four
neighbours are all visited.`

export async function runTiles(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags('tiles', args, {
    json: { type: 'boolean' },
    zoom: { type: 'string' },
    sport: { type: 'string' },
  })
  if (flags.help) return printHelp(io, tilesHelp)
  const zoomText = (flags.zoom as string | undefined) ?? '14'
  if (zoomText !== '14' && zoomText !== '17') {
    throw new CliFailure('--zoom must be 14 or 17.', 2)
  }
  const zoom = zoomText === '14' ? 14 : 17
  const sport = checkSport(flags.sport as string | undefined)
  return withCliCore(io, async (core) => {
    await refreshFigures(core, io)
    const stats = core.maps.explorer({ zoom, filter: sport ? { sportTypes: [sport] } : {} })
    const { visited, maxSquare, maxCluster } = stats
    if (flags.json) {
      io.stdout(`${terminalJson({ zoom, visited, maxSquare, maxCluster })}\n`)
    } else {
      io.stdout(
        `Zoom ${zoom}: ${visited} tiles visited, max square ${maxSquare} × ${maxSquare}, max cluster ${maxCluster} tiles\n`,
      )
    }
    return 0
  })
}
