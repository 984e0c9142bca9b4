import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// End-to-end tests in Debian's Chromium (Playwright cannot download browsers here) against a
// real server on a fresh embedded database in a temp folder.
const port = Number(process.env.E2E_PORT ?? 4173);
const dataDir = path.join(os.tmpdir(), `upr-e2e-${process.pid}`);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Each spec is a whole user journey; on a loaded 2-core CI machine it can take minutes.
  timeout: 240_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && node_modules/.bin/tsx src/cli/main.ts serve --port ${port} --data ${dataDir}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { UPR_SETUP_CODE: 'E2E-SETUP-CODE', UPR_TODAY: '2026-11-27', DATABASE_URL: '', PUBLIC_URL: `http://localhost:${port}` },
  },
});
