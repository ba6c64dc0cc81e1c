// The fused WebGL path (one GLSL program per formula, math/fused.ts) against the float64
// reference, for every catalog surface and formulas that exercise every function, on the
// page's own WebGL backend; and against tfjs's op-by-op evaluation, which it replaces.
import { expect, test } from '@playwright/test';
import { SURFACES } from '../src/math/surfaces';
import { openPanels } from './helpers';

const EXTRA = [
  'tanh(x + 2*y)^2',
  'exp(-(x^2 + y^2))*(x + y)',
  'abs(x)^1.5 + atan(y) + sinh(x/3) + cosh(y/4) + tan(x/5)',
  'x^y + 1/(x - y)',
  'x^-3 + y^3 - e*pi',
  'sqrt(x^2 + y^2 + 1) + log(2 + cos(x*y))',
];

test('fused jets match the float64 reference and op-by-op tfjs at scattered points', async ({ page }) => {
  await openPanels(page, '?surface=rosenbrock&backend=webgl');
  await expect(page.getByTestId('app')).toHaveAttribute('data-backend', 'webgl');
  const formulas = [
    ...SURFACES.map((s) => [s.formula, s.domain] as const),
    ...EXTRA.map((f) => [f, [0.2, 1.8, 0.1, 1.9]] as const),
  ];
  const report = await page.evaluate((formulas) => {
    const m = window.__tnMath!;
    return formulas.map(([f, d]) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < 37; i++) {
        xs.push(d[0] + (d[1] - d[0]) * (0.5 + 0.5 * Math.sin(i * 1.7)) * 0.98);
        ys.push(d[2] + (d[3] - d[2]) * (0.5 + 0.5 * Math.cos(i * 2.3)) * 0.98);
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
  await openPanels(page, '?surface=rosenbrock&backend=webgl');
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

test('a move of p in one program: facts, f and both Taylor models on the patch as the reference says', async ({
  page,
}) => {
  await openPanels(page, '?surface=rosenbrock&backend=webgl');
  await expect(page.getByTestId('app')).toHaveAttribute('data-backend', 'webgl');
  const cases = [
    {
      f: '(1 - x)^2 + 100*(y - x^2)^2',
      p: [0.3, -0.7] as [number, number],
      d: [0.1, 0.5, -0.9, -0.5] as [number, number, number, number],
    },
    // SwiftShader's sin and cos are good to ~1e-4 (see above): a looser tolerance
    {
      f: 'sin(x)*cos(y) + x*y/4',
      p: [1.1, 2.2] as [number, number],
      d: [0.6, 1.6, 1.7, 2.7] as [number, number, number, number],
      tol: 2e-3,
    },
    // p where f is defined, part of the patch in its gap (x < 0)
    { f: 'log(x) + y^2', p: [0.2, 0.5] as [number, number], d: [-0.3, 0.7, 0, 1] as [number, number, number, number] },
  ];
  const out = await page.evaluate((cases) => {
    const m = window.__tnMath!;
    const before = m.numTensors();
    const r = cases.map((c) => {
      const fused = m.pointPatch(c.f, c.p, c.d, 25, true);
      m.setFused(false);
      const ops = m.pointPatch(c.f, c.p, c.d, 25, false);
      m.setFused(true);
      const ref = m.reference(c.f, c.p[0], c.p[1]);
      const fRef = [] as number[];
      for (let j = 0; j < 25; j++)
        for (let i = 0; i < 25; i++) fRef.push(m.reference(c.f, ops!.xs[i], ops!.ys[j]).value);
      return { fused, ops, ref: [ref.value, ref.gx, ref.gy, ref.hxx, ref.hxy, ref.hyy], fRef };
    });
    return { r, leaked: m.numTensors() - before };
  }, cases);
  expect(out.leaked).toBe(0);
  out.r.forEach(({ fused, ops, ref, fRef }, k) => {
    const c = cases[k];
    const tol = 'tol' in c ? (c.tol as number) : 2e-4;
    expect(fused, `${c.f}: the fused path runs`).not.toBeNull();
    const scale = Math.max(1, ...ref.map(Math.abs));
    // the jet at p: float64 reference, float32 tolerance
    fused!.jet.forEach((v, i) => expect(Math.abs(v - ref[i]) / scale, `${c.f} jet[${i}]`).toBeLessThan(tol));
    expect(fused!.xs).toEqual(ops!.xs);
    let seenGap = false;
    for (let j = 0; j < 25; j++)
      for (let i = 0; i < 25; i++) {
        const n = j * 25 + i;
        const dx = ops!.xs[i] - c.p[0];
        const dy = ops!.ys[j] - c.p[1];
        // the models from the float64 jet, in float64
        const t1 = ref[0] + ref[1] * dx + ref[2] * dy;
        const t2 = t1 + 0.5 * (ref[3] * dx * dx + 2 * ref[4] * dx * dy + ref[5] * dy * dy);
        const s = Math.max(1, Math.abs(t2), Number.isFinite(fRef[n]) ? Math.abs(fRef[n]) : 0);
        expect(Math.abs(fused!.t1[n] - t1) / s, `${c.f} T1 at sample ${n}`).toBeLessThan(tol);
        expect(Math.abs(fused!.t2[n] - t2) / s, `${c.f} T2 at sample ${n}`).toBeLessThan(tol);
        // and as the op-by-op path computed them (float32 both)
        expect(Math.abs(fused!.t2[n] - ops!.t2[n]) / s, `${c.f} T2 vs op-by-op at ${n}`).toBeLessThan(1e-4);
        if (Number.isNaN(fRef[n])) {
          seenGap = true;
          expect(fused!.f[n], `${c.f}: a gap at sample ${n}`).toBeNaN();
        } else expect(Math.abs(fused!.f[n] - fRef[n]) / s, `${c.f} f at sample ${n}`).toBeLessThan(tol);
      }
    expect(seenGap).toBe(c.f.startsWith('log'));
  });
});
