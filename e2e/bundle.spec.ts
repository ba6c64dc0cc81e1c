// The size budget (issue 16): the JavaScript the first request carries (the entry, the app's
// chunk it imports at once, and their static imports) stays within 700 kB gzip; the 3D view,
// the engines and KaTeX load beside or after it. Read from the build the tests run against.
import { expect, test } from '@playwright/test';
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
