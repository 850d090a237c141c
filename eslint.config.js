import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const noElectron = {
  name: 'electron',
  message: 'The core runs in plain Node: only src/main/electron and the preload import electron.',
}
const noTestCode = {
  group: ['**/test/**', '**/strava-emulator/**'],
  message: 'src/ never imports test code.',
}
const noMainCode = { group: ['**/main/**'], message: 'Share types through src/shared only.' }
const onlyTheCoreFace = {
  group: ['**/core/*'],
  message:
    "Shells use the core's face only: import from 'core' (src/main/core/index.ts), not its parts.",
}
const noMathRandom = {
  selector: "MemberExpression[object.name='Math'][property.name='random']",
  message: 'Use node:crypto randomness.',
}
const noRawSqlite = {
  selector: "NewExpression[callee.name='Database']",
  message:
    'Open SQLite with openSqlite (src/main/core/db/open-sqlite.ts): it sets trusted_schema=OFF.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'src/main/core/db/migrations/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', noMathRandom],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/main/core/db/open-sqlite.ts'],
    rules: { 'no-restricted-syntax': ['error', noMathRandom, noRawSqlite] },
  },
  ...restrictImports(['src/main/core/**', 'src/shared/**'], [noElectron], [noTestCode]),
  ...restrictImports(['src/main/cli/**'], [noElectron], [noTestCode, onlyTheCoreFace]),
  // The web shell is a test harness: it may use the emulator's types but never Electron.
  ...restrictImports(['src/main/web-shell/**'], [noElectron], [onlyTheCoreFace]),
  // The renderer talks to window.trailkeep only; it never reaches into main-process code.
  ...restrictImports(['src/renderer/**'], [noElectron], [noTestCode, noMainCode]),
  ...restrictImports(['src/preload/**'], [], [noTestCode]),
  ...restrictImports(['src/main/electron/**'], [], [noTestCode, onlyTheCoreFace]),
)

function restrictImports(files, paths, patterns) {
  return [{ files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } }]
}
