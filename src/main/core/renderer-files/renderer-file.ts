/**
 * Which file of the built renderer a request path names, and how it is sent. Shared by the web
 * shell's HTTP server and Electron's app:// protocol, so both refuse the same paths.
 */
import { extname, join, resolve, sep } from 'node:path'
import { RENDERER_CSP } from './content-security-policy'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

/**
 * The file under `rootDir` that a URL path (still percent-encoded) names; `/` is index.html.
 * Null for anything that could leave the folder or is malformed: broken percent-encoding, NUL,
 * backslashes, `.` or `..` segments (also encoded ones the URL parser did not resolve).
 */
export function resolveRendererFile(rootDir: string, encodedPathname: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(encodedPathname)
  } catch {
    return null
  }
  if (!path.startsWith('/') || /[\0\\]/.test(path)) return null
  const segments = path.slice(1).split('/')
  if (segments.some((s) => s === '.' || s === '..')) return null
  const relative = path === '/' ? 'index.html' : segments.join(sep)
  const root = resolve(rootDir)
  const file = resolve(join(root, relative))
  return file.startsWith(root + sep) ? file : null
}

/** Response headers for a renderer file: its type, no sniffing, no caching, and the CSP. */
export function rendererFileHeaders(file: string): Record<string, string> {
  return {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': RENDERER_CSP,
  }
}
