/** The HTML the athlete sees on /oauth/authorize: scopes as checkboxes, Authorize and Cancel. */
import { escapeHtml } from './http-util'

const SCOPE_LABELS: Record<string, string> = {
  read: 'View data about your public profile and segments (required)',
  read_all: 'View data about your private routes, segments and events',
  'profile:read_all': 'View your complete Strava profile',
  'profile:write': 'Update your weight, FTP and gear',
  'activity:read': 'View data about your activities',
  'activity:read_all': 'View data about your private activities and Only You activities',
  'activity:write': 'Upload activities and edit activities',
}

export const APP_NAME = 'Trailkeep'

export function renderAuthorizePage(requestId: string, scopes: string[]): string {
  const boxes = scopes
    .map((scope) => {
      const id = `scope-${scope.replace(/[^a-z_]/g, '-')}`
      const label = escapeHtml(SCOPE_LABELS[scope] ?? scope)
      const value = escapeHtml(scope)
      return `<li><input type="checkbox" id="${id}" name="scope" value="${value}" checked>
<label for="${id}">${label}</label></li>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Authorize ${APP_NAME} | Strava</title></head>
<body>
<main>
<h1>Authorize ${APP_NAME} to connect to Strava</h1>
<form method="post" action="/oauth/authorize/decision">
<input type="hidden" name="request_id" value="${escapeHtml(requestId)}">
<ul>
${boxes}
</ul>
<button type="submit" name="decision" value="authorize">Authorize</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
</form>
</main>
</body>
</html>
`
}

export function renderErrorPage(message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bad Request | Strava</title></head>
<body><main><h1>Bad Request</h1><p>${escapeHtml(message)}</p></main></body>
</html>
`
}
