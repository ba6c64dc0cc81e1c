// The fused WebGL path (one GLSL program per formula, math/fused.ts) against the float64
// reference, for every catalog surface and formulas that exercise every function, on the
// page's own WebGL backend; and against tfjs's op-by-op evaluation, which it replaces.
import { expect, test } from '@playwright/test';
import { SURFACES } from '../src/math/surfaces';
import { openScene } from './helpers';

const EXTRA = [
  'tanh(x + 2*y)^2',
  'exp(-(x^2 + y^2))*(x + y)',
  'abs(x)^1.5 + atan(y) + sinh(x/3) + cosh(y/4) + tan(x/5)',
  'x^y + 1/(x - y)',
  'x^-3 + y^3 - e*pi',
  'sqrt(x^2 + y^2 + 1) + log(2 + cos(x*y))',
];

test('fused jets match the float64 reference and op-by-op tfjs at scattered points', async ({ page }) => {
  await openScene(page, '?surface=rosenbrock');
  await expect(page.getByTestId('app')).toHaveAttribute('data-backend', 'webgl');
  const formulas = [...SURFACES.map((s) => [s.formula, s.domain] as const), ...EXTRA.map((f) => [f, [0.2, 1.8, 0.1, 1.9]] as const)];
  const report = await page.evaluate((formulas) => {
    const m = window.__tnMath!;
    return formulas.map(([f, d]) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < 37; i++) {
        xs.push(d[0] + ((d[1] - d[0]) * (0.5 + 0.5 * Math.sin(i * 1.7))) * 0.98);
        ys.push(d[2] + ((d[3] - d[2]) * (0.5 + 0.5 * Math.cos(i * 2.3))) * 0.98);
      }
      m.setFused(true);
      const fused = m.fused(f);
      const a = m.evalPoints(f, xs, ys, 2);
      m.setFused(false);
      const b = m.evalPoints(f, xs, ys, 2);
      m.setFused(true);
      let refErr = 0;
      let opsErr = 0;
      const keys = ['v', 'gx', 'gy', 'hxx', 'hxy', 'hyy'] as const;
      for (let i = 0; i < xs.length; i++) {
        const r = m.reference(f, xs[i], ys[i]);
        const ref = [r.value, r.gx, r.gy, r.hxx, r.hxy, r.hyy];
        keys.forEach((k, j) => {
          const scale = Math.max(1, Math.abs(ref[j]), Math.abs(ref[0]));
          refErr = Math.max(refErr, Math.abs(a[k][i] - ref[j]) / scale);
          opsErr = Math.max(opsErr, Math.abs(a[k][i] - b[k][i]) / scale);
        });
      }
      return { f, fused, refErr, opsErr };
    });
  }, formulas);
  for (const r of report) {
    expect(r.fused, `${r.f} runs as one WebGL program`).toBe(true);
    // float32 with WebGL's trig approximations (SwiftShader's sin/cos are good to ~1e-4 here)
    expect(r.refErr, r.f).toBeLessThan(2e-3);
    expect(r.opsErr, r.f).toBeLessThan(2e-3);
  }
  expect(await page.evaluate(() => window.__tnMath!.numTensors())).toBeLessThan(50);
});

test('fused grids: coordinates, values and gaps as the reference says', async ({ page }) => {
  await openScene(page, '?surface=rosenbrock');
  const out = await page.evaluate(() => {
    const m = window.__tnMath!;
    const before = m.numTensors();
    const g = m.evalGrid('(1 - x)^2 + 100*(y - x^2)^2', [-2, 2, -1, 3], 65, 2);
    const gap = m.evalGrid('log(x) + sqrt(y)', [-1, 1, -1, 1], 41, 0);
    for (let r = 0; r < 10; r++) m.evalGrid('tanh(x + 2*y)^2', [-2, 2, -2, 2], 64, 2);
    return { g, gap, leaked: m.numTensors() - before };
  });
  const rosen = (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
  // Row j is y = ys[j]; column i is x = xs[i]. Every sample (65² is not a multiple of 4, so
  // the read-back's 4-value texels straddle rows and components).
  let worst = { v: 0, gx: 0, hxy: 0 };
  for (let n = 0; n < 65 * 65; n++) {
    const x = out.g.xs[n % 65];
    const y = out.g.ys[Math.floor(n / 65)];
    worst = {
      v: Math.max(worst.v, Math.abs(out.g.v[n] - rosen(x, y)) / Math.max(1, rosen(x, y))),
      gx: Math.max(worst.gx, Math.abs(out.g.gx![n] - (-2 * (1 - x) - 400 * x * (y - x * x)))),
      hxy: Math.max(worst.hxy, Math.abs(out.g.hxy![n] - -400 * x)),
    };
  }
  expect(worst.v).toBeLessThan(1e-5);
  expect(worst.gx).toBeLessThan(2e-3);
  expect(worst.hxy).toBeLessThan(2e-3);
  // Gaps: NaN where x < 0 or y < 0, finite elsewhere.
  for (let j = 0; j < 41; j++)
    for (let i = 0; i < 41; i++) {
      const x = out.gap.xs[i];
      const y = out.gap.ys[j];
      const v = out.gap.v[j * 41 + i];
      if (x < -1e-6 || y < -1e-6) expect(Number.isNaN(v), `(${x}, ${y})`).toBe(true);
      else if (x > 1e-6) expect(Number.isFinite(v), `(${x}, ${y})`).toBe(true);
    }
  expect(out.leaked).toBe(0);
});
