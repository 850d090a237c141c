/** Placeholder: the activities list and detail are being built. */
export function ActivitiesScreen() {
  return <section aria-label="Activities">Activities</section>
}
