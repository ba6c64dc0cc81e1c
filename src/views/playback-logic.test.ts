// The pure logic behind the optimizer panel, playback, runs list and convergence plot.
import { describe, expect, it } from 'vitest';
import type { Iterate, Status, Trajectory } from '../math/optimizers/types';
import {
  advance,
  checkNumber,
  checkStart,
  convergenceSeries,
  fStarOf,
  lastK,
  LOG_FLOOR,
  LOG_HEADROOM,
  lrLimit,
  MAX_FRAME_S,
  maxIterOf,
  sliceSeries,
  statusText,
} from './controls-logic';

function run(optimizer: string, values: number[], status: Status = 'converged', grads?: number[]): Trajectory {
  const iterates: Iterate[] = values.map((value, k) => ({
    k,
    x: k,
    y: 0,
    value,
    gradNorm: grads ? grads[k] : Math.abs(value),
  }));
  return { optimizer, params: {}, status, iterates };
}

describe('checkNumber', () => {
  it('accepts values in range', () => {
    expect(checkNumber('lr', '0.01', 1)).toEqual({ ok: true, value: 0.01 });
    expect(checkNumber('lr', ' 1e-3 ', 1)).toEqual({ ok: true, value: 1e-3 });
    expect(checkNumber('beta', '0', 0.9)).toEqual({ ok: true, value: 0 });
    expect(checkNumber('steps', '10000', 100)).toEqual({ ok: true, value: 10000 });
  });
  it('rejects what the URL rejects, saying what is wrong and what stays in use', () => {
    const notNum = checkNumber('lr', 'abc', 0.002);
    expect(notNum.ok).toBe(false);
    if (!notNum.ok) expect(notNum.message).toMatch(/"abc" is not a number.*0\.002/);
    for (const [p, t] of [
      ['lr', '0'],
      ['lr', '-1'],
      ['h', '0'],
      ['tol', '-1e-5'],
      ['beta', '1'],
      ['beta', '-0.1'],
      ['steps', '0'],
      ['steps', '2.5'],
      ['steps', '10001'],
      ['lr', ''],
      ['lr', 'Infinity'],
      ['lr', '0x10'],
    ] as const) {
      expect(checkNumber(p, t, 1).ok, `${p}=${t}`).toBe(false);
    }
    const beta = checkNumber('beta', '1', 0.9);
    if (!beta.ok) expect(beta.message).toContain('[0, 1)');
  });
});

describe('checkStart', () => {
  const d: [number, number, number, number] = [-2, 2, -1, 3];
  it('accepts a point inside the domain (edges included)', () => {
    expect(checkStart('-2', '3', d, [0, 0])).toEqual({ ok: true, value: [-2, 3] });
  });
  it('names the coordinate that is not a number', () => {
    const r = checkStart('1', 'y?', d, [0, 0]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.bad).toEqual([false, true]);
      expect(r.message).toContain('"y?" is not a number');
    }
  });
  it('rejects a point outside the domain and marks the offending coordinate', () => {
    const r = checkStart('5', '0', d, [0, 0]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.bad).toEqual([true, false]);
      expect(r.message).toContain('outside the domain');
    }
  });
});

describe('lrLimit', () => {
  it('is exact on a quadratic: x^2 + 10y^2 has λmax = 20, limit 0.1', () => {
    const r = lrLimit([2, 20], 'quadratic', 0.05);
    expect(r.limit).toBeCloseTo(0.1, 12);
    expect(r.text).toBe('gd stable for lr < 2/λmax = 0.1 (exact for a quadratic)');
    expect(r.warning).toBeNull();
  });
  it('is local elsewhere, and warns past the limit', () => {
    const r = lrLimit([1, 400], 'rosenbrock', 0.01);
    expect(r.text).toContain('(local, at the start)');
    expect(r.text).toContain('0.005');
    expect(r.warning).toMatch(/exceeds/);
  });
  it('warns at the limit itself', () => {
    expect(lrLimit([2, 20], 'quadratic', 0.1).warning).toMatch(/at the limit/);
  });
  it('has no limit where f curves down in every direction', () => {
    const r = lrLimit([-3, -1], null, 0.1);
    expect(r.limit).toBeNull();
    expect(r.text).toMatch(/no step-size limit/);
    expect(r.text).not.toMatch(/NaN|Infinity/);
    expect(r.warning).toBeNull();
  });
  it('mentions the downward direction of an indefinite Hessian', () => {
    expect(lrLimit([-2, 2], 'saddle', 0.1).text).toMatch(/exact for a quadratic.*curves down/);
  });
  it('says so when the Hessian is undefined', () => {
    const r = lrLimit([NaN, NaN], null, 0.1);
    expect(r.limit).toBeNull();
    expect(r.text).not.toMatch(/NaN/);
    expect(lrLimit(null, null, 0.1).limit).toBeNull();
  });
});

describe('runs', () => {
  it('lastK and maxIterOf', () => {
    const a = run('gd', [4, 3, 2, 1]);
    const b = run('newton', [4, 0]);
    expect(lastK(a)).toBe(3);
    expect(maxIterOf([a, b])).toBe(3);
    expect(maxIterOf([])).toBe(0);
  });
  it('statusText says how each run ended', () => {
    expect(statusText(run('newton', [1, 0.1, 0], 'converged'))).toMatch(/^converged after 2 iterations/);
    expect(statusText(run('newton', [1, 0], 'converged'))).toMatch(/^converged after 1 iteration\b/);
    expect(statusText(run('gd', [1, 10, NaN], 'diverged'))).toMatch(/^diverged at iteration 2/);
    expect(statusText(run('gd', [1, 1], 'max-steps'))).toMatch(/step limit/);
    expect(statusText(run('newton', [1], 'singular-hessian'))).toMatch(/the Hessian is singular/);
    expect(statusText(run('bfgs', [1], 'line-search-failed'))).toMatch(/the line search failed/);
  });
});

describe('advance', () => {
  it('carries fractional iterations over frames', () => {
    let acc = 0;
    let total = 0;
    for (let i = 0; i < 60; i++) {
      const a = advance(acc, 1 / 60, 10);
      acc = a.acc;
      total += a.steps;
    }
    expect(total).toBeGreaterThanOrEqual(9);
    expect(total).toBeLessThanOrEqual(10);
  });
  it('caps a long frame gap and ignores negative time', () => {
    expect(advance(0, 10, 10).steps).toBe(Math.floor(MAX_FRAME_S * 10));
    expect(advance(0.5, -1, 10)).toEqual({ steps: 0, acc: 0.5 });
  });
});

describe('convergence series', () => {
  it('f* is the least global minimum of the surface; unknown for a formula', () => {
    expect(fStarOf('rosenbrock')).toBe(0);
    expect(fStarOf('six-hump-camel')).toBeCloseTo(-1.0316284, 6);
    expect(fStarOf('saddle')).toBeNull();
    expect(fStarOf(null)).toBeNull();
    expect(fStarOf('no-such-surface')).toBeNull();
    // on the user's data: the least-squares line's mean squared error, computed independently
    const rows = [
      [0, 1],
      [1, 4],
      [2, 5],
      [3, 6],
    ];
    const n = rows.length;
    const tm = rows.reduce((a, r) => a + r[0], 0) / n;
    const sm = rows.reduce((a, r) => a + r[1], 0) / n;
    const w = rows.reduce((a, r) => a + (r[0] - tm) * (r[1] - sm), 0) / rows.reduce((a, r) => a + (r[0] - tm) ** 2, 0);
    const b = sm - w * tm;
    const mse = rows.reduce((a, r) => a + (w * r[0] + b - r[1]) ** 2, 0) / n;
    expect(w).toBeCloseTo(1.6, 12);
    expect(fStarOf('linear-regression', rows)).toBeCloseTo(mse, 12);
    expect(fStarOf('linear-regression', rows)).not.toBeCloseTo(fStarOf('linear-regression')!, 3);
  });
  it('plots f − f* on a log axis, clipping exact convergence to a floor and dropping non-finite values', () => {
    const d = convergenceSeries([run('newton', [4, 1, 0]), run('gd', [4, 100, Infinity, NaN], 'diverged')], 'f', 0);
    expect(d.log).toBe(true);
    expect(d.title).toBe('f − f* (log scale)');
    expect(d.series[0].y).toEqual([4, 1, LOG_FLOOR]);
    expect(d.series[1].y).toEqual([4, 100, null, null]);
    expect(d.series[0].x).toEqual([0, 1, 2]);
    expect(d.range).not.toBeNull();
    expect(d.range![0]).toBeLessThan(-16);
    expect(d.range![1]).toBeGreaterThan(2);
  });
  it('treats float32 noise just below f* as reaching it', () => {
    const fStar = -78.33233;
    const d = convergenceSeries([run('gd', [0, fStar - 1e-6])], 'f', fStar);
    expect(d.log).toBe(true);
    expect(d.series[0].y[1]).toBeGreaterThan(0);
    expect(d.series[0].y[1]).toBeLessThan(1e-4);
  });
  it('falls back to f on a linear axis when a run goes clearly below f*', () => {
    const d = convergenceSeries([run('gd', [1, -5])], 'f', 0);
    expect(d.log).toBe(false);
    expect(d.series[0].y).toEqual([1, -5]);
    expect(d.title).toMatch(/linear/);
  });
  it('without f*: f on a log axis when positive, else linear and says so', () => {
    expect(convergenceSeries([run('gd', [3, 2, 1])], 'f', null).log).toBe(true);
    const lin = convergenceSeries([run('gd', [1, 0, -1])], 'f', null);
    expect(lin.log).toBe(false);
    expect(lin.title).toMatch(/linear/);
    expect(lin.range![0]).toBeLessThan(-1);
  });
  it('plots the gradient norm on a log axis', () => {
    const d = convergenceSeries([run('newton', [1, 0.5, 0.25], 'converged', [2, 0, NaN])], 'grad', 0);
    expect(d.log).toBe(true);
    expect(d.series[0].y).toEqual([2, LOG_FLOOR, null]);
  });
  it('caps the log range a few decades above the start, so a diverging run leaves through the top', () => {
    const d = convergenceSeries([run('gd', [10, 1e10, 1e30], 'diverged'), run('newton', [10, 1e-3])], 'f', 0);
    expect(d.range![1]).toBeLessThan(1 + LOG_HEADROOM + 1);
    expect(d.series[0].y[2]).toBe(1e30); // the data stay; only the view is capped
  });
  it('never puts NaN or Infinity in the data', () => {
    const d = convergenceSeries([run('gd', [NaN, Infinity, -Infinity, 1])], 'f', null);
    for (const v of d.series[0].y) expect(v === null || Number.isFinite(v)).toBe(true);
  });
  it('sliceSeries shows iterates 0..min(iter, last)', () => {
    const s = { x: [0, 1, 2, 3], y: [4, 3, 2, 1] };
    expect(sliceSeries(s, 0)).toEqual({ x: [0], y: [4] });
    expect(sliceSeries(s, 2)).toEqual({ x: [0, 1, 2], y: [4, 3, 2] });
    expect(sliceSeries(s, 50)).toBe(s);
  });
});
