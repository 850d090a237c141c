import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  contentKeyOf,
  contentKeyOfFile,
} from '../../../../src/main/core/import/activity-files/content-hash'

describe('content keys', () => {
  it('are the size and SHA-256 of the bytes, in memory or streamed from disk', async () => {
    expect(contentKeyOf(new TextEncoder().encode('abc'))).toEqual({
      size: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    })
    const dir = mkdtempSync(join(tmpdir(), 'trailkeep-hash-'))
    try {
      // Three and a half chunks, so the streamed hash really spans several reads.
      const bytes = new Uint8Array(3.5 * (1 << 20)).map((_, i) => (i * 31) % 251)
      const file = join(dir, 'a.fit')
      writeFileSync(file, bytes)
      expect(await contentKeyOfFile(file)).toEqual(contentKeyOf(bytes))
      const other = Uint8Array.from(bytes)
      other[1000] = (other[1000] as number) ^ 1
      expect(contentKeyOf(other).sha256).not.toBe(contentKeyOf(bytes).sha256)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
