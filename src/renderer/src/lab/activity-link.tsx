import type { ReactNode } from 'react'
import type { LabActivityRef } from '../../../shared/lab-dto'
import { formatLocalDate } from '../format/dates'
import { usePreferences } from '../preferences-context'
import { useLabNavigation } from './lab-navigation'

/**
 * A figure or a name that opens the activity it came from. It reads as the figure; the title
 * names the activity and its day.
 */
export function ActivityLink({
  activity,
  children,
  className,
}: {
  activity: LabActivityRef
  children?: ReactNode
  className?: string
}) {
  const { openActivity } = useLabNavigation()
  const { dates } = usePreferences()
  const label = `${activity.name}, ${formatLocalDate(activity.startDateLocal, dates)}`
  return (
    <button
      type="button"
      className={`lab-link${className ? ` ${className}` : ''}`}
      title={`Open ${label}`}
      onClick={() => openActivity(activity.id)}
    >
      {children ?? activity.name}
    </button>
  )
}
