import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE_PATH, E2E_ORIGIN, E2E_PORT } from './tests/e2e/site';

/**
 * End-to-end tests run against the production build served under a sub-path
 * (see `test:build` in package.json), by the same static server `npm start`
 * uses, which answers 404 outside that path.
 *
 * Browser: Chromium from CHROMIUM_PATH, else Debian's /usr/bin/chromium when
 * present, else Playwright's own (`npx playwright install chromium`).
 */
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// As root (CI containers), Chromium needs --no-sandbox; the rest keeps it off
// the network, which this machine does not have anyway.
const rootArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const args = process.getuid?.() === 0 ? rootArgs : [];

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `${E2E_ORIGIN}${E2E_BASE_PATH}`,
    trace: 'off',
    // The site registers a service worker on every page, which would precache the whole site (2.2 MB)
    // in the background of every test. Only tests/e2e/offline.spec.ts, which tests it, allows it.
    serviceWorkers: 'block',
    launchOptions: { args, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs --port ${E2E_PORT} --host 127.0.0.1 --base ${E2E_BASE_PATH}`,
    url: `${E2E_ORIGIN}${E2E_BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
