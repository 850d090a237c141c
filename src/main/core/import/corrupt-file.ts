/** A file inside the archive that cannot be read: reported and skipped, the import goes on. */
export class CorruptFileError extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'CorruptFileError'
  }
}
