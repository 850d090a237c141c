import type { ReactNode } from 'react'

/** A right-aligned column heading of a detail table. */
export function NumberHeading({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="num">
      {children}
    </th>
  )
}

/** A number cell that shows an en dash where the value is unknown. */
export function NumberCell({
  value,
  format,
}: {
  value: number | null
  format: (value: number) => ReactNode
}) {
  return <td className="num">{value === null ? '–' : format(value)}</td>
}

/** Elevation and heart-rate columns appear only when some row has a value for them. */
export interface OptionalColumns {
  elevation: boolean
  heartrate: boolean
}

export function OptionalHeadings({ columns }: { columns: OptionalColumns }) {
  return (
    <>
      {columns.elevation && <NumberHeading>Elev</NumberHeading>}
      {columns.heartrate && <NumberHeading>HR</NumberHeading>}
    </>
  )
}

export function OptionalCells({
  columns,
  elevation,
  formatElevation,
  heartrate,
}: {
  columns: OptionalColumns
  elevation: number | null
  formatElevation: (metres: number) => ReactNode
  heartrate: number | null
}) {
  return (
    <>
      {columns.elevation && <NumberCell value={elevation} format={formatElevation} />}
      {columns.heartrate && <NumberCell value={heartrate} format={Math.round} />}
    </>
  )
}
