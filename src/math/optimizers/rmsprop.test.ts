// RMSProp against the rule written out by hand in float64 with the analytic gradient, through
// the registry as the app runs it (float64 evaluator, and tfjs in float32).
import { beforeAll, describe, expect, it } from 'vitest';
import { tfEvaluator } from '../engine';
import { evalJet64 } from '../jet';
import { ast, useCpu } from '../test-setup';
import { makeRun, optimizerSpec, paramsOf, runAll, type Evaluator } from '.';

beforeAll(useCpu);

const F = 'x^2 + 10*y^2';
const grad = (x: number, y: number) => [2 * x, 20 * y];

/** The rule by hand: s ← 0.9 s + 0.1 g², x ← x − lr g/(√s + 1e-8). */
function byHand(start: [number, number], lr: number, steps: number): [number, number][] {
  let [x, y] = start;
  let sx = 0;
  let sy = 0;
  const out: [number, number][] = [[x, y]];
  for (let k = 0; k < steps; k++) {
    const [gx, gy] = grad(x, y);
    sx = 0.9 * sx + 0.1 * gx * gx;
    sy = 0.9 * sy + 0.1 * gy * gy;
    x -= (lr * gx) / (Math.sqrt(sx) + 1e-8);
    y -= (lr * gy) / (Math.sqrt(sy) + 1e-8);
    out.push([x, y]);
  }
  return out;
}

describe('rmsprop', () => {
  const a = ast(F);
  const f64: Evaluator = (xs, ys) => xs.map((x, i) => evalJet64(a, x, ys[i]));
  const cfg = { start: [-2.5, 1.2] as [number, number], steps: 40, tol: 0 };

  it('is in the registry: first-order, lr only, with a GPU step (gpu-runs.spec checks it against this one)', () => {
    const spec = optimizerSpec('rmsprop');
    expect(spec.group).toBe('First-order');
    expect(spec.gpu).toBe(true);
    expect(paramsOf('rmsprop', { lr: 0.05, beta: 0.9, h: 1e-3 })).toEqual({ lr: 0.05 });
  });

  it('follows the rule exactly in float64 (the first step is about lr·√10 per coordinate)', () => {
    const t = runAll([makeRun('rmsprop', cfg, { lr: 0.05, beta: 0.9, h: 1e-3 })], f64)[0];
    const want = byHand(cfg.start, 0.05, 40);
    expect(t.status).toBe('max-steps');
    expect(t.iterates).toHaveLength(41);
    t.iterates.forEach((it, k) => {
      expect(Math.abs(it.x - want[k][0]), `x at ${k}`).toBeLessThan(1e-12);
      expect(Math.abs(it.y - want[k][1]), `y at ${k}`).toBeLessThan(1e-12);
    });
    // both coordinates move by lr/√0.1 at the first step, whatever their slopes (5 and 24)
    expect(t.iterates[1].x - t.iterates[0].x).toBeCloseTo(0.05 / Math.sqrt(0.1), 6);
    expect(t.iterates[1].y - t.iterates[0].y).toBeCloseTo(-0.05 / Math.sqrt(0.1), 6);
  });

  it('agrees on tfjs in float32 over the first 10 steps', () => {
    const t = runAll([makeRun('rmsprop', { ...cfg, steps: 10 }, { lr: 0.05, beta: 0.9, h: 1e-3 })], tfEvaluator(a))[0];
    const want = byHand(cfg.start, 0.05, 10);
    t.iterates.forEach((it, k) => {
      expect(Math.abs(it.x - want[k][0])).toBeLessThan(1e-5);
      expect(Math.abs(it.y - want[k][1])).toBeLessThan(1e-5);
    });
  });
});
