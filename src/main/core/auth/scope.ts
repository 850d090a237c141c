export type ScopeVerdict = 'all-activities' | 'public-activities' | 'no-activities'

/** Reads the scope the athlete actually granted (they can untick boxes on Strava's page). */
export function judgeGrantedScope(grantedScope: string): ScopeVerdict {
  const scopes = new Set(grantedScope.split(/[,\s]+/).filter(Boolean))
  if (scopes.has('activity:read_all')) return 'all-activities'
  if (scopes.has('activity:read')) return 'public-activities'
  return 'no-activities'
}
