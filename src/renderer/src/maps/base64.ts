/** Bytes that crossed the bridge as base64 (the web shell's bridge is JSON). */
export function base64ToBuffer(base64: string): ArrayBuffer {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes.buffer
}
