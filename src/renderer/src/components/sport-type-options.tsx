import { sportLabel } from '../../../shared/sport-label'

/** The options of a sport filter: every sport (value ''), then each sport type by name. */
export function SportTypeOptions({ sportTypes }: { sportTypes: readonly string[] }) {
  return (
    <>
      <option value="">All sports</option>
      {sportTypes.map((type) => (
        <option key={type} value={type}>
          {sportLabel(type)}
        </option>
      ))}
    </>
  )
}
