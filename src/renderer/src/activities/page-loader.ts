import type { ActivityListItemDto, ActivityPageDto } from '../../../shared/library-dto'
import type { ActivityQueryInput } from '../../../shared/library-query'

/** Rows per request: a screenful many times over, far below the 500 the bridge allows. */
export const PAGE_SIZE = 200
/** Pages kept in memory; the ones farthest from the visible rows go first. */
const MAX_CACHED_PAGES = 40

export type ListPage = (query: ActivityQueryInput) => Promise<ActivityPageDto>

/**
 * Holds the pages of one query that the list has asked for, loading each at most once. A
 * refresh keeps showing the pages it has until their fresh copies arrive, so a sync never
 * blanks the list or moves the scroll position.
 */
export class PageLoader {
  total: number | null = null
  error: string | null = null
  private query: ActivityQueryInput | null = null
  private readonly pages = new Map<number, ActivityListItemDto[]>()
  private readonly stale = new Set<number>()
  private readonly inflight = new Set<number>()
  private generation = 0
  private range: [number, number] = [0, 0]

  constructor(
    private readonly listPage: ListPage,
    private readonly onChange: () => void,
  ) {}

  /** Starts over for a new query: nothing cached, first page requested at once. */
  setQuery(query: ActivityQueryInput): void {
    this.query = query
    this.generation++
    this.pages.clear()
    this.stale.clear()
    this.inflight.clear()
    this.total = null
    this.error = null
    this.range = [0, 0]
    this.load(0)
  }

  /** Reloads the visible pages; the others reload when they come into view again. */
  refresh(): void {
    if (!this.query) return
    this.generation++
    this.inflight.clear()
    for (const page of this.pages.keys()) this.stale.add(page)
    this.error = null
    if (this.pages.size === 0) this.load(0)
    else this.ensureRange(...this.range)
  }

  /** Loads whatever rows first..last (inclusive) need that is missing or stale. */
  ensureRange(first: number, last: number): void {
    this.range = [first, last]
    const from = Math.floor(Math.max(0, first) / PAGE_SIZE)
    const to = Math.floor(Math.max(0, last) / PAGE_SIZE)
    for (let page = from; page <= to; page++) {
      if (this.total !== null && page * PAGE_SIZE >= this.total && page > 0) break
      if ((!this.pages.has(page) || this.stale.has(page)) && !this.inflight.has(page)) {
        this.load(page)
      }
    }
  }

  getItem(index: number): ActivityListItemDto | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
  }

  /** The position of an activity among the loaded rows, or null when it is not loaded. */
  indexOfId(id: number): number | null {
    for (const [page, items] of this.pages) {
      const at = items.findIndex((item) => item.id === id)
      if (at >= 0) return page * PAGE_SIZE + at
    }
    return null
  }

  private load(page: number): void {
    const query = this.query
    if (!query) return
    const generation = this.generation
    this.inflight.add(page)
    this.listPage({ ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (result) => {
        if (generation !== this.generation) return
        this.inflight.delete(page)
        this.pages.set(page, result.items)
        this.stale.delete(page)
        this.total = result.total
        this.error = null
        this.dropBeyond(result.total)
        this.evict()
        this.onChange()
      },
      (error: unknown) => {
        if (generation !== this.generation) return
        this.inflight.delete(page)
        this.error = error instanceof Error && error.message ? error.message : 'Could not load.'
        this.onChange()
      },
    )
  }

  private dropBeyond(total: number): void {
    for (const page of this.pages.keys()) {
      if (page > 0 && page * PAGE_SIZE >= total) {
        this.pages.delete(page)
        this.stale.delete(page)
      }
    }
  }

  private evict(): void {
    if (this.pages.size <= MAX_CACHED_PAGES) return
    const centre = (this.range[0] + this.range[1]) / 2 / PAGE_SIZE
    const byDistance = [...this.pages.keys()].sort(
      (a, b) => Math.abs(b - centre) - Math.abs(a - centre),
    )
    for (const page of byDistance.slice(0, this.pages.size - MAX_CACHED_PAGES)) {
      this.pages.delete(page)
      this.stale.delete(page)
    }
  }
}
