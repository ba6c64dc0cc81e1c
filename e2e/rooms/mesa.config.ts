// Mesa's llvmpipe (what many Linux laptops and school PCs draw WebGL with): headful Chromium
// under Xvfb, without the SwiftShader flags, runs the specs whose results come out of shaders
// (the fused GLSL jets and the GPU optimizer runs), since llvmpipe compiles and rounds them
// differently from SwiftShader. Run by `npm run test:rooms` as
//   xvfb-run -a npx playwright test -c e2e/rooms/mesa.config.ts
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';
import { CHROMIUM_COMMON_ARGS } from '../shared.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  ...base,
  testDir: '..',
  testIgnore: [],
  // the preview serves the repository's build: run it from the repository's root
  webServer: { ...(base.webServer as object), cwd: root } as typeof base.webServer,
  testMatch: ['rooms/mesa.spec.ts', 'fused.spec.ts', 'gpu-runs.spec.ts'],
  grep: /llvmpipe|fused|one program|reference trajectories|every optimizer on every catalog surface|long runs/,
  use: {
    ...base.use,
    headless: false,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [...CHROMIUM_COMMON_ARGS, '--ignore-gpu-blocklist'],
    },
  },
});
