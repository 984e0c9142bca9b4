import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests (core, shared, web), database tests run once per engine
// (SQLite always; PostgreSQL when DATABASE_URL is set), and nothing else. E2E is Playwright.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['src/web/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/db/**/*.db.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each worker gets its own SQLite file or PostgreSQL schema (test/db-helpers.ts).
          pool: 'forks',
        },
      },
    ],
  },
});
