import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two test files at once even on two cores: most integration tests wait on child processes
    // and the emulator, so the suite takes about 6 minutes there instead of 10.
    maxWorkers: Math.max(2, availableParallelism()),
  },
})
