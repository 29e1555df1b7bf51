import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // real servers on port 0, real sockets, one browser: one file at a time on a 2-core machine;
    // `npm test` runs the browser files two at a time (each has its own server and Chromium)
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: { name: 'chaos', include: ['test/chaos/**/*.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 60_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
