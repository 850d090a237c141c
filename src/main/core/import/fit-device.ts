/** The name of the device that recorded a FIT file, from `file_id` or the creator's `device_info`. */
import { Profile, type FitMessages } from '@garmin/fitsdk'
import { fitNumber } from './fit-records'

const TYPES = Profile.types as Record<string, Record<number, string> | undefined>
const GARMIN_MAKERS = new Set([1, 13, 15])

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** The recording device: its own product name, else maker and Garmin product code. */
export function deviceName(messages: FitMessages): string | undefined {
  const creator = messages.deviceInfoMesgs?.find((d) => d.deviceIndex === 0)
  const fileId = messages.fileIdMesgs?.[0]
  const named = text(fileId?.productName) ?? text(creator?.productName)
  if (named) return named
  const maker = fitNumber(fileId?.manufacturer) ?? fitNumber(creator?.manufacturer)
  const product = fitNumber(fileId?.product) ?? fitNumber(creator?.product)
  const makerName = maker === undefined ? undefined : TYPES.manufacturer?.[maker]
  if (!makerName) return undefined
  const title = makerName.charAt(0).toUpperCase() + makerName.slice(1)
  const productName =
    product !== undefined && GARMIN_MAKERS.has(maker as number)
      ? TYPES.garminProduct?.[product]
      : undefined
  return productName ? `${title} ${productName}` : title
}
