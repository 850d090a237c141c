import type { YearReviewDto } from '../../../../shared/lab-dto'
import { formatCalendarDay, formatLocalDate, type DateStyle } from '../../format/dates'
import {
  formatDistance,
  formatDuration,
  formatElevation,
  formatTotalDistance,
  formatTotalDuration,
  type Units,
} from '../../format/units'
import { sportLabel } from '../../../../shared/sport-label'
import { effortDistanceLabel, formatEffortTime, formatScore } from '../lab-format'

const WIDTH = 1200
const PAD = 64
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

/**
 * The year in review as one picture, drawn from the same figures as the page in the page's
 * colours; returned as PNG bytes in base64. It draws no map, so no place (or privacy zone) is
 * in it.
 */
export function drawReview(
  review: YearReviewDto,
  prefs: { units: Units; dates: DateStyle },
  themed: HTMLElement,
): string {
  const style = getComputedStyle(themed)
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  const c = {
    bg: color('--bg', '#f6f7f9'),
    card: color('--card', '#ffffff'),
    text: color('--text', '#1d2733'),
    muted: color('--muted', '#5b6675'),
    border: color('--border', '#d9dee5'),
    accent: color('--accent', '#1f7a5c'),
    bar: color('--lab-fitness', '#1c7ed6'),
  }
  const lines = factLines(review, prefs)
  const sports = review.bySport.slice(0, 6)
  const height = 420 + lines.length * 40 + sports.length * 44 + 140
  const canvas = document.createElement('canvas')
  canvas.width = WIDTH
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('This window cannot draw pictures.')
  ctx.fillStyle = c.bg
  ctx.fillRect(0, 0, WIDTH, height)
  ctx.fillStyle = c.accent
  ctx.fillRect(0, 0, WIDTH, 10)

  const text = (
    value: string,
    x: number,
    y: number,
    size: number,
    fill: string,
    weight = 400,
    max = WIDTH - PAD - x,
  ) => {
    ctx.font = `${weight} ${size}px ${FONT}`
    ctx.fillStyle = fill
    let shown = value
    while (shown.length > 1 && ctx.measureText(shown).width > max) shown = `${shown.slice(0, -2)}…`
    ctx.fillText(shown, x, y)
  }
  text('Trailkeep', PAD, 72, 22, c.muted, 600)
  text(`${review.year} in review`, PAD, 132, 52, c.text, 700)

  const tiles = [
    ['Activities', review.totals.activities.toLocaleString('en')],
    ['Distance', formatTotalDistance(review.totals.distance, prefs.units)],
    ['Moving time', formatTotalDuration(review.totals.movingTime)],
    ['Climbed', formatElevation(review.totals.elevation, prefs.units)],
    ['Training load', formatScore(review.totals.load)],
  ] as const
  const tileWidth = (WIDTH - 2 * PAD - 4 * 16) / 5
  tiles.forEach(([label, value], i) => {
    const x = PAD + i * (tileWidth + 16)
    ctx.fillStyle = c.card
    ctx.strokeStyle = c.border
    ctx.beginPath()
    ctx.roundRect(x, 170, tileWidth, 120, 14)
    ctx.fill()
    ctx.stroke()
    text(label, x + 18, 206, 18, c.muted, 500, tileWidth - 36)
    text(value, x + 18, 258, value.length > 9 ? 24 : 30, c.text, 700, tileWidth - 36)
  })
  text(`on ${review.totals.activeDays} days`, PAD, 330, 18, c.muted)

  let y = 390
  for (const line of lines) {
    text(line, PAD, y, 24, c.text)
    y += 40
  }
  y += 30
  text('By sport, moving time', PAD, y, 20, c.muted, 600)
  y += 20
  const most = Math.max(1, ...sports.map((s) => s.movingTime))
  for (const sport of sports) {
    const barWidth = ((WIDTH - 2 * PAD - 360) * sport.movingTime) / most
    ctx.fillStyle = c.bar
    ctx.fillRect(PAD + 220, y + 8, Math.max(4, barWidth), 24)
    text(sportLabel(sport.sportType), PAD, y + 28, 20, c.text, 500, 200)
    text(formatTotalDuration(sport.movingTime), PAD + 232 + barWidth, y + 28, 20, c.muted, 400, 140)
    y += 44
  }
  text(
    'Made with Trailkeep from your own backup · Powered by Strava',
    PAD,
    height - 48,
    18,
    c.muted,
  )
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')
}

function factLines(
  review: YearReviewDto,
  { units, dates }: { units: Units; dates: DateStyle },
): string[] {
  const lines: string[] = []
  if (review.longest)
    lines.push(
      `Longest: ${formatDistance(review.longest.distance, units, 1)}, ${review.longest.name}`,
    )
  if (review.longestTime)
    lines.push(
      `Longest time: ${formatDuration(review.longestTime.movingTime)}, ${review.longestTime.name}`,
    )
  if (review.biggestClimb)
    lines.push(
      `Biggest climb: ${formatElevation(review.biggestClimb.elevation, units)}, ${review.biggestClimb.name}`,
    )
  const week = review.mostActiveWeek
  if (week) {
    lines.push(
      `Most active week: ${formatCalendarDay(new Date(`${week.weekStart}T00:00:00Z`), dates)}, ${formatTotalDuration(week.movingTime)}`,
    )
  }
  for (const r of review.records.slice(0, 6)) {
    lines.push(
      `Record: ${r.family} ${effortDistanceLabel(r.distance)} in ${formatEffortTime(r.seconds)}, ${formatLocalDate(r.activity.startDateLocal, dates)}`,
    )
  }
  if (review.first)
    lines.push(
      `First: ${review.first.name}, ${formatLocalDate(review.first.startDateLocal, dates)}`,
    )
  if (review.last)
    lines.push(`Last: ${review.last.name}, ${formatLocalDate(review.last.startDateLocal, dates)}`)
  return lines
}
