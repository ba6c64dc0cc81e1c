// Scene → results: optimizer runs are computed in slices (the page never freezes on a long
// run) and end up exactly as the one-shot computation.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { runOptimizers, tfEvaluator } from '../math/engine';
import { makeRun, runAll, type OptimizerId } from '../math/optimizers';
import { ast, useCpu } from '../math/test-setup';
import { defaultScene } from '../state/url';
import type { Scene } from '../state/scene';
import { compute, DRAFT_GRID, resetCache, runParams, useResults } from './results';

const settled = () =>
  new Promise<void>((resolve) => {
    const check = () => (useResults.getState().busy ? setTimeout(check, 5) : resolve());
    check();
  });

const scene = (over: Partial<Scene>): Scene =>
  ({
    ...defaultScene(),
    surfaceId: null,
    formula: 'x^2 + 10*y^2',
    domain: [-2, 2, -2, 2],
    point: [1, 1],
    start: [1.5, 1],
    opt: ['gd', 'bfgs'],
    lr: 0.01,
    steps: 3000,
    tol: 0,
    grid: 21,
    ...over,
  }) as Scene;

describe('optimizer runs in slices', () => {
  beforeAll(useCpu);

  it('returns before a long run is done, reports progress, then matches the one-shot runs', async () => {
    resetCache();
    const s = scene({});
    compute(s, 'cpu');
    const mid = useResults.getState();
    expect(mid.busy).toBe(true);
    expect(mid.runsProgress).not.toBeNull();
    expect(mid.grid).not.toBeNull(); // the surface is there at once
    await settled();
    const done = useResults.getState();
    expect(done.runsProgress).toBeNull();
    expect(done.error).toBeNull();
    const direct = runOptimizers(
      ast(s.formula),
      s.opt,
      { start: s.start, steps: s.steps, tol: s.tol },
      { lr: s.lr, beta: s.beta, h: s.h },
    );
    expect(done.runs.map((r) => r.status)).toEqual(direct.map((r) => r.status));
    expect(done.runs[0].iterates).toHaveLength(3001);
    expect(done.runs[0].iterates[3000].x).toBe(direct[0].iterates[3000].x);
  });

  it('a newer scene cancels the run in flight; no tensors are left behind', async () => {
    resetCache();
    const before = tf.memory().numTensors;
    compute(scene({ steps: 5000 }), 'cpu');
    compute(scene({ steps: 5000, start: [-1, 0.5] }), 'cpu');
    await settled();
    const r = useResults.getState();
    expect(r.runs[0].iterates[0].x).toBe(-1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('short runs finish within the first slice', async () => {
    // once warm (the first Newton run of the process compiles its order-2 code paths, tens of
    // ms on a busy machine)
    resetCache();
    compute(scene({ steps: 3, opt: ['newton'], start: [0.5, 0.5] }), 'cpu');
    await settled();
    compute(scene({ steps: 3, opt: ['newton'] }), 'cpu');
    const r = useResults.getState();
    expect(r.busy).toBe(false);
    expect(r.runs[0].status).toBe('converged');
  });
});

describe('moving p', () => {
  beforeAll(useCpu);

  it('recomputes the facts and the patch, keeps the grid, the runs and the parsed formula', () => {
    resetCache();
    compute(scene({ steps: 3, opt: ['newton'] }), 'cpu');
    const before = useResults.getState();
    compute(scene({ steps: 3, opt: ['newton'], point: [0.5, -0.25] }), 'cpu');
    const after = useResults.getState();
    // What the views and panels memoise on stays the same objects…
    expect(after.ast).toBe(before.ast);
    expect(after.grid).toBe(before.grid);
    expect(after.runs).toBe(before.runs);
    // …and what depends on p is new: f = x² + 10y² at (0.5, −0.25), ∇f = (1, −5).
    expect(after.facts).not.toBe(before.facts);
    expect(after.facts!.value).toBeCloseTo(0.875, 5);
    expect(after.facts!.gradient[0]).toBeCloseTo(1, 4);
    expect(after.facts!.gradient[1]).toBeCloseTo(-5, 4);
    expect(after.patch).not.toBe(before.patch);
    expect(after.version).toBe(before.version + 1);
  });

  it('a new formula is parsed again; a bad one keeps the last results and says why', () => {
    resetCache();
    compute(scene({ steps: 3, opt: ['newton'] }), 'cpu');
    const first = useResults.getState().ast;
    compute(scene({ steps: 3, opt: ['newton'], formula: 'x^2 + y^2' }), 'cpu');
    const second = useResults.getState();
    expect(second.ast).not.toBe(first);
    expect(second.facts!.value).toBeCloseTo(2, 5);
    compute(scene({ steps: 3, opt: ['newton'], formula: 'x^2 + (' }), 'cpu');
    const bad = useResults.getState();
    expect(bad.error).toMatch(/^Formula: /);
    expect(bad.ast).toBe(second.ast);
    expect(bad.facts).toBe(second.facts);
  });
});

describe('runs of methods with and without a GPU step, and methods that do not apply', () => {
  beforeAll(useCpu);

  it('runs the applicable ones in the order of opt, names the others in runAlerts, passes m and radius', async () => {
    resetCache();
    const opt = ['gd', 'lbfgs', 'gauss-newton', 'trust-region', 'lm', 'nesterov'];
    const s = {
      ...scene({ formula: 'sin(x)*cos(y)', opt: opt as Scene['opt'], steps: 20, tol: 1e-6, start: [0.5, 0.4] }),
      m: 2,
      radius: 0.25,
    };
    compute(s as Scene, 'cpu');
    await settled();
    const r = useResults.getState();
    expect(r.error).toBeNull();
    expect(r.runs.map((t) => t.optimizer)).toEqual(['gd', 'lbfgs', 'trust-region', 'nesterov']);
    expect(r.runAlerts).toEqual([
      'gauss-newton needs a sum of squares: sin(x)*cos(y) is not one',
      'lm needs a sum of squares: sin(x)*cos(y) is not one',
    ]);
    expect(r.runs[1].params).toEqual({ m: 2 });
    expect(r.runs[2].params).toEqual({ radius: 0.25 });
    expect(r.runs[2].iterates[0].radius).toBe(0.25);
    // the same as each run on its own
    const a = ast(s.formula);
    r.runs.forEach((t) => {
      const alone = runAll(
        [
          makeRun(t.optimizer as OptimizerId, { start: s.start, steps: s.steps, tol: s.tol }, runParams(s as Scene), {
            ast: a,
          }),
        ],
        tfEvaluator(a),
      )[0];
      expect(t.iterates.map((i) => [i.x, i.y])).toEqual(alone.iterates.map((i) => [i.x, i.y]));
      expect(t.status).toBe(alone.status);
    });
  });

  it('on a sum of squares every method runs, and the alerts clear', async () => {
    resetCache();
    compute(
      scene({
        formula: '(1 - x)^2 + 100*(y - x^2)^2',
        opt: ['gauss-newton', 'lm', 'bfgs'] as Scene['opt'],
        steps: 60,
        tol: 1e-5,
        start: [0, 0],
      }),
      'cpu',
    );
    await settled();
    const r = useResults.getState();
    expect(r.runAlerts).toEqual([]);
    expect(r.runs.map((t) => [t.optimizer, t.status])).toEqual([
      ['gauss-newton', 'converged'],
      ['lm', 'converged'],
      ['bfgs', 'converged'],
    ]);
  });
});

describe('the draft grid while a data point is dragged', () => {
  beforeAll(useCpu);

  it('computes the map on DRAFT_GRID samples per axis, the full grid again on release, the rest unchanged', async () => {
    resetCache();
    const s = scene({ grid: 81, steps: 20 });
    compute(s, 'cpu');
    await settled();
    const full = useResults.getState();
    expect(full.grid!.v).toHaveLength(81 * 81);
    const runs = full.runs;
    compute(s, 'cpu', true);
    await settled();
    const draft = useResults.getState();
    expect(draft.grid!.v).toHaveLength(DRAFT_GRID * DRAFT_GRID);
    // the same f: the draft's samples are f at its own grid's points (corners: f(±2, ±2) = 44)
    expect(draft.grid!.v[0]).toBeCloseTo(44, 4);
    expect(draft.runs).toBe(runs); // nothing else recomputed
    compute(s, 'cpu');
    await settled();
    expect(useResults.getState().grid!.v).toHaveLength(81 * 81);
  });
});
