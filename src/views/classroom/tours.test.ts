// Every tour step is a valid scene, and what its caption claims is what the app computes
// (float32 tfjs cpu, as the app computes on WebGL).
import { beforeAll, describe, expect, it } from 'vitest';
import { factsAt, runOptimizers } from '../../math/engine';
import { parseFormula } from '../../math/formula/parse';
import type { Trajectory } from '../../math/optimizers/types';
import { useCpu } from '../../math/test-setup';
import { defaultScene, parseScene, serializeScene } from '../../state/url';
import { getTour, tourScene, TOURS } from './tours';

beforeAll(useCpu);

function runsOf(tourId: string, step: number): Record<string, Trajectory> {
  const s = tourScene(getTour(tourId)!, step, defaultScene());
  const r = parseFormula(s.formula);
  if (!r.ok) throw new Error(r.message);
  const runs = runOptimizers(
    r.ast,
    s.opt,
    { start: s.start, steps: s.steps, tol: s.tol },
    { lr: s.lr, beta: s.beta, h: s.h },
  );
  return Object.fromEntries(runs.map((t) => [t.optimizer, t]));
}
const last = (t: Trajectory) => t.iterates[t.iterates.length - 1];
const facts = (tourId: string, step: number) => {
  const s = tourScene(getTour(tourId)!, step, defaultScene());
  const r = parseFormula(s.formula);
  if (!r.ok) throw new Error(r.message);
  return factsAt(r.ast, s.point[0], s.point[1]);
};

describe('tours', () => {
  it('has the six tours the classroom asks for, each step a valid scene and a URL', () => {
    expect(TOURS.map((t) => t.title)).toEqual([
      'Taylor models',
      'Why gradient descent zig-zags',
      'Newton jumps to the model’s minimum',
      'When Newton walks uphill',
      'Quasi-Newton learns curvature',
      'Finite differences and float32',
    ]);
    for (const tour of TOURS) {
      expect(tour.steps.length).toBeGreaterThanOrEqual(3);
      tour.steps.forEach((step, i) => {
        expect(parseScene(step.query).problems, `${tour.id} step ${i + 1}`).toEqual([]);
        const scene = tourScene(tour, i, { ...defaultScene(), present: true });
        expect(scene.present).toBe(true);
        // The step's URL brings back the same step.
        const url = serializeScene(scene);
        expect(url).toContain(`tour=${tour.id}`);
        expect(url).toContain(`step=${i + 1}`);
        expect(parseScene(url).scene).toEqual(scene);
      });
    }
  });

  it('Taylor models: the curvature each caption names', () => {
    expect(facts('taylor-models', 2).curvature).toBe('indefinite');
    expect(facts('taylor-models', 3).curvature).toBe('negative-definite');
    const m = facts('taylor-models', 4);
    expect(m.curvature).toBe('positive-definite');
    expect(m.gradNorm).toBeLessThan(1e-3);
  });

  it('gd zig-zags across the valley, and diverges past lr = 0.1', () => {
    const zig = runsOf('gd-zigzag', 0).gd.iterates;
    // y changes sign every step (overshoot), x does not.
    for (let k = 1; k < 6; k++) expect(Math.sign(zig[k].y)).toBe(-Math.sign(zig[k - 1].y));
    expect(zig[5].x).toBeLessThan(0);
    expect(runsOf('gd-zigzag', 1).gd.iterates.length).toBeGreaterThan(runsOf('gd-zigzag', 0).gd.iterates.length);
    const away = runsOf('gd-zigzag', 2).gd.iterates;
    for (let k = 1; k < away.length; k++) expect(Math.abs(away[k].y)).toBeGreaterThan(Math.abs(away[k - 1].y));
    expect(Math.abs(away[away.length - 1].y)).toBeGreaterThan(10 * Math.abs(away[0].y));
    const safe = runsOf('gd-zigzag', 3).gd.iterates;
    for (let k = 1; k < 6; k++) expect(Math.sign(safe[k].y)).toBe(Math.sign(safe[0].y));
    const ros = runsOf('gd-zigzag', 4);
    const dist = (t: Trajectory) => Math.hypot(last(t).x - 1, last(t).y - 1);
    expect(dist(ros.momentum)).toBeLessThan(dist(ros.gd));
  });

  it('Newton: one step on a quadratic, the model’s minimum on Rosenbrock, a handful to (1, 1)', () => {
    const q = runsOf('newton-jumps', 0);
    expect(Math.hypot(q.newton.iterates[1].x, q.newton.iterates[1].y)).toBeLessThan(1e-5);
    expect(q.gd.iterates.length).toBeGreaterThan(10);
    const one = runsOf('newton-jumps', 1).newton;
    expect(one.iterates).toHaveLength(2);
    const f = facts('newton-jumps', 1);
    // x1 = p − H⁻¹∇f (p is the start here)
    const [[a, b], [, c]] = f.hessian;
    const det = a * c - b * b;
    const tx = f.x - (c * f.gradient[0] - b * f.gradient[1]) / det;
    const ty = f.y - (-b * f.gradient[0] + a * f.gradient[1]) / det;
    expect(one.iterates[1].x).toBeCloseTo(tx, 3);
    expect(one.iterates[1].y).toBeCloseTo(ty, 3);
    const full = runsOf('newton-jumps', 3);
    expect(full.newton.status).toBe('converged');
    expect(full.newton.iterates.length).toBeLessThan(12);
    expect(Math.hypot(last(full.newton).x - 1, last(full.newton).y - 1)).toBeLessThan(1e-3);
    expect(Math.hypot(last(full.gd).x - 1, last(full.gd).y - 1)).toBeGreaterThan(0.3);
  });

  it('Newton walks uphill on Himmelblau from (0, 0); damped Newton and BFGS go down', () => {
    expect(facts('newton-uphill', 0).curvature).toBe('negative-definite');
    const first = runsOf('newton-uphill', 0).newton.iterates;
    expect(first[1].value).toBeGreaterThan(first[0].value);
    const up = runsOf('newton-uphill', 2);
    expect(up.newton.status).toBe('converged');
    expect(last(up.newton).x).toBeCloseTo(-0.2708, 2);
    expect(last(up.newton).y).toBeCloseTo(-0.923, 2);
    expect(last(up.newton).value).toBeCloseTo(181.6, 0);
    expect(last(up['damped-newton']).value).toBeLessThan(1e-3);
    const sad = runsOf('newton-uphill', 3);
    expect(Math.hypot(sad.newton.iterates[1].x, sad.newton.iterates[1].y)).toBeLessThan(1e-6);
    expect(Math.abs(last(sad.gd).y)).toBeGreaterThan(1);
    const qn = runsOf('quasi-newton', 3);
    expect(last(qn.bfgs).value).toBeLessThan(1e-3);
    expect(last(qn.newton).value).toBeGreaterThan(180);
  });

  it('BFGS: a gradient step first, then to (1, 1), in more steps than Newton', () => {
    const one = runsOf('quasi-newton', 0);
    const b = one.bfgs.iterates;
    const g = one.gd.iterates;
    // Same direction as gd's first step (−∇f), a different length.
    const db = [b[1].x - b[0].x, b[1].y - b[0].y];
    const dg = [g[1].x - g[0].x, g[1].y - g[0].y];
    expect(Math.abs(db[0] * dg[1] - db[1] * dg[0]) / (Math.hypot(...db) * Math.hypot(...dg))).toBeLessThan(1e-3);
    const r = runsOf('quasi-newton', 2);
    expect(r.bfgs.status).toBe('converged');
    expect(Math.hypot(last(r.bfgs).x - 1, last(r.bfgs).y - 1)).toBeLessThan(1e-2);
    expect(r.newton.iterates.length).toBeLessThan(r.bfgs.iterates.length);
    const q = runsOf('quasi-newton', 4);
    expect(q.bfgs.status).toBe('converged');
    expect(q.dfp.status).toBe('converged');
    expect(q.bfgs.iterates.length).toBeLessThan(15);
  });

  it('finite differences in float32: h = 1e-3 tracks gd, 0.3 and 1e-7 leave it', () => {
    const gap = (step: number) => {
      const r = runsOf('fd-float32', step);
      return Math.hypot(last(r.gd).x - last(r['fd-gd']).x, last(r.gd).y - last(r['fd-gd']).y);
    };
    const good = gap(0);
    expect(good).toBeLessThan(0.02);
    expect(gap(1)).toBeGreaterThan(5 * good);
    expect(gap(2)).toBeGreaterThan(5 * good);
  });
});
