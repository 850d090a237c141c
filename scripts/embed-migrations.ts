/**
 * Writes the drizzle-kit migrations into a TypeScript module, so every shell (Electron inside
 * asar, the command line, tests) gets them from its bundle instead of resolving a folder.
 * Run by `npm run db:generate`; a unit test fails when the module is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderEmbeddedMigrations } from '../src/main/core/db/embed-migrations'

const folder = fileURLToPath(new URL('../src/main/core/db/migrations', import.meta.url))
const target = fileURLToPath(
  new URL('../src/main/core/db/migrations.generated.ts', import.meta.url),
)

const source = renderEmbeddedMigrations(folder, (path) => readFileSync(path, 'utf8'))
writeFileSync(target, source)
console.error(`Embedded migrations into ${target}`)
