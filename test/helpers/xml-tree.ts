/** fast-xml-parser's ordered output as a small tree, so tests can check element order. */
import { XMLParser } from 'fast-xml-parser'

export interface XmlNode {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  text: string
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> }

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
})

function toNode(item: Ordered): XmlNode | null {
  const name = Object.keys(item).find((k) => k !== ':@')
  if (!name || name === '#text' || name.startsWith('?')) return null
  const raw = item[name] as Ordered[]
  const children = raw.map(toNode).filter((n): n is XmlNode => n !== null)
  const text = raw
    .filter((c) => '#text' in c)
    .map((c) => String(c['#text']))
    .join('')
  return { name, attrs: item[':@'] ?? {}, children, text }
}

export function parseXmlTree(text: string): XmlNode {
  const items = parser.parse(text) as Ordered[]
  const root = items.map(toNode).find((n) => n !== null)
  if (!root) throw new Error('no root element')
  return root
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name)
}

export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name)
}

/** Descends along a path of element names, taking the first match at each step. */
export function path(node: XmlNode, ...names: string[]): XmlNode | undefined {
  let current: XmlNode | undefined = node
  for (const name of names) current = current && child(current, name)
  return current
}

export function numberAt(node: XmlNode, ...names: string[]): number | undefined {
  const found = path(node, ...names)
  return found ? Number(found.text) : undefined
}

/**
 * True when `names` appear in the order given by `schemaOrder` (a subsequence of it); repeats
 * of one element in a row (Lap, Track, Trackpoint) count once.
 */
export function followsOrder(names: string[], schemaOrder: readonly string[]): boolean {
  let position = -1
  for (const [i, name] of names.entries()) {
    if (i > 0 && names[i - 1] === name) continue
    const next = schemaOrder.indexOf(name)
    if (next <= position) return false
    position = next
  }
  return true
}
