/** The live dataset: newest first, indexed by id, edited by tests through the emulator. */
import { buildActivity } from './activity-builder'
import { nextActivityId } from './dataset'
import { HOME } from './places'
import { createRandom } from './prng'
import { SPORTS } from './sports'
import type { ActivityPatch, EmulatorActivity, EmulatorClock } from './types'

export interface ActivityStore {
  /** Newest first; the same array the emulator exposes as `activities`. */
  list: EmulatorActivity[]
  get(id: number): EmulatorActivity | undefined
  edit(id: number, patch: ActivityPatch): void
  remove(id: number): void
  add(partial?: Partial<EmulatorActivity>): EmulatorActivity
}

export function createActivityStore(
  initial: EmulatorActivity[],
  clock: EmulatorClock,
  seed: number,
): ActivityStore {
  const list = initial
  const byId = new Map(list.map((a) => [a.id, a]))
  const random = createRandom(seed ^ 0xadd)
  const mustGet = (id: number): EmulatorActivity => {
    const activity = byId.get(id)
    if (!activity) throw new Error(`no activity ${id}`)
    return activity
  }
  return {
    list,
    get: (id) => byId.get(id),
    edit(id, patch) {
      const activity = mustGet(id)
      Object.assign(activity, patch)
      if (patch.sport_type) activity.type = SPORTS[patch.sport_type].legacyType
      if (patch.private !== undefined) {
        activity.visibility = patch.private ? 'only_me' : 'everyone'
      }
    },
    remove(id) {
      mustGet(id)
      byId.delete(id)
      list.splice(
        list.findIndex((a) => a.id === id),
        1,
      )
    },
    add(partial = {}) {
      const newestId = list.reduce((max, a) => Math.max(max, a.id), 16_000_000_000)
      const sport = partial.sport_type ?? 'Run'
      const activity = buildActivity({
        id: partial.id ?? nextActivityId(random, newestId),
        seed: partial.seed ?? random.uint32(),
        startMs: Math.floor(clock.now() / 1000) * 1000,
        place: HOME,
        sport,
        manual: partial.manual ?? SPORTS[sport].manualChance >= 1,
        private: partial.private ?? false,
        name: partial.name,
      })
      Object.assign(activity, partial)
      if (byId.has(activity.id)) throw new Error(`activity ${activity.id} exists`)
      list.unshift(activity)
      byId.set(activity.id, activity)
      return activity
    },
  }
}
