/** Whether this browser can draw a maplibre map (WebGL). jsdom cannot; software WebGL can. */
let answer: boolean | null = null

export function canDrawMaps(): boolean {
  if (answer !== null) return answer
  if (typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent))
    return (answer = false)
  try {
    const canvas = document.createElement('canvas')
    answer = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
  } catch {
    answer = false
  }
  return answer
}
