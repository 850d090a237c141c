/** Nothing backed up yet: say whether the first backup is on its way. */
export function EmptyLibrary({ syncing }: { syncing: boolean }) {
  return (
    <div className="activities-empty" role="status">
      <h2>{syncing ? 'Your activities are on their way' : 'No activities yet'}</h2>
      <p>
        {syncing
          ? 'The first backup is running. Activities appear here as they arrive, newest first.'
          : 'Once Trailkeep has synced with Strava, your whole history is here to browse, even offline.'}
      </p>
    </div>
  )
}

/** The library has activities, but none match the toolbar. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <div className="list-empty" role="status">
      <p className="list-empty-title">No activities match these filters.</p>
      <button type="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  )
}
