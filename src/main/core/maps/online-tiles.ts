/**
 * OpenStreetMap's standard tiles, only after the user opted in, fetched one at a time as the map
 * shows them and kept on disk as the tile usage policy asks (operations.osmfoundation.org/
 * policies/tiles): an identifying User-Agent, at most two requests at once, no prefetching or
 * bulk download, each tile cached at least 7 days (longer when the server says so) and served
 * from the cache while valid; a stale tile is still shown when the network is down.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { APP_VERSION } from '../app-version'
import type { Clock } from '../clock'
import { AppError } from '../errors'
import type { FetchFn } from '../strava/http'

export const ONLINE_TILE_URL = 'https://tile.openstreetmap.org'
export const ONLINE_TILE_ATTRIBUTION = '© OpenStreetMap contributors'
export const ONLINE_MAX_ZOOM = 19
const MIN_CACHE_MS = 7 * 24 * 3600 * 1000
const USER_AGENT = `Trailkeep/${APP_VERSION} (desktop app; offline Strava backup)`
const AT_ONCE = 2

/** Cache lifetime from Cache-Control max-age or Expires, never under 7 days. */
export function cacheLifetime(headers: Headers, now: number): number {
  const maxAge = /max-age=(\d+)/.exec(headers.get('cache-control') ?? '')?.[1]
  const expires = Date.parse(headers.get('expires') ?? '')
  const told = maxAge ? Number(maxAge) * 1000 : Number.isNaN(expires) ? 0 : expires - now
  return Math.max(MIN_CACHE_MS, told)
}

export class OnlineTiles {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(
    private readonly folder: string,
    private readonly fetchFn: FetchFn,
    private readonly clock: Clock,
  ) {}

  /** Tile (z, x, y) as PNG bytes, from the cache while valid, else from the server. */
  async tile(z: number, x: number, y: number): Promise<Uint8Array> {
    const n = 2 ** z
    if (
      !Number.isInteger(z) ||
      z < 0 ||
      z > ONLINE_MAX_ZOOM ||
      x < 0 ||
      y < 0 ||
      x >= n ||
      y >= n
    ) {
      throw new AppError('INVALID_INPUT', 'There is no such map tile.')
    }
    const file = join(this.folder, String(z), String(x), `${y}.png`)
    const cached = await readCached(file)
    if (cached && cached.until > this.clock.now()) return cached.bytes
    try {
      return await this.fetchTile(z, x, y, file)
    } catch (error) {
      if (cached) return cached.bytes
      throw error
    }
  }

  private async fetchTile(z: number, x: number, y: number, file: string): Promise<Uint8Array> {
    await this.slot()
    try {
      const response = await this.fetchFn(`${ONLINE_TILE_URL}/${z}/${x}/${y}.png`, {
        headers: { 'User-Agent': USER_AGENT },
        signal: AbortSignal.timeout(15_000),
      })
      if (!response.ok)
        throw new AppError('NETWORK', `The map tile server answered ${response.status}.`)
      const bytes = new Uint8Array(await response.arrayBuffer())
      const until = this.clock.now() + cacheLifetime(response.headers, this.clock.now())
      await mkdir(dirname(file), { recursive: true, mode: 0o700 })
      await writeFile(file, bytes, { mode: 0o600 })
      await writeFile(`${file}.until`, String(until), { mode: 0o600 })
      return bytes
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('NETWORK', 'The online map could not be reached.', { cause: error })
    } finally {
      this.active--
      this.waiting.shift()?.()
    }
  }

  private async slot(): Promise<void> {
    if (this.active >= AT_ONCE) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.active++
  }
}

async function readCached(file: string): Promise<{ bytes: Uint8Array; until: number } | null> {
  try {
    const [bytes, until] = await Promise.all([readFile(file), readFile(`${file}.until`, 'utf8')])
    return { bytes: new Uint8Array(bytes), until: Number(until) || 0 }
  } catch {
    return null
  }
}
