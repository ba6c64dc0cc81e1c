// The wasm engine's binary is asked for from the page's first moments where that engine is
// tried first (issue 16: cold load; compute/backend.ts preloadWasm), and the engine takes that
// response: one download, not two. Where WebGL computes, no binary is downloaded at all.
import { expect, test } from '@playwright/test';
import { waitReady } from './helpers';

const wasmRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => /\.wasm$/.test(new URL(e.name).pathname))
    .map((e) => ({
      file: new URL(e.name).pathname.split('/').pop(),
      by: (e as PerformanceResourceTiming).initiatorType,
    }));

test('software WebGL: the simd binary is preloaded at boot and downloaded once', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await expect(page.getByTestId('app')).toHaveAttribute('data-backend', 'wasm');
  const requests = await page.evaluate(wasmRequests);
  expect(requests).toEqual([{ file: expect.stringMatching(/^tfjs-backend-wasm-simd-.*\.wasm$/), by: 'link' }]);
});

test('backend=webgl: no WebAssembly binary is downloaded', async ({ page }) => {
  await page.goto('/?backend=webgl');
  await waitReady(page);
  await expect(page.getByTestId('app')).toHaveAttribute('data-backend', 'webgl');
  expect(await page.evaluate(wasmRequests)).toEqual([]);
});
