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
  ...restrictImports(
    ['src/main/core/**', 'src/main/cli/**', 'src/shared/**'],
    [noElectron],
    [noTestCode],
  ),
  // The web shell is a test harness: it may use the emulator's types but never Electron.
  ...restrictImports(['src/main/web-shell/**'], [noElectron], []),
  // The renderer talks to window.trailkeep only; it never reaches into main-process code.
  ...restrictImports(['src/renderer/**'], [noElectron], [noTestCode, noMainCode]),
  ...restrictImports(['src/preload/**', 'src/main/electron/**'], [], [noTestCode]),
)

function restrictImports(files, paths, patterns) {
  return [{ files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } }]
}
