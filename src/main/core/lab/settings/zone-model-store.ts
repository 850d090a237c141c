import { eq } from 'drizzle-orm'
import type { ZoneSlot } from '../../../../shared/lab-dto'
import { zoneModelSchema } from '../../../../shared/lab-query'
import type { AppDb, DbOrTx } from '../../db/open-database'
import { zoneModels } from '../../db/schema'
import { AppError } from '../../errors'
import { validateZoneModel, type ZoneModel } from '../zone-models'
import { ZONE_SLOT_INFO, ZONE_SLOTS, isZoneSlot } from '../zone-slots'

export type SlotModels = Record<ZoneSlot, { model: ZoneModel; isDefault: boolean }>

/** The model of every slot: the user's where they chose one, else the slot's default. */
export function readZoneModels(db: DbOrTx): SlotModels {
  const chosen = new Map<ZoneSlot, ZoneModel>()
  for (const row of db.select().from(zoneModels).all()) {
    if (!isZoneSlot(row.slot)) continue
    const parsed = zoneModelSchema.safeParse(safeJson(row.modelJson))
    if (parsed.success && validateZoneModel(parsed.data).length === 0) {
      chosen.set(row.slot, parsed.data)
    }
  }
  return Object.fromEntries(
    ZONE_SLOTS.map((slot) => {
      const own = chosen.get(slot)
      return [slot, { model: own ?? ZONE_SLOT_INFO[slot].defaultModel, isDefault: !own }]
    }),
  ) as SlotModels
}

/** Stores the user's model for a slot, or with null goes back to the default. */
export function saveZoneModel(
  db: AppDb,
  slot: ZoneSlot,
  model: ZoneModel | null,
  now: number,
): void {
  if (model === null) {
    db.delete(zoneModels).where(eq(zoneModels.slot, slot)).run()
    return
  }
  const expected = ZONE_SLOT_INFO[slot].basis
  if (model.basis !== expected) {
    throw new AppError('INVALID_INPUT', `This slot takes ${expected} zones, not ${model.basis}.`)
  }
  const problems = validateZoneModel(model)
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join(' '))
  const modelJson = JSON.stringify(model)
  db.insert(zoneModels)
    .values({ slot, modelJson, updatedAt: now })
    .onConflictDoUpdate({ target: zoneModels.slot, set: { modelJson, updatedAt: now } })
    .run()
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
