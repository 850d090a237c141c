/**
 * ZIP bombs for the import tests: entries of zeros that deflate about a thousandfold. Built in
 * memory a chunk at a time, so a bomb of hundreds of megabytes costs the test only its output.
 */
import { writeFileSync } from 'node:fs'
import { createDeflateRaw, crc32, gzipSync } from 'node:zlib'

const CHUNK = Buffer.alloc(1024 * 1024)

/** Raw deflate of `bytes` zeros, with their CRC-32. */
export async function deflatedZeros(bytes: number): Promise<{ data: Buffer; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => out.push(chunk))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  let crc = 0
  for (let left = bytes; left > 0; left -= CHUNK.length) {
    const chunk = CHUNK.subarray(0, Math.min(left, CHUNK.length))
    crc = crc32(chunk, crc)
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await done
  return { data: Buffer.concat(out), crc: crc >>> 0 }
}

/** A gzip of `bytes` zeros (for a bomb inside a `.gz` entry). */
export function gzippedZeros(bytes: number): Buffer {
  return gzipSync(Buffer.alloc(bytes), { level: 9 })
}

export interface BombEntry {
  name: string
  /** Deflated (method 8) or stored (method 0) bytes. */
  data: Buffer
  method: 0 | 8
  crc: number
  /** What the headers claim the entry unpacks to: the truth, or a lie. */
  declaredSize: number
}

export function storedEntry(name: string, content: Buffer | string): BombEntry {
  const data = Buffer.from(content)
  return { name, data, method: 0, crc: crc32(data) >>> 0, declaredSize: data.length }
}

/** Writes a ZIP whose local and central headers say exactly what the entries say. */
export function writeRawZip(file: string, entries: BombEntry[]): void {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(entry.method, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x5c21, 12)
    local.writeUInt32LE(entry.crc, 14)
    local.writeUInt32LE(entry.data.length, 18)
    local.writeUInt32LE(entry.declaredSize, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(20, 6)
    header.writeUInt16LE(0x0800, 8)
    header.writeUInt16LE(entry.method, 10)
    header.writeUInt16LE(0, 12)
    header.writeUInt16LE(0x5c21, 14)
    header.writeUInt32LE(entry.crc, 16)
    header.writeUInt32LE(entry.data.length, 20)
    header.writeUInt32LE(entry.declaredSize, 24)
    header.writeUInt16LE(name.length, 28)
    header.writeUInt32LE(offset, 42)
    central.push(header, name)
    parts.push(local, name, entry.data)
    offset += local.length + name.length + entry.data.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  writeFileSync(file, Buffer.concat([...parts, directory, end]))
}
