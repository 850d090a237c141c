/**
 * FIT files decoded with Garmin's FIT SDK: the header and CRC checked first (cut-short and
 * damaged files fail here, before any message is read), then every message decoded with scale,
 * offset, components and sub-fields applied. Times stay raw FIT seconds
 * (`convertDateTimesToDates: false`) so that times counted from device power-on can be told
 * apart; enums stay numbers. Heart rate kept in separate `hr` messages (straps that store it
 * while swimming) is merged into the records when the SDK can merge it.
 */
import { Decoder, Stream, type FitMessages } from '@garmin/fitsdk'
import { CorruptFileError } from './corrupt-file'
import { expandCompressedTimestamps } from './fit-compressed-timestamps'

const OPTIONS = {
  convertDateTimesToDates: false,
  convertTypesToStrings: false,
  includeUnknownData: false,
  expandSubFields: true,
  expandComponents: true,
  applyScaleAndOffset: true,
} as const

function decode(bytes: Uint8Array, mergeHeartRates: boolean) {
  return new Decoder(Stream.fromByteArray(bytes)).read({ ...OPTIONS, mergeHeartRates })
}

const isCompressedTimestampError = (errors: Error[]) =>
  errors.some((e) => /compressed timestamp/i.test(e.message))

/** The file's messages; a file that is not FIT, damaged or cut short throws CorruptFileError. */
export function decodeFitMessages(bytes: Uint8Array): FitMessages {
  const decoder = new Decoder(Stream.fromByteArray(bytes))
  if (!decoder.isFIT()) throw new CorruptFileError('not a FIT file')
  if (!decoder.checkIntegrity()) throw new CorruptFileError('the FIT checksum does not match')
  let input = bytes
  let { messages, errors } = decode(input, false)
  if (isCompressedTimestampError(errors)) {
    input = expandCompressedTimestamps(bytes)
    ;({ messages, errors } = decode(input, false))
  }
  if (errors.length > 0) throw new CorruptFileError('the FIT data cannot be read')
  if ((messages.hrMesgs?.length ?? 0) > 0 && (messages.recordMesgs?.length ?? 0) > 0) {
    // A merge the SDK cannot make (no anchoring time) reports an error: keep the plain records.
    const merged = decode(input, true)
    if (merged.errors.length === 0) return merged.messages
  }
  return messages
}
