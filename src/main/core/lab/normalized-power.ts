import type { Series1Hz } from './resample'

const WINDOW_SECONDS = 30

/**
 * Normalized Power (Allen & Coggan, Training and Racing with a Power Meter): the fourth root of
 * the mean of the fourth powers of the 30-second rolling average power. Windows start at the
 * 30 s mark (the first full window), and only windows ending on a moving second are averaged:
 * NP then describes the moving time TSS counts as its hours, while a stop's zeros still pull
 * down the windows on either side of it. GoldenCheetah's IsoPower averages every second, stops
 * included, which lowers NP by a long café stop that TSS hours would then count again. An
 * activity shorter than 30 s has one window: its mean power.
 */
export function normalizedPower(power: Series1Hz): number {
  const { values, moving } = power
  if (values.length < WINDOW_SECONDS) {
    return power.movingSeconds > 0 ? values.reduce((sum, v) => sum + v, 0) / values.length : 0
  }
  let windowSum = 0
  for (let i = 0; i < WINDOW_SECONDS - 1; i++) windowSum += values[i] ?? 0
  let fourthPowers = 0
  let windows = 0
  for (let i = WINDOW_SECONDS - 1; i < values.length; i++) {
    windowSum += values[i] ?? 0
    if (moving[i] === 1) {
      const mean = windowSum / WINDOW_SECONDS
      const square = mean * mean
      fourthPowers += square * square
      windows++
    }
    windowSum -= values[i - WINDOW_SECONDS + 1] ?? 0
  }
  return windows === 0 ? 0 : Math.sqrt(Math.sqrt(fourthPowers / windows))
}
