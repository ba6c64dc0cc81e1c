// End-to-end tests against the production build (vite preview), in Debian's Chromium with
// WebGL through SwiftShader.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/shared.mjs';

export { CHROMIUM_ARGS };

// PW_PORT / PW_DIST let several people (or helpers) test their own builds side by side:
//   npx vite build --outDir dist-x && PW_PORT=4301 PW_DIST=dist-x npx playwright test e2e/x.spec.ts
const PORT = Number(process.env.PW_PORT || 4173);
const DIST = process.env.PW_DIST || 'dist';

export default defineConfig({
  testDir: 'e2e',
  // e2e/rooms: Firefox and Mesa, run by npm run test:rooms under their own browsers
  testIgnore: ['rooms/**'],
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
    acceptDownloads: true,
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
