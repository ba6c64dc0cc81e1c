// The size budget (issue 16): the JavaScript the first request carries (the entry, the app's
// chunk it imports at once, and their static imports) stays within 700 kB gzip; the 3D view,
// the engines and KaTeX load beside or after it. Read from the build the tests run against.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INITIAL_GZIP_BUDGET, shippedJs } from '../bench/bundle.mjs';

test('the first request carries at most 700 kB of JavaScript (gzip); the 3D view and KaTeX load later', () => {
  const dist = resolve(process.env.PW_DIST || 'dist');
  const js = shippedJs(dist);
  const names = (chunks: { file: string }[]) => chunks.map((c) => c.file);
  expect(js.initial.gzip, names(js.initial.chunks).join(', ')).toBeLessThanOrEqual(INITIAL_GZIP_BUDGET);
  expect(names(js.lazy.chunks).some((f) => /^SurfaceView-/.test(f))).toBe(true);
  expect(names(js.lazy.chunks).some((f) => /^katex-/.test(f))).toBe(true);
  expect(names(js.initial.chunks).some((f) => /^(SurfaceView|katex)-/.test(f))).toBe(false);
});

test("the page's head names every chunk of the first request, so they all download at once", () => {
  // main.ts imports the app's chunk (boot-*.js) dynamically: without these links the browser
  // would only ask for it after main.ts had run (vite.config.ts, preloadBoot)
  const dist = resolve(process.env.PW_DIST || 'dist');
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const named = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\.\/assets\/([^"]+)"/g)].map((m) => m[1]),
  );
  const js = shippedJs(dist);
  const initial = js.initial.chunks.map((c) => c.file);
  expect(initial.some((f) => /^boot-.*\.js$/.test(f))).toBe(true);
  expect(initial.filter((f) => !named.has(f))).toEqual([]);
  // the app's stylesheet too, and nothing that loads later
  expect([...named].some((f) => /^boot-.*\.css$/.test(f))).toBe(true);
  expect(js.lazy.chunks.map((c) => c.file).filter((f) => named.has(f))).toEqual([]);
});

test('every preload of the first request is used: one download of each file', async ({ page }) => {
  // a preload that the page then asks for in another credentials mode (the app's stylesheet,
  // once) goes unused: Chromium warns, and the file downloads a second time
  const requests = new Map<string, number>();
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop()!;
    if (/\.(js|css)$/.test(name)) requests.set(name, (requests.get(name) ?? 0) + 1);
  });
  await page.goto('/');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  expect([...requests].filter(([, n]) => n > 1)).toEqual([]);
  expect([...requests.keys()].some((f) => /^boot-.*\.css$/.test(f))).toBe(true);
});
