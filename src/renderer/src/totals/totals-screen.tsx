/** Placeholder: totals are being built. */
export function TotalsScreen() {
  return <section aria-label="Totals">Totals</section>
}
