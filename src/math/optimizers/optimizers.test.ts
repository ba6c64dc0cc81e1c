// Every optimizer against the float64 reference trajectories of shared/reference: exactly
// (to float64 rounding) with a float64 evaluator, and within float32 tolerances on tfjs.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tfEvaluator, runOptimizers } from '../engine';
import { evalJet64 } from '../jet';
import { getSurface } from '../surfaces';
import { ast, reference, useCpu } from '../test-setup';
import { makeRun, runAll, type Evaluator, type OptimizerId } from '.';
import { backtrack } from './common';
import { bfgsUpdate, dfpUpdate } from './quasi-newton';
import type { Eval, Trajectory } from './types';

beforeAll(useCpu);

const float64 = (text: string): Evaluator => {
  const a = ast(text);
  return (xs, ys) => xs.map((x, i) => evalJet64(a, x, ys[i]));
};

function run(id: string, start: [number, number], steps: number, tol: number, params: Record<string, number>, evaluate: Evaluator): Trajectory {
  const p = { lr: params.lr ?? 0.01, beta: params.beta ?? 0.9, h: params.h ?? 1e-3 };
  return runAll([makeRun(id as OptimizerId, { start, steps, tol }, p)], evaluate)[0];
}

describe('reference trajectories, float64 evaluator: the step rules exactly', () => {
  for (const ref of reference.trajectories) {
    it(`${ref.opt} on ${ref.surface} from (${ref.start.join(', ')})`, () => {
      const formula = getSurface(ref.surface)!.formula;
      const t = run(ref.opt, ref.start, ref.steps, ref.tol, ref.params, float64(formula));
      expect(t.status).toBe(ref.status);
      expect(t.iterates.length).toBe(ref.iterates.length);
      t.iterates.forEach((it, i) => {
        const r = ref.iterates[i];
        const scale = Math.max(1, Math.abs(r.x), Math.abs(r.y));
        expect(it.k).toBe(r.k);
        expect(Math.abs(it.x - r.x)).toBeLessThan(1e-7 * scale);
        expect(Math.abs(it.y - r.y)).toBeLessThan(1e-7 * scale);
        expect(Math.abs(it.value - r.value)).toBeLessThan(1e-7 * Math.max(1, Math.abs(r.value)));
      });
    });
  }
});

describe('reference trajectories on tfjs (float32)', () => {
  for (const ref of reference.trajectories) {
    it(`${ref.opt} on ${ref.surface} from (${ref.start.join(', ')})`, () => {
      const formula = getSurface(ref.surface)!.formula;
      const t = run(ref.opt, ref.start, ref.steps, ref.tol, ref.params, tfEvaluator(ast(formula)));
      // A prefix agrees to float32 accuracy; later iterates may drift where a line search
      // makes a borderline choice, so the rest is judged by where the run ends.
      const prefix = Math.min(5, ref.iterates.length, t.iterates.length);
      for (let i = 0; i < prefix; i++) {
        const r = ref.iterates[i];
        const it = t.iterates[i];
        const scale = Math.max(1, Math.abs(r.x), Math.abs(r.y));
        expect(Math.abs(it.x - r.x), `x at k=${i}`).toBeLessThan(2e-3 * scale);
        expect(Math.abs(it.y - r.y), `y at k=${i}`).toBeLessThan(2e-3 * scale);
        expect(Math.abs(it.value - r.value), `f at k=${i}`).toBeLessThan(2e-3 * Math.max(1, Math.abs(r.value)));
      }
      const last = ref.iterates[ref.iterates.length - 1];
      const end = t.iterates[t.iterates.length - 1];
      if (ref.status === 'converged') {
        // float32 gradients near a minimum are noisy: the run ends at the same point,
        // converged or within a few more steps.
        expect(Math.abs(end.x - last.x)).toBeLessThan(2e-3 * Math.max(1, Math.abs(last.x)));
        expect(Math.abs(end.y - last.y)).toBeLessThan(2e-3 * Math.max(1, Math.abs(last.y)));
      } else {
        expect(t.status).toBe(ref.status);
        expect(t.iterates.length).toBe(ref.iterates.length);
        const scale = Math.max(1, Math.abs(last.x), Math.abs(last.y));
        expect(Math.abs(end.x - last.x)).toBeLessThan(5e-3 * scale);
        expect(Math.abs(end.y - last.y)).toBeLessThan(5e-3 * scale);
      }
    });
  }
});

describe('stopping rules', () => {
  it('newton stops with singular-hessian where H is singular', () => {
    const t = run('newton', [1, 1], 10, 1e-5, {}, tfEvaluator(ast('x^2 + y')));
    expect(t.status).toBe('singular-hessian');
    expect(t.iterates.length).toBe(1);
  });
  it('gd diverges (not hangs) when the step is far too large', () => {
    const t = run('gd', [1, 1], 1000, 1e-5, { lr: 100 }, tfEvaluator(ast('x^2 + y^2')));
    expect(t.status).toBe('diverged');
    expect(t.iterates.length).toBeLessThan(40);
  });
  it('gd diverges when it steps out of where log is defined', () => {
    const t = run('gd', [0.5, 1], 100, 1e-5, { lr: 1 }, tfEvaluator(ast('log(x) + y^2')));
    expect(t.status).toBe('diverged');
  });
  it('converged at the start when the gradient is already small', () => {
    const t = run('bfgs', [0, 0], 10, 1e-5, {}, tfEvaluator(ast('x^2 + y^2')));
    expect(t.status).toBe('converged');
    expect(t.iterates.length).toBe(1);
  });
  it('max-steps after exactly `steps` iterations', () => {
    const t = run('gd', [2, 1], 7, 1e-12, { lr: 0.01 }, tfEvaluator(ast('x^2 + 10*y^2')));
    expect(t.status).toBe('max-steps');
    expect(t.iterates.map((i) => i.k)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('backtracking (Armijo)', () => {
  it('halves t 30 times, then fails, and never accepts an undefined value', () => {
    const e: Eval = { value: 1, gx: 1, gy: 0, hxx: 0, hxy: 0, hyy: 0 };
    const detail = {};
    const gen = backtrack(0, 0, e, [-1, 0], 0, detail);
    // The 31 trial points t = 1, 1/2, …, 2^-30 along d are asked for in one batch.
    const ask = gen.next([]);
    expect(ask.done).toBe(false);
    const points = (ask.value as { points: [number, number][] }).points;
    expect(points).toHaveLength(31);
    expect(points[0]).toEqual([-1, 0]);
    expect(points[30][0]).toBeCloseTo(-(2 ** -30), 20);
    const r = gen.next(points.map(() => ({ ...e, value: NaN })));
    expect(r.done).toBe(true);
    expect(r.value).toBeNull();
    expect((detail as { trials: unknown[] }).trials).toHaveLength(31);
  });
  it('accepts the first t with f(x + t d) <= f(x) + 1e-4 t g.d', () => {
    // f = x^2 from x = 1, B = I so d = −g = −2: t = 1 → x = −1 (f = 1 > 1 − 1e-4·4), rejected;
    // t = 1/2 → x = 0 (f = 0): accepted.
    const t = run('bfgs', [1, 0], 1, 1e-9, {}, float64('x^2'));
    expect(t.iterates[1].detail).toBeUndefined();
    expect(t.iterates[0].detail?.trials?.map((tr) => tr.t)).toEqual([1, 0.5]);
  });
});

describe('rank-2 updates', () => {
  it('satisfy the secant condition B_new y = s', () => {
    const B: [number, number, number, number] = [1, 0.2, 0.2, 2];
    const s: [number, number] = [0.3, -0.7];
    const y: [number, number] = [1.1, -0.4];
    for (const u of [bfgsUpdate, dfpUpdate]) {
      const N = u(B, s, y);
      expect(N[0] * y[0] + N[1] * y[1]).toBeCloseTo(s[0], 12);
      expect(N[2] * y[0] + N[3] * y[1]).toBeCloseTo(s[1], 12);
      expect(N[1]).toBeCloseTo(N[2], 12);
    }
  });
});

describe('batched runs', () => {
  it('running all optimizers together gives the same trajectories as one at a time', () => {
    const formula = getSurface('himmelblau')!.formula;
    const ids: OptimizerId[] = ['gd', 'momentum', 'adam', 'fd-gd', 'newton', 'damped-newton', 'bfgs', 'dfp'];
    const cfg = { start: [0.5, -1] as [number, number], steps: 30, tol: 1e-5 };
    const params = { lr: 0.01, beta: 0.9, h: 1e-3 };
    const together = runOptimizers(ast(formula), ids, cfg, params);
    ids.forEach((id, i) => {
      const alone = runOptimizers(ast(formula), [id], cfg, params)[0];
      expect(together[i].optimizer).toBe(id);
      expect(together[i].iterates.map((t) => [t.x, t.y])).toEqual(alone.iterates.map((t) => [t.x, t.y]));
    });
  });
  it('keeps tf.memory().numTensors flat', () => {
    const formula = getSurface('rosenbrock')!.formula;
    const go = () => runOptimizers(ast(formula), ['gd', 'newton', 'bfgs'], { start: [-1.2, 1], steps: 20, tol: 1e-5 }, { lr: 0.001, beta: 0.9, h: 1e-3 });
    go();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) go();
    expect(tf.memory().numTensors).toBe(before);
  });
});
