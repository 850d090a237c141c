const MESSAGES = {
  success: ['Trailkeep is connected', 'You can close this tab and return to Trailkeep.'],
  denied: ['Connection cancelled', 'Trailkeep was not given access. You can close this tab.'],
  refused: ['This link is not valid', 'Start the connection again from Trailkeep.'],
} as const

/** The page the browser shows after the redirect. Static text only: nothing from the request. */
export function renderCallbackPage(kind: keyof typeof MESSAGES): string {
  const [title, body] = MESSAGES[kind]
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px system-ui,sans-serif;display:grid;place-items:center;min-height:90vh;margin:0;color:#1d2733;background:#f6f7f9}
@media (prefers-color-scheme:dark){body{color:#e6e9ee;background:#14181d}}main{text-align:center;max-width:28rem}</style>
</head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`
}
