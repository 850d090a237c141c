import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Every file below a folder whose bytes contain any of the secrets (as UTF-8 or UTF-16). */
export function findSecretsInFolder(folder: string, secrets: string[]): string[] {
  const hits: string[] = []
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) {
      hits.push(...findSecretsInFolder(path, secrets))
      continue
    }
    const bytes = readFileSync(path)
    for (const secret of secrets) {
      if (
        bytes.includes(Buffer.from(secret, 'utf8')) ||
        bytes.includes(Buffer.from(secret, 'utf16le'))
      ) {
        hits.push(`${name} contains a secret`)
      }
    }
  }
  return hits
}
