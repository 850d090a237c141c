/**
 * The gear id of a summary's raw JSON, without parsing it: the key `"gear_id":"` can only occur
 * at the top level of JSON.stringify's compact output (inside a string value its quotes would be
 * escaped). Strava's gear ids are short: `b1234` for bikes, `g1234` for shoes.
 */
const GEAR_ID = /"gear_id":"([A-Za-z0-9_-]{1,64})"/

export function gearIdOf(summaryJson: string): string | null {
  return GEAR_ID.exec(summaryJson)?.[1] ?? null
}
