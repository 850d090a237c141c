/** A year to show, newest first; the shown year is offered even when it has no activities. */
export function YearSelect({
  year,
  years,
  onChange,
}: {
  year: number
  years: readonly number[]
  onChange: (year: number) => void
}) {
  return (
    <label className="lab-select">
      Year
      <select value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {[...new Set([year, ...years])]
          .sort((a, b) => b - a)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
    </label>
  )
}
