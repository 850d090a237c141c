/** The name of the device that recorded a FIT file, from `file_id` or the creator's `device_info`. */
import { Profile } from '@garmin/fitsdk'
import type { FitMessage } from './fit-decoder'
import { fitNumber } from './fit-records'

const TYPES = Profile.types as Record<string, Record<number, string> | undefined>
const GARMIN_MAKERS = new Set([1, 13, 15])

/** The recording device: its own product name, else maker and Garmin product code. */
export function deviceName(messages: Map<number, FitMessage[]>): string | undefined {
  const creator = messages.get(23)?.find((d) => d[0] === 0)
  const fileId = messages.get(0)?.[0]
  const named = fileId?.[8] ?? creator?.[27]
  if (typeof named === 'string' && named.trim()) return named.trim()
  const maker = fitNumber(fileId?.[1] ?? creator?.[2])
  const product = fitNumber(fileId?.[2] ?? creator?.[4])
  const makerName = maker === undefined ? undefined : TYPES.manufacturer?.[maker]
  if (!makerName) return undefined
  const title = makerName.charAt(0).toUpperCase() + makerName.slice(1)
  const productName =
    product !== undefined && GARMIN_MAKERS.has(maker as number)
      ? TYPES.garminProduct?.[product]
      : undefined
  return productName ? `${title} ${productName}` : title
}
