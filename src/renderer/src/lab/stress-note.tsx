import type { StressDto } from '../../../shared/lab-dto'

const METHOD_LABEL: Record<StressDto['method'], string> = {
  power: 'TSS from power',
  heartrate: 'heart-rate TSS (TRIMP)',
  pace: 'running-pace TSS',
  unscored: 'not scored',
}

/** How a stress score was found, in the core's own sentence. */
export function StressNote({ stress }: { stress: StressDto | null }) {
  if (!stress) return <p className="lab-explain">Waiting to be analysed.</p>
  return (
    <p className={`lab-explain${stress.method === 'unscored' ? ' lab-explain-missing' : ''}`}>
      <span className="lab-method">{METHOD_LABEL[stress.method]}</span> {stress.explanation}
    </p>
  )
}
