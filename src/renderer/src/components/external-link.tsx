import type { ReactNode } from 'react'

/** An activity's own page on Strava, for "View on Strava". */
export function stravaActivityUrl(id: number): string {
  return `https://www.strava.com/activities/${id}`
}

/**
 * A link to Strava's site, opened in the system browser: Electron hands `target="_blank"` links
 * to its window-open handler, which opens only allow-listed Strava URLs (electron/security.ts);
 * the web shell opens a new tab. `noopener noreferrer`: the new page gets no handle on the app.
 */
export function ExternalLink({
  href,
  className,
  children,
}: {
  href: string
  className?: string
  children: ReactNode
}) {
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}
