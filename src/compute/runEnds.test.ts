// The status words for the misleading cases of issue 14, on runs computed as the app computes
// them (tfjs cpu, float32), with the end facts from the app's math; tensors are not leaked.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOptimizers } from '../math/engine';
import { evalGrid } from '../math/evaluate';
import type { OptimizerId } from '../math/optimizers';
import { getSurface } from '../math/surfaces';
import type { Domain } from '../math/surfaces-types';
import { ast, useCpu } from '../math/test-setup';
import { gridRange, runStatuses } from './runEnds';

beforeAll(useCpu);

function statuses(
  formula: string,
  domain: Domain,
  opt: OptimizerId[],
  start: [number, number],
  lr = 0.01,
  steps = 100,
) {
  const a = ast(formula);
  const runs = runOptimizers(a, opt, { start, steps, tol: 1e-5 }, { lr, beta: 0.9, h: 1e-3 });
  const grid = evalGrid(a, domain, 41, 41, 0);
  const before = tf.memory().numTensors;
  const st = runStatuses(a, runs, grid, domain);
  expect(tf.memory().numTensors).toBe(before);
  return runs.map((r, i) => ({ status: r.status, ...st[i] }));
}
const surface = (id: string) => getSurface(id)!;

describe('run statuses in words', () => {
  it('log(x) from a start outside its domain: the start is outside f’s domain', () => {
    const [gd, newton] = statuses('log(x)', [-3, 3, -3, 3], ['gd', 'newton'], [-1, 1]);
    expect(gd.status).toBe('diverged');
    expect(gd.code).toBe('start-undefined');
    expect(gd.words).toMatch(/^start is outside f's domain/);
    expect(newton.code).toBe('start-undefined');
  });

  it('gd blowing up on Rosenbrock with lr = 0.01: diverging (f grew past …)', () => {
    const s = surface('rosenbrock');
    const [gd] = statuses(s.formula, s.domain, ['gd'], s.start, 0.01);
    expect(gd.status).toBe('diverged');
    expect(gd.code).toBe('diverging');
    expect(gd.words).toMatch(/^diverging \(f grew past 10/);
  });

  it('gd past 2/λmax that is still growing when the steps run out: diverging, not "step limit"', () => {
    // x² + 10y², lr = 0.105: y is multiplied by 1 − 0.105·20 = −1.1 each step (tour gd-zigzag step 3)
    const s = surface('quadratic');
    const [gd] = statuses(s.formula, s.domain, ['gd'], s.start, 0.105, 60);
    expect(gd.status).toBe('max-steps');
    expect(gd.code).toBe('diverging');
    expect(gd.words).toMatch(/^diverging \(f grew past/);
    // with fewer steps it has not yet left f's range over the domain: plain step limit
    const [short] = statuses(s.formula, s.domain, ['gd'], s.start, 0.105, 5);
    expect(short.code).toBe('max-steps');
  });

  it('Newton on the far plateau of exp(-(x^2+y^2)): flat region, not necessarily a minimum', () => {
    for (const start of [
      [2, 2],
      [1.5, 1.5],
      [2.5, 0.5],
    ] as [number, number][]) {
      const [newton] = statuses('exp(-(x^2+y^2))', [-3, 3, -3, 3], ['newton'], start);
      expect(newton.status).toBe('converged');
      expect(newton.code, String(start)).toBe('flat');
      expect(newton.words).toMatch(/the gradient is below tol on a flat region, not necessarily a minimum/);
    }
  });

  it('Newton on the decay fit’s plateau (exp-regression from its start): flat, not a fit', () => {
    const s = surface('exp-regression');
    const [newton, damped] = statuses(s.formula, s.domain, ['newton', 'damped-newton'], s.start);
    expect(newton.status).toBe('converged');
    expect(newton.code).toBe('flat');
    expect(damped.code).toBe('converged');
  });

  it('BFGS, DFP and damped Newton at Rastrigin’s minima: float32 cannot decrease f', () => {
    const s = surface('rastrigin');
    const runs = statuses(s.formula, s.domain, ['bfgs', 'dfp', 'damped-newton'], s.start);
    for (const r of runs) {
      expect(r.status).toBe('line-search-failed');
      expect(r.code).toBe('line-search-float32');
      expect(r.words).toMatch(
        /^line search cannot decrease f in float32 here: the point is as good as float32 can tell/,
      );
    }
  });

  it('ordinary endings keep their plain words: a minimum, a saddle, a maximum, the step limit', () => {
    const s = surface('rosenbrock');
    const [gd, newton] = statuses(s.formula, s.domain, ['gd', 'newton'], s.start, 0.001);
    expect(gd.code).toBe('max-steps');
    expect(gd.words).toMatch(/^reached the step limit \(100 iterations\)/);
    expect(newton.code).toBe('converged');
    expect(newton.words).toMatch(/^converged after \d+ iterations .*a minimum/);
    const b = surface('beale');
    const [toSaddle] = statuses(b.formula, b.domain, ['newton'], [1, 1.5]);
    expect(toSaddle.code).toBe('converged-saddle');
    const h = surface('himmelblau');
    const [toMax] = statuses(h.formula, h.domain, ['newton'], [0, 0]);
    expect(toMax.code).toBe('converged-maximum');
  });

  it('gd sliding off the saddle x² − y²: f falls without bound', () => {
    const s = surface('saddle');
    const [gd] = statuses(s.formula, s.domain, ['gd'], s.start, 0.1, 300);
    expect(gd.code).toBe('unbounded-below');
  });

  it('gridRange ignores undefined samples', () => {
    expect(gridRange({ v: Float32Array.from([NaN, 2, -1, Infinity]) })).toEqual({ min: -1, max: 2 });
    expect(gridRange({ v: Float32Array.from([NaN]) })).toBeNull();
    expect(gridRange(null)).toBeNull();
  });
});
