import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Snapshots must exist in CI: a missing golden file is a failure, not a new snapshot.
    update: false,
  },
});
