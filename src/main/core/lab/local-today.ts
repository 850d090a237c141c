import type { Clock } from '../clock'

/** Today on this computer's calendar, `YYYY-MM-DD`: the day `--from` defaults to. */
export function localToday(clock: Clock): string {
  const now = new Date(clock.now())
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
