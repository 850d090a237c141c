/**
 * One streaming pass over an XML document with saxes (a strict, non-validating parser that never
 * loads external entities). Bytes are decoded and fed a megabyte at a time, so a 100 MB GPX is
 * never held as one string and no tree is built: memory grows with what the handler keeps.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { CorruptFileError } from './corrupt-file'
import { localName } from './xml-values'

/** Receives the text of an element the handler asked for, once the element closes. */
export type TextSink = (text: string) => void

/** A document as text, as bytes, or as chunks of bytes read one after the other. */
export type XmlInput = string | Uint8Array | Iterable<Uint8Array>

export interface XmlHandler {
  /** Local name the root element must have. */
  root: string
  /** An element opened; `path` holds the local names of the open elements, its own last. */
  open(path: readonly string[], attributes: Record<string, string>): TextSink | null
  /** An element is about to close; `path` still includes it. */
  close(path: readonly string[]): void
}

const CHUNK = 1 << 20

class NotThisFormat extends Error {}

/** The encoding an XML document declares (or its byte-order mark shows); UTF-8 by default. */
function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le')
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be')
  const declared = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    String.fromCharCode(...head.subarray(0, 200)),
  )?.[1]
  try {
    return new TextDecoder(declared ?? 'utf-8')
  } catch {
    return new TextDecoder('utf-8')
  }
}

function* textChunks(input: XmlInput): Generator<string> {
  if (typeof input === 'string') {
    yield input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
    return
  }
  const parts = input instanceof Uint8Array ? [input] : input
  let decoder: TextDecoder | null = null
  for (const part of parts) {
    for (let at = 0; at < part.length; at += CHUNK) {
      const slice = part.subarray(at, at + CHUNK)
      decoder ??= decoderFor(slice)
      yield decoder.decode(slice, { stream: true })
    }
  }
  yield decoder?.decode() ?? ''
}

/** Walks the document; a document that is not XML, or whose root is not `handler.root`, throws. */
export function walkXml(input: XmlInput, handler: XmlHandler, format: string): void {
  const path: string[] = []
  let capture: { depth: number; text: string; sink: TextSink } | null = null
  const parser = new SaxesParser()
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name)
    if (path.length === 0 && name !== handler.root) throw new NotThisFormat()
    path.push(name)
    if (capture) return
    const sink = handler.open(path, tag.attributes)
    if (sink) capture = { depth: path.length, text: '', sink }
  })
  const collect = (chunk: string) => {
    if (capture) capture.text += chunk
  }
  parser.on('text', collect)
  parser.on('cdata', collect)
  parser.on('closetag', () => {
    if (capture?.depth === path.length) {
      capture.sink(capture.text)
      capture = null
    }
    handler.close(path)
    path.pop()
  })
  try {
    for (const text of textChunks(input)) if (text) parser.write(text)
    parser.close()
  } catch (error) {
    if (error instanceof NotThisFormat) throw new CorruptFileError(`the file is not ${format}`)
    if (error instanceof CorruptFileError) throw error
    throw new CorruptFileError(`the ${format} file is not well-formed XML`)
  }
}
