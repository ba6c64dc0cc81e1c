import { describe, expect, it } from 'vitest';
import { absoluteEpsilon, accuracyRegions } from './accuracy';
import { makeScales } from './scales';

// exp(x)·cos(y) around p = (0, 0) on [−1, 1]²: T1 = 1 + x, T3 = 1 + x + (x² − y²)/2 + (x³ − 3xy²)/6
const n = 25;
const xs = Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));
const ys = xs;
const at = (fn: (x: number, y: number) => number) => {
  const out = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) out[j * n + i] = fn(xs[i], ys[j]);
  return out;
};
const f = at((x, y) => Math.exp(x) * Math.cos(y));
const t1 = at((x) => 1 + x);
const t3 = at((x, y) => 1 + x + (x * x - y * y) / 2 + (x ** 3 - 3 * x * y * y) / 6);
const scales = makeScales({ l: 0, t: 0, w: 200, h: 200, xr: [-1, 1], yr: [-1, 1] });

describe('accuracyRegions', () => {
  it('only the part around p: bands far away where f and T cross are left out', () => {
    // T = f except a far band (x > 0.8) where they agree again after a gap of large error
    const t = at((x, y) => (x > 0.8 ? Math.exp(x) * Math.cos(y) : x > 0.5 ? 99 : Math.exp(x) * Math.cos(y)));
    const [r] = accuracyRegions(f, [{ order: 2, values: t }], { xs, ys }, 1e-6, scales, [0, 0]);
    const near = xs.filter((x) => x <= 0.5).length * n;
    expect(r.samples).toBe(near);
    // the outline stays left of the gap (x = 0.5 is pixel 150)
    const xsPx = r.d.match(/[ML]([\d.]+),/g)!.map((m) => Number(m.slice(1, -1)));
    expect(Math.max(...xsPx)).toBeLessThanOrEqual(150 + 1e-9);
  });

  it('the region where T3 is within ε is larger than where T1 is, and both contain p', () => {
    const eps = 0.01;
    const [r1, r3] = accuracyRegions(
      f,
      [
        { order: 1, values: t1 },
        { order: 3, values: t3 },
      ],
      { xs, ys },
      eps,
      scales,
      [0, 0],
    );
    // near p = (0, 0) the error of T1 is about (x² − y²)/2 and that of T3 about r⁴/24: the
    // parts within ε hold a few samples and a disc of radius ~ (24 ε)^(1/4) ≈ 0.7
    const count = (t: Float64Array) => f.reduce((c, v, k) => c + (Math.abs(v - t[k]) < eps ? 1 : 0), 0);
    expect(r1.samples).toBeLessThanOrEqual(count(t1));
    expect(r3.samples).toBeLessThanOrEqual(count(t3));
    expect(r3.samples).toBeGreaterThan(60);
    expect(r3.samples).toBeGreaterThan(2 * r1.samples);
    expect(r1.samples).toBeGreaterThan(0);
    expect(r1.d).toMatch(/^M[\d.]+,[\d.]+L/);
    // the outline lies within the patch's pixels
    const nums = r3.d.match(/-?[\d.]+/g)!.map(Number);
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nums)).toBeLessThanOrEqual(200);
  });

  it('no sample within ε: an empty path; ε from the range of f', () => {
    const [r] = accuracyRegions(f, [{ order: 1, values: at(() => 100) }], { xs, ys }, 0.5, scales, [0, 0]);
    expect(r).toEqual({ order: 1, d: '', samples: 0 });
    const range = Math.max(...f) - Math.min(...f);
    expect(absoluteEpsilon(f, 0.01)).toBeCloseTo(0.01 * range, 12);
    expect(absoluteEpsilon([NaN, 2, 2], 0.1)).toBe(0);
  });
});
