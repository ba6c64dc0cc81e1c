// Batched Newton / damped-Newton basins against independent values: a quadratic (one Newton
// step from anywhere), Himmelblau's known critical points, and the one-start optimizers run
// in float64.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  basinFreeze,
  basinStart,
  basinStep,
  classifyBasins,
  computeBasins,
  disposeBasinState,
  movingStarts,
  readBasinEnds,
  settleBasins,
  settleBasinsSync,
} from './basins';
import { evalJet64 } from './jet';
import { makeRun, runAll, type Evaluator } from './optimizers';
import { getSurface } from './surfaces';
import { ast, useCpu } from './test-setup';

beforeAll(useCpu);

const himmelblau = getSurface('himmelblau')!;
const H = ast(himmelblau.formula);
const f64 = (text: string): Evaluator => {
  const a = ast(text);
  return (xs, ys) => xs.map((x, i) => evalJet64(a, x, ys[i]));
};

function ends(text: string, xs: number[], ys: number[], method: 'newton' | 'damped-newton', iters: number) {
  let s = basinStart(xs, ys);
  for (let k = 0; k < iters; k++) s = basinStep(ast(text), s, method);
  const e = readBasinEnds(s);
  disposeBasinState(s);
  return e;
}

describe('batched Newton', () => {
  it('on a quadratic every start lands on the minimum in one step', () => {
    const xs = [-2.5, 1, 3, 0.1, -1];
    const ys = [1.2, -2, 2, 0.3, -1.7];
    const e = ends('x^2 + 10*y^2 + 3*x*y', xs, ys, 'newton', 1);
    for (let i = 0; i < xs.length; i++) {
      expect(Math.abs(e.x[i])).toBeLessThan(1e-5);
      expect(Math.abs(e.y[i])).toBeLessThan(1e-5);
    }
  });

  it('a singular Hessian stops the start where it is; an undefined point stays undefined', () => {
    // x^2 + y^4 at y = 0: H = [[2, 0], [0, 0]], singular; x^2 + x*y + y^2/4 = (x + y/2)^2: singular everywhere
    const e = ends('x^2 + y^4', [1.5, 0.5], [0, 0], 'newton', 1);
    expect([e.x[0], e.y[0], e.step[0]]).toEqual([1.5, 0, 0]);
    const g = ends('(x + y/2)^2', [2], [1], 'newton', 3);
    expect([g.x[0], g.y[0], g.step[0]]).toEqual([2, 1, 0]);
    const l = ends('sqrt(x) + y^2', [-1], [1], 'newton', 1);
    expect(l.x[0]).toBeNaN();
    expect(l.step[0]).toBeNaN();
  });

  it('Himmelblau from (0, 0): Newton converges to the local maximum (−0.270845, −0.923039)', () => {
    const e = ends(himmelblau.formula, [0], [0], 'newton', 20);
    expect(e.x[0]).toBeCloseTo(-0.270845, 4);
    expect(e.y[0]).toBeCloseTo(-0.923039, 4);
  });

  it('agrees with the one-start optimizers (float64) where they converge', () => {
    const starts: [number, number][] = [
      [0, 0],
      [2, 1],
      [-3, 3],
      [-1, -4],
      [4, -1],
      [1, 2.5],
      [-4, 0.5],
    ];
    let compared = 0;
    for (const method of ['newton', 'damped-newton'] as const) {
      const e = ends(
        himmelblau.formula,
        starts.map((s) => s[0]),
        starts.map((s) => s[1]),
        method,
        50,
      );
      starts.forEach((start, i) => {
        const run = runAll(
          [makeRun(method, { start, steps: 200, tol: 1e-9 }, { lr: 0, beta: 0, h: 0 })],
          f64(himmelblau.formula),
        )[0];
        const last = run.iterates[run.iterates.length - 1];
        if (run.status !== 'converged') return;
        compared++;
        expect(Math.abs(e.x[i] - last.x), `${method} from ${start}`).toBeLessThan(1e-3);
        expect(Math.abs(e.y[i] - last.y), `${method} from ${start}`).toBeLessThan(1e-3);
      });
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it('damped Newton from (0, 0) on Himmelblau reaches a minimum (f = 0), not the maximum', () => {
    const e = ends(himmelblau.formula, [0], [0], 'damped-newton', 50);
    const v = evalJet64(H, e.x[0], e.y[0]).value;
    expect(v).toBeLessThan(1e-4);
  });
});

describe('basin maps', () => {
  it('quadratic: every start is labelled with the minimum', () => {
    const q = getSurface('quadratic')!;
    const m = computeBasins(ast(q.formula), q.domain, 9, 'newton', q.critical, 3);
    expect(m.labels.length).toBe(81);
    expect(Array.from(m.labels).every((l) => l === 0)).toBe(true);
    expect(m.classes[0]).toMatchObject({ kind: 'minimum', known: true, count: 81 });
  });

  it('Himmelblau, Newton: the start (0, 0) lies in the maximum’s basin; damped Newton has only minima', () => {
    // A 21 × 21 grid over [-5, 5]² has the sample (0, 0) at its centre (index 10, 10).
    const m = computeBasins(H, himmelblau.domain, 21, 'newton', himmelblau.critical);
    const centre = m.classes[m.labels[10 * 21 + 10]];
    expect(centre).toMatchObject({ kind: 'maximum', known: true });
    expect(centre.x).toBeCloseTo(-0.270845, 5);
    // all nine critical points attract some starts under plain Newton
    expect(m.classes.slice(0, 9).every((c) => c.count > 0)).toBe(true);
    const d = computeBasins(H, himmelblau.domain, 21, 'damped-newton', himmelblau.critical);
    const minima = d.classes.filter((c) => c.kind === 'minimum').reduce((s, c) => s + c.count, 0);
    const maxima = d.classes.filter((c) => c.kind === 'maximum').reduce((s, c) => s + c.count, 0);
    expect(maxima).toBe(0);
    expect(minima).toBeGreaterThan(0.95 * 441);
  });

  it('finds and classifies critical points the catalog does not list', () => {
    // cos(x)·cos(y) on [-4, 4]²: minima at (±π, 0), (0, ±π); maxima at (0, 0), (±π, ±π); saddles at (±π/2, ±π/2)
    const m = computeBasins(ast('cos(x)*cos(y)'), [-4, 4, -4, 4], 17, 'newton', []);
    const at = (x: number, y: number) =>
      m.classes.find((c) => c.x !== undefined && Math.hypot(c.x - x, c.y! - y) < 0.05);
    expect(at(0, 0)?.kind).toBe('maximum');
    expect(at(Math.PI, 0)?.kind).toBe('minimum');
    expect(at(Math.PI / 2, Math.PI / 2)?.kind).toBe('saddle');
    expect(at(0, 0)?.known).toBe(false);
  });

  it('labels non-finite and far-away end points as diverged, unsettled ones as no limit', () => {
    const m = classifyBasins(
      H,
      { x: Float32Array.from([NaN, 100, 0.3]), y: Float32Array.from([0, 0, 0.3]), step: Float32Array.from([0, 0, 1]) },
      [-5, 5, -5, 5],
      1,
      'newton',
      [],
    );
    expect(m.classes[m.labels[0]].kind).toBe('diverged');
    expect(m.classes[m.labels[1]].kind).toBe('diverged');
    expect(m.classes[m.labels[2]].kind).toBe('no-limit');
  });

  it('labels each end point with the nearest catalog point, also where two lie closer than two radii', () => {
    const ends = (pts: [number, number][]) => ({
      x: Float32Array.from(pts, (p) => p[0]),
      y: Float32Array.from(pts, (p) => p[1]),
      step: new Float32Array(pts.length),
    });
    // apart: neighbours alternate between the two points (the previous start's point is tried first)
    const far = classifyBasins(
      H,
      ends([
        [1, 1],
        [-1, -1],
        [1.01, 1],
        [-1, -1.01],
      ]),
      [-5, 5, -5, 5],
      2,
      'newton',
      [
        { x: 1, y: 1, kind: 'minimum', value: 0 },
        { x: -1, y: -1, kind: 'minimum', value: 0 },
      ],
    );
    expect(Array.from(far.labels)).toEqual([0, 1, 0, 1]);
    // 0.05 apart with a match radius of 0.1: the nearer one wins, whichever was matched before
    const near = classifyBasins(
      H,
      ends([
        [0, 0],
        [0.049, 0],
        [0.001, 0],
      ]),
      [-5, 5, -5, 5],
      1,
      'newton',
      [
        { x: 0, y: 0, kind: 'saddle', value: 0 },
        { x: 0.05, y: 0, kind: 'minimum', value: 0 },
      ],
    );
    expect(Array.from(near.labels)).toEqual([0, 1, 0]);
  });

  it('logistic regression, Newton: far starts overshoot and diverge, damped Newton converges', () => {
    const s = getSurface('logistic-regression')!;
    const n = computeBasins(ast(s.formula), s.domain, 11, 'newton', s.critical);
    const d = computeBasins(ast(s.formula), s.domain, 11, 'damped-newton', s.critical);
    expect(n.classes.find((c) => c.kind === 'diverged')!.count).toBeGreaterThan(0);
    expect(d.classes[0].count).toBe(121);
  });

  it('keeps tf.memory().numTensors flat', () => {
    const go = () => computeBasins(H, himmelblau.domain, 8, 'damped-newton', himmelblau.critical, 5);
    go();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) go();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps tf.memory().numTensors flat with settling on', () => {
    const go = () => computeBasins(H, himmelblau.domain, 8, 'newton', himmelblau.critical, 30, true);
    go();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) go();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('settling converged starts out of the batch', () => {
  it('moves only the unsettled starts and keeps the settled ones where they stopped', async () => {
    // 16 starts: 0 converged, 2 is not finite (its step is NaN), 1, 3, 9 and 12 still move
    // (a quarter: the batch is rebuilt), the rest stopped
    const n = 16;
    let s = basinStart(new Array(n).fill(0), new Array(n).fill(0));
    disposeBasinState(s);
    const x = Array.from({ length: n }, (_, i) => i + 0.5);
    x[0] = 3;
    x[1] = -2.8;
    x[2] = NaN;
    const step = new Array(n).fill(0);
    step[0] = 1e-9;
    step[2] = NaN;
    for (const i of [1, 3, 9, 12]) step[i] = 0.3;
    s = { ...s, X: tf.tensor1d(x), Y: tf.tensor1d(x.map((v) => -v)), step: tf.tensor1d(step) };
    s = await settleBasins(s, 1e-5);
    expect(movingStarts(s)).toBe(4);
    expect(Array.from(s.active!)).toEqual([1, 3, 9, 12]);
    expect(Array.from(s.X.dataSync())).toEqual([Math.fround(-2.8), 3.5, 9.5, 12.5]);
    const e = readBasinEnds(s);
    expect(e.x[0]).toBe(3);
    expect(e.y[0]).toBe(-3);
    expect(e.step[0]).toBeCloseTo(1e-9, 12);
    expect(e.x[2]).toBeNaN();
    expect(e.x[5]).toBe(5.5);
    expect(e.x[1]).toBeCloseTo(-2.8, 6);
    // a second settle maps its indices through the first: start 1 moves on, 3, 9, 12 stop
    tf.dispose(s.step);
    s = settleBasinsSync({ ...s, step: tf.tensor1d([1, 0, 0, 0]) }, 1e-5);
    expect(Array.from(s.active!)).toEqual([1]);
    const e2 = readBasinEnds(s);
    expect([e2.x[3], e2.x[9], e2.x[12]]).toEqual([3.5, 9.5, 12.5]);
    expect(e2.y[9]).toBe(-9.5);
    disposeBasinState(s);
  });

  it('does not rebuild the batch while most of it moves; the stopped starts ride along', () => {
    const n = 20;
    let s = basinStart(new Array(n).fill(1), new Array(n).fill(1));
    const steps = new Float32Array(n).fill(1);
    steps.fill(0, 0, 5); // a quarter stopped
    tf.dispose(s.step);
    s = { ...s, step: tf.tensor1d(steps) };
    const X = s.X;
    s = settleBasinsSync(s, 1e-5);
    expect(s.X).toBe(X);
    expect(s.active).toBeNull();
    expect(movingStarts(s)).toBe(n);
    disposeBasinState(s);
  });

  for (const [id, method, n] of [
    ['himmelblau', 'newton', 40],
    ['himmelblau', 'damped-newton', 24],
    ['rosenbrock', 'newton', 24],
    ['rastrigin', 'newton', 32],
    ['logistic-regression', 'damped-newton', 16],
  ] as const) {
    it(`${id}, ${method}: the same basin map as iterating every start to the end`, () => {
      const sf = getSurface(id)!;
      const a = ast(sf.formula);
      const all = computeBasins(a, sf.domain, n, method, sf.critical, undefined, false);
      const settled = computeBasins(a, sf.domain, n, method, sf.critical, undefined, true);
      // a found cluster is named by its first end point: ±0.00 is the same place
      const at = (v?: number) => (v === undefined ? '' : (Math.abs(v) < 0.005 ? 0 : v).toFixed(2));
      const kinds = (m: typeof all) =>
        Array.from(m.labels, (l) => `${m.classes[l].kind} ${at(m.classes[l].x)} ${at(m.classes[l].y)}`);
      const ka = kinds(all);
      const ks = kinds(settled);
      const differ = ka.filter((k, i) => k !== ks[i]).length;
      expect(differ, `${differ} of ${n * n} starts labelled differently`).toBe(0);
      expect(basinFreeze(sf.domain)).toBeGreaterThan(0);
    });
  }
});
