// End-to-end tests run against the production build, in Debian's Chromium (no browser downloads).
import {defineConfig} from '@playwright/test';
import {chromiumPath, chromiumFlags} from './tests/support/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
// `npm run test:pages -- <build>` serves another build; the suite serves build/.
const buildDir = process.env.PAGES_BUILD_DIR;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: {timeout: 5_000},
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // npm test reads the tally from the JSON report; npm run test:pages writes its own.
  reporter: [['list'], ['json', {outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json'}]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumFlags,
    },
    trace: 'retain-on-failure',
  },
  // The production server: nginx with deploy/nginx.conf (headers, caching, compression, 404s).
  webServer: {
    command: `node --import tsx deploy/serve-nginx.ts`,
    env: {PORT: String(port), HOST: '127.0.0.1', ...(buildDir ? {BUILD_DIR: buildDir} : {})},
    // SIGTERM lets nginx stop and the script remove its temporary prefix (the default is SIGKILL).
    gracefulShutdown: {signal: 'SIGTERM', timeout: 5_000},
    url: `http://127.0.0.1:${port}/`,
    // A server already on the port may serve another build: never reuse one for a given build.
    reuseExistingServer: !process.env.CI && !buildDir,
    timeout: 60_000,
  },
});
