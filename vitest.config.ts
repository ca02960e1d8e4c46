import { defineConfig } from 'vitest/config';

// Three projects: `npm test` runs unit + integration (Node only, real sockets and SQLite);
// `npm run test:e2e` runs the browser tests against Debian's Chromium.
const inline = { server: { deps: { inline: ['boardgame.io'] } } };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...inline } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          ...inline,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          ...inline,
        },
      },
    ],
  },
});
