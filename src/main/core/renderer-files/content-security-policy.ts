/**
 * The renderer's Content-Security-Policy, sent as a response header by both shells (the web
 * shell's HTTP server, Electron's app:// protocol). Only a header can carry frame-ancestors:
 * browsers ignore it in a <meta> element and log an error on every load. index.html keeps the
 * same policy without frame-ancestors in a <meta> as a second line of defence (a unit test keeps
 * the two in step).
 */
export const RENDERER_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const

export const RENDERER_CSP = RENDERER_CSP_DIRECTIVES.join('; ')
