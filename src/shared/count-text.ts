/** `1 file`, `1,234 files`: a count and the words that agree with it. */
export function countText(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}

/** `1 activity`, `1,234 activities`. */
export function activityCount(count: number): string {
  return countText(count, 'activity', 'activities')
}
