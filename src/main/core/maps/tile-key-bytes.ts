/**
 * Tile keys as stored bytes: Float64 little-endian, one key after another. Keys reach 2^35 at
 * zoom 17, beyond Int32, and are exact in a double (tile-math.ts).
 */

/** The keys as bytes. */
export function encodeTileKeys(keys: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(keys.length * 8)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < keys.length; i++) view.setFloat64(i * 8, keys[i] ?? 0, true)
  return bytes
}

/** The keys stored by encodeTileKeys; a damaged tail (not a whole key) is left out. */
export function decodeTileKeys(bytes: Uint8Array | null | undefined): Float64Array {
  if (!bytes) return new Float64Array(0)
  const count = Math.floor(bytes.byteLength / 8)
  const view = new DataView(bytes.buffer, bytes.byteOffset, count * 8)
  const keys = new Float64Array(count)
  for (let i = 0; i < count; i++) keys[i] = view.getFloat64(i * 8, true)
  return keys
}
