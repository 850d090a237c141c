/**
 * The form of an activity name that search compares: lower case, accents removed, compatibility
 * characters (full-width letters, ligatures) spelled out. Stored next to the name when it is
 * written and applied to what the user types, so a plain substring test in SQLite matches
 * "Évening" for "evening" in any script without a full-text index to maintain.
 */
export function foldForSearch(text: string): string {
  return (
    text
      // Lower case first: 'İ' lowers to 'i' plus a combining dot, which the next step removes.
      .toLowerCase()
      .normalize('NFKD')
      // Only the combining diacritical marks block: Latin, Greek and Cyrillic accents. Marks of
      // other scripts (Japanese voicing, Devanagari vowels) change the letter, so they stay.
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
  )
}

/** The name columns of an activity row: whoever writes a name writes its search form too. */
export function nameColumns(name: string): { name: string; searchName: string } {
  return { name, searchName: foldForSearch(name) }
}
