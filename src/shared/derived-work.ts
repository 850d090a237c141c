/** What the background work of each kind of derived figures is called, in the app and the CLI. */
const WORK_OF_KIND: Record<string, string> = {
  lab: 'Analysing activities for the lab',
  maps: 'Preparing map data',
}

/** "Analysing activities for the lab: 64 of 200" */
export function describeDerivedWork(progress: {
  kind: string
  done: number
  total: number
}): string {
  const work = WORK_OF_KIND[progress.kind] ?? 'Analysing activities'
  return `${work}: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}`
}
