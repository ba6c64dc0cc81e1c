// nesterov, cg, lbfgs, trust-region, gauss-newton and lm against the float64 reference runs
// of shared/reference/reference-v2.json: to float64 rounding with a float64 evaluator, and
// within float32 tolerances on tfjs; plus their own rules checked against hand-derived values.
import { beforeAll, describe, expect, it } from 'vitest';
import { tfEvaluator } from '../engine';
import { evalJet64 } from '../jet';
import { residuals64 } from '../residuals';
import { getSurface } from '../surfaces';
import { ast, useCpu } from '../test-setup';
import { applicability, makeRun, OPTIMIZER_IDS, paramsOf, REGISTRY, runAll, type Evaluator, type OptimizerId } from '.';
import { CONTRACT_OPTIMIZER_IDS } from './registry';
import { impliedInverse, twoLoop, type Pair } from './lbfgs';
import { solveSubproblem } from './trust-region';
import { referenceV2, type RefTrajectoryV2 } from './reference-v2';
import type { Eval, Trajectory } from './types';

beforeAll(useCpu);

const float64 = (text: string): Evaluator => {
  const a = ast(text);
  return (xs, ys) => xs.map((x, i) => evalJet64(a, x, ys[i]));
};

const METHODS = ['nesterov', 'cg', 'lbfgs', 'trust-region', 'gauss-newton', 'lm'];
const refs = referenceV2.trajectories.filter((r) => METHODS.includes(r.opt));

function run(
  id: string,
  formula: string,
  start: [number, number],
  steps: number,
  tol: number,
  params: Record<string, number>,
  f64: boolean,
): Trajectory {
  const a = ast(formula);
  const p = { lr: params.lr ?? 0.01, beta: params.beta ?? 0.9, h: 1e-3, m: params.m, radius: params.radius };
  const gen = makeRun(id as OptimizerId, { start, steps, tol }, p, { ast: a });
  return f64 ? runAll([gen], float64(formula), residuals64)[0] : runAll([gen], tfEvaluator(a))[0];
}

const runRef = (ref: RefTrajectoryV2, f64: boolean) =>
  run(ref.opt, getSurface(ref.surface)!.formula, ref.start, ref.steps, ref.tol, ref.params, f64);

describe('reference-v2 runs, float64 evaluator: the step rules exactly', () => {
  it('covers every method', () => {
    expect(new Set(refs.map((r) => r.opt))).toEqual(new Set(METHODS));
  });
  for (const ref of refs) {
    it(`${ref.opt} on ${ref.surface} from (${ref.start.join(', ')}) ${JSON.stringify(ref.params)}`, () => {
      const t = runRef(ref, true);
      expect(t.status).toBe(ref.status);
      expect(t.iterates.length).toBe(ref.iterates.length);
      t.iterates.forEach((it, i) => {
        const r = ref.iterates[i];
        const scale = Math.max(1, Math.abs(r.x), Math.abs(r.y));
        expect(it.k).toBe(r.k);
        expect(Math.abs(it.x - r.x), `x at k=${i}`).toBeLessThan(1e-9 * scale);
        expect(Math.abs(it.y - r.y), `y at k=${i}`).toBeLessThan(1e-9 * scale);
        expect(Math.abs(it.value - r.value), `f at k=${i}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(r.value)));
        expect(Math.abs(it.gradNorm - r.gradNorm), `|g| at k=${i}`).toBeLessThan(1e-9 * Math.max(1, r.gradNorm));
        if (r.radius !== undefined) expect(it.radius, `radius at k=${i}`).toBe(r.radius);
        if (r.mu !== undefined) expect(it.mu! / r.mu, `mu at k=${i}`).toBeCloseTo(1, 12);
      });
      expect(t.params).toEqual(paramsOf(ref.opt as OptimizerId, { lr: 0.01, beta: 0.9, h: 1e-3, ...ref.params }));
    });
  }
});

describe('reference-v2 runs on tfjs (float32)', () => {
  for (const ref of refs) {
    it(`${ref.opt} on ${ref.surface} from (${ref.start.join(', ')})`, () => {
      const t = runRef(ref, false);
      // A prefix agrees to float32 accuracy (radius decisions included); past it a borderline
      // choice may part ways, so the rest is judged by where and how the run ends.
      const prefix = Math.min(10, ref.iterates.length, t.iterates.length);
      for (let i = 0; i < prefix; i++) {
        const r = ref.iterates[i];
        const it = t.iterates[i];
        const scale = Math.max(1, Math.abs(r.x), Math.abs(r.y));
        expect(Math.abs(it.x - r.x), `x at k=${i}`).toBeLessThan(1e-4 * scale);
        expect(Math.abs(it.y - r.y), `y at k=${i}`).toBeLessThan(1e-4 * scale);
        expect(Math.abs(it.value - r.value), `f at k=${i}`).toBeLessThan(1e-4 * Math.max(1, Math.abs(r.value)));
        if (r.radius !== undefined) expect(it.radius, `radius at k=${i}`).toBe(r.radius);
      }
      const last = ref.iterates[ref.iterates.length - 1];
      const end = t.iterates[t.iterates.length - 1];
      const scale = Math.max(1, Math.abs(last.x), Math.abs(last.y));
      if (ref.status === 'converged') {
        // float32 gradients near a minimum are noisy: converged at the same point, within a
        // few more steps
        expect(t.status).toBe('converged');
        expect(t.iterates.length).toBeGreaterThanOrEqual(ref.iterates.length - 1);
        expect(t.iterates.length).toBeLessThanOrEqual(ref.iterates.length + 3);
        expect(Math.abs(end.x - last.x)).toBeLessThan(1e-5 * scale);
        expect(Math.abs(end.y - last.y)).toBeLessThan(1e-5 * scale);
      } else {
        expect(t.status).toBe(ref.status);
        expect(t.iterates.length).toBe(ref.iterates.length);
        expect(Math.abs(end.x - last.x)).toBeLessThan(1e-4 * scale);
        expect(Math.abs(end.y - last.y)).toBeLessThan(1e-4 * scale);
        if (last.radius !== undefined) expect(end.radius).toBe(last.radius);
      }
    });
  }
});

describe('registry', () => {
  it('lists every method of the contract (§5, version 2) once; a GPU step is the compiler’s to check', () => {
    // gpu-runs.ts's switch over GpuOptimizerId (the registry's gpu: true ids) has no default, so a
    // method marked gpu without its GLSL does not compile; a new method extends this list freely.
    expect(new Set(OPTIMIZER_IDS).size).toBe(OPTIMIZER_IDS.length);
    expect(OPTIMIZER_IDS).toEqual(expect.arrayContaining([...CONTRACT_OPTIMIZER_IDS]));
    // these have no GLSL step (yet): they run stepwise, beside the GPU runs
    for (const id of ['cg', 'lbfgs', 'trust-region', 'gauss-newton', 'lm', 'sgd'])
      expect(REGISTRY.find((s) => s.id === id)!.gpu, id).toBe(false);
  });
  it("a run's params are the parameters its method uses, defaults filled in (m 5, radius 1)", () => {
    const p = { lr: 0.1, beta: 0.8, h: 1e-2 };
    expect(paramsOf('nesterov', p)).toEqual({ lr: 0.1, beta: 0.8 });
    expect(paramsOf('lbfgs', p)).toEqual({ m: 5 });
    expect(paramsOf('trust-region', p)).toEqual({ radius: 1 });
    expect(paramsOf('lbfgs', { ...p, m: 2 })).toEqual({ m: 2 });
    expect(paramsOf('cg', p)).toEqual({});
    const t = run('trust-region', 'x^2 + y^2', [1, 1], 3, 1e-9, {}, true);
    expect(t.params).toEqual({ radius: 1 });
  });
});

describe('applicability', () => {
  it('gauss-newton and lm need a sum of squares; the message names the method and the formula', () => {
    const a = ast('sin(x)*cos(y)');
    expect(applicability('gauss-newton', a)).toBe('gauss-newton needs a sum of squares: sin(x)*cos(y) is not one');
    expect(applicability('lm', a)).toBe('lm needs a sum of squares: sin(x)*cos(y) is not one');
    for (const id of OPTIMIZER_IDS.filter((i) => i !== 'gauss-newton' && i !== 'lm' && i !== 'sgd'))
      expect(applicability(id, a)).toBeNull();
    // sgd needs a regression surface's data, whatever the formula
    expect(applicability('sgd', a)).toMatch(/^sgd needs data: it runs on the regression surfaces/);
    expect(
      applicability('sgd', a, {
        id: 'linear-regression',
        rows: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toBeNull();
    expect(applicability('gauss-newton', ast(getSurface('rosenbrock')!.formula))).toBeNull();
    expect(applicability('lm', ast('x^2 - y^2'))).toMatch(/^lm needs a sum of squares: x\^2 - y\^2 is not one$/);
  });
  it('makeRun refuses (a programming error) where the method does not apply', () => {
    expect(() =>
      makeRun('lm', { start: [0, 0], steps: 1, tol: 0 }, { lr: 0, beta: 0, h: 0 }, { ast: ast('x*y') }),
    ).toThrow(/sum of squares/);
    expect(() => makeRun('gauss-newton', { start: [0, 0], steps: 1, tol: 0 }, { lr: 0, beta: 0, h: 0 })).toThrow(
      /needs the formula/,
    );
  });
});

describe('nesterov', () => {
  it('takes the gradient at the look-ahead point x + beta v (1D by hand: f = x², lr 0.1, beta 0.5)', () => {
    // x0 = 1, v0 = 0: v1 = −0.1·2 = −0.2, x1 = 0.8; look-ahead x1 + 0.5·v1 = 0.7:
    // v2 = 0.5·(−0.2) − 0.1·1.4 = −0.24, x2 = 0.56
    const t = run('nesterov', 'x^2 + y^2', [1, 0], 2, 0, { lr: 0.1, beta: 0.5 }, true);
    expect(t.iterates.map((i) => i.x)).toEqual([1, 0.8, expect.closeTo(0.56, 15)]);
    expect(t.iterates[1].detail?.lookAhead?.[0]).toBeCloseTo(0.7, 15);
    expect(t.iterates[1].detail?.lookAheadGradient?.[0]).toBeCloseTo(1.4, 15);
    expect(t.iterates[0].detail?.lookAhead).toEqual([1, 0]);
  });
});

describe('cg', () => {
  const H = [2, 0, 0, 20]; // x^2 + 10 y^2
  for (const f64 of [true, false]) {
    it(`on the quadratic: conjugate directions, the end in 2 steps (${f64 ? 'float64' : 'tfjs float32'})`, () => {
      const t = run('cg', 'x^2 + 10*y^2', [2, 1], 10, 1e-4, {}, f64);
      expect(t.status).toBe('converged');
      expect(t.iterates).toHaveLength(3);
      const d0 = t.iterates[0].detail!.direction!;
      const d1 = t.iterates[1].detail!.direction!;
      const dHd = (a: number[], b: number[]) => a[0] * H[0] * b[0] + a[1] * H[3] * b[1];
      // d0ᵀ H d1 = 0 relative to |d0|_H |d1|_H
      expect(Math.abs(dHd(d0, d1)) / Math.sqrt(dHd(d0, d0) * dHd(d1, d1))).toBeLessThan(f64 ? 1e-12 : 1e-5);
      // the first trial is the exact minimiser along d, and it is taken
      expect(t.iterates[0].detail!.trials).toHaveLength(1);
      expect(t.iterates[1].detail!.cg).toEqual({ beta: expect.any(Number), restart: false });
      expect(Math.hypot(t.iterates[2].x, t.iterates[2].y)).toBeLessThan(f64 ? 1e-12 : 1e-5);
    });
  }
  it('starts from t0 = 1 where dᵀHd <= 0, and restarts along −g where PR+ clips beta to 0', () => {
    const t = run('cg', 'x^2 - y^2', [0.5, 1], 1, 0, {}, true); // d = −g = (−1, 2): dᵀHd = −6
    expect(t.iterates[0].detail!.t0).toBe(1);
    const r = run('cg', getSurface('rosenbrock')!.formula, [-1.2, 1], 60, 1e-5, {}, true);
    const restarts = r.iterates.filter((i) => i.detail?.cg?.restart);
    expect(restarts.length).toBeGreaterThan(0);
    for (const it of restarts) {
      const e = evalJet64(ast(getSurface('rosenbrock')!.formula), it.x, it.y);
      const d = it.detail!.direction!;
      expect(d[0]).toBeCloseTo(-e.gx, 9);
      expect(d[1]).toBeCloseTo(-e.gy, 9);
    }
  });
});

describe('lbfgs', () => {
  it('the two-loop recursion is the BFGS inverse from gamma I on the pairs: secant condition for the newest pair', () => {
    const pairs: Pair[] = [
      { s: [0.3, -0.7], yv: [1.1, -0.4] },
      { s: [-0.2, 0.5], yv: [-0.3, 1.7] },
    ];
    const B = impliedInverse(pairs);
    const y = pairs[1].yv;
    expect(B[0] * y[0] + B[1] * y[1]).toBeCloseTo(pairs[1].s[0], 12);
    expect(B[2] * y[0] + B[3] * y[1]).toBeCloseTo(pairs[1].s[1], 12);
    expect(B[1]).toBeCloseTo(B[2], 12);
    // with no pairs, the identity (gamma = 1)
    expect(twoLoop([], [3, -4])).toEqual([3, -4]);
  });
  it('keeps at most m pairs', () => {
    const t = run('lbfgs', getSurface('rosenbrock')!.formula, [-1.2, 1], 30, 1e-5, { m: 2 }, true);
    expect(Math.max(...t.iterates.map((i) => i.detail?.pairs?.length ?? 0))).toBe(2);
  });
  it('Wolfe search: a curvature failure doubles t, an Armijo failure bisects, every trial says which test it failed', () => {
    // f = (x − 10)² from 0: d = −g = 20; t = 1 lands on 20 (f = 100, no decrease): hi = 1;
    // t = 1/2 lands on the minimum: accepted.
    const a = run('lbfgs', '(x - 10)^2 + y^2', [0, 0], 1, 0, {}, true);
    expect(a.iterates[0].detail!.search).toBe('wolfe');
    expect(a.iterates[0].detail!.trials!.map((t) => [t.t, t.accepted, t.failed])).toEqual([
      [1, false, 'armijo'],
      [0.5, true, undefined],
    ]);
    // f = −x + y² is unbounded along +x: the slope never flattens, t doubles 30 times
    const b = run('lbfgs', '-x + y^2', [0, 0], 5, 0, {}, true);
    expect(b.status).toBe('line-search-failed');
    const trials = b.iterates[0].detail!.trials!;
    expect(trials).toHaveLength(30);
    expect(trials.map((t) => t.t)).toEqual(Array.from({ length: 30 }, (_, i) => 2 ** i));
    expect(trials.every((t) => t.failed === 'curvature' && t.slope === -1)).toBe(true);
  });
});

/** argmin over |p| <= D of g·p + pᵀHp/2 by brute force: a fine polar grid, then refined. */
function bruteForce(g: [number, number], h: [number, number, number], D: number): [number, number] {
  const q = (p: [number, number]) =>
    g[0] * p[0] + g[1] * p[1] + (h[0] * p[0] * p[0] + 2 * h[1] * p[0] * p[1] + h[2] * p[1] * p[1]) / 2;
  let best: [number, number] = [0, 0];
  let span = D;
  for (let round = 0; round < 6; round++) {
    const c = best;
    let bestQ = q(c);
    for (let i = 0; i <= 200; i++) {
      for (let j = 0; j <= 200; j++) {
        const p: [number, number] = [c[0] + span * (i / 100 - 1), c[1] + span * (j / 100 - 1)];
        const n = Math.hypot(p[0], p[1]);
        const pp: [number, number] = n > D ? [(p[0] * D) / n, (p[1] * D) / n] : p;
        if (q(pp) < bestQ) {
          bestQ = q(pp);
          best = pp;
        }
      }
    }
    span /= 20;
  }
  return best;
}

describe('trust-region subproblem', () => {
  const q = (g: [number, number], h: [number, number, number], p: [number, number]) =>
    g[0] * p[0] + g[1] * p[1] + (h[0] * p[0] * p[0] + 2 * h[1] * p[0] * p[1] + h[2] * p[1] * p[1]) / 2;
  const cases: { g: [number, number]; h: [number, number, number]; D: number; kind: string }[] = [
    { g: [1, 2], h: [4, 1, 3], D: 10, kind: 'interior' },
    { g: [10, -4], h: [4, 1, 3], D: 0.5, kind: 'boundary, convex' },
    { g: [1, 1], h: [-2, 0.5, 1], D: 1, kind: 'boundary, indefinite' },
    { g: [0.3, -1], h: [-1, -0.2, -3], D: 2, kind: 'boundary, concave' },
    { g: [2, 0], h: [2, 0, -2], D: 1, kind: 'hard case' },
    { g: [0, 1e-3], h: [-5, 0, 1], D: 0.3, kind: 'hard case, eigenvector along x' },
  ];
  for (const c of cases) {
    it(`${c.kind}: no point of the region does better (brute force), |p| = D off the interior`, () => {
      const s = solveSubproblem(c.g, c.h[0], c.h[1], c.h[2], c.D);
      const b = bruteForce(c.g, c.h, c.D);
      expect(q(c.g, c.h, s.p)).toBeLessThanOrEqual(q(c.g, c.h, b) + 1e-9);
      expect(Math.hypot(s.p[0], s.p[1])).toBeLessThanOrEqual(c.D * (1 + 1e-12));
      if (c.kind !== 'interior') expect(Math.hypot(s.p[0], s.p[1])).toBeCloseTo(c.D, 10);
      expect(s.interior).toBe(c.kind === 'interior');
      expect(s.hard).toBe(c.kind.startsWith('hard'));
      // optimality (Moré–Sorensen): (H + lam I) p = −g with H + lam I positive semidefinite
      const r0 = (c.h[0] + s.lambda) * s.p[0] + c.h[1] * s.p[1] + c.g[0];
      const r1 = c.h[1] * s.p[0] + (c.h[2] + s.lambda) * s.p[1] + c.g[1];
      expect(Math.hypot(r0, r1)).toBeLessThan(1e-9 * Math.max(1, Math.hypot(c.g[0], c.g[1])));
    });
  }
  it('24 random cases (convex, indefinite, concave, near-singular): never worse than brute force', () => {
    let seed = 12345;
    const u = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
    for (let n = 0; n < 24; n++) {
      const g: [number, number] = [u() * 5, u() * 5];
      const h: [number, number, number] = [u() * 10, u() * 5, u() * 10];
      if (n % 5 === 0) h[2] = (h[1] * h[1]) / h[0]; // singular
      const D = 0.05 + Math.abs(u()) * 3;
      const s = solveSubproblem(g, h[0], h[1], h[2], D);
      const b = bruteForce(g, h, D);
      expect(Math.hypot(s.p[0], s.p[1]), `case ${n}`).toBeLessThanOrEqual(D * (1 + 1e-12));
      expect(q(g, h, s.p), `case ${n}`).toBeLessThanOrEqual(q(g, h, b) + 1e-9 * Math.max(1, Math.abs(q(g, h, b))));
    }
  });
  it('hard case: tau > 0 along the eigenvector whose first non-zero entry is positive', () => {
    // saddle x² − y² at (1, 0): g = (2, 0), H = diag(2, −2), q1 = (0, 1): p = (−0.5, √0.75)
    const s = solveSubproblem([2, 0], 2, 0, -2, 1);
    expect(s.p[0]).toBeCloseTo(-0.5, 15);
    expect(s.p[1]).toBeCloseTo(Math.sqrt(0.75), 15);
  });
});

/** An evaluator that answers f = 1, ∇f = (1, 0), H = I at the start and NaN everywhere else. */
const nanAway =
  (start: [number, number]): Evaluator =>
  (xs, ys) =>
    xs.map((x, i): Eval => {
      const home = x === start[0] && ys[i] === start[1];
      return home
        ? { value: 1, gx: 1, gy: 0, hxx: 1, hxy: 0, hyy: 1 }
        : { value: NaN, gx: NaN, gy: NaN, hxx: NaN, hxy: NaN, hyy: NaN };
    });

describe('rejected steps and stalled', () => {
  it('trust-region: rejected steps repeat the position and quarter D; stalled once D < 1e-12', () => {
    const t = runAll(
      [makeRun('trust-region', { start: [0, 0], steps: 100, tol: 0 }, { lr: 0, beta: 0, h: 0, radius: 1 })],
      nanAway([0, 0]),
    )[0];
    expect(t.status).toBe('stalled');
    // D = 4^-k; 4^-20 < 1e-12 < 4^-19
    expect(t.iterates).toHaveLength(21);
    expect(t.iterates.every((i) => i.x === 0 && i.y === 0 && i.value === 1)).toBe(true);
    expect(t.iterates.map((i) => i.radius)).toEqual(Array.from({ length: 21 }, (_, k) => 4 ** -k));
    expect(t.iterates[0].detail!.trustRegion!.rho).toBe(-Infinity);
  });
  it('lm: mu starts at 1e-3 max(diag G), rejected steps multiply it by nu = 2, 4, 8, …; stalled past 1e15 max(1, max diag G)', () => {
    // f = (x)^2 + 3*(y)^2: J = I, W = diag(1, 3), G = diag(2, 6): mu0 = 6e-3
    const sos = ast('(x)^2 + 3*(y)^2');
    const t = runAll(
      [makeRun('lm', { start: [0, 0], steps: 100, tol: 0 }, { lr: 0, beta: 0, h: 0 }, { ast: sos })],
      nanAway([0, 0]),
      () => [{ r: [0, 0], jx: [1, 0], jy: [0, 1] }],
    )[0];
    expect(t.status).toBe('stalled');
    const mus = t.iterates.map((i) => i.mu!);
    expect(mus[0]).toBeCloseTo(6e-3, 15);
    // mu_k = mu0 · 2^(1 + 2 + … + k)
    mus.forEach((mu, k) => expect(mu / (6e-3 * 2 ** ((k * (k + 1)) / 2))).toBeCloseTo(1, 12));
    expect(mus[mus.length - 1]).toBeGreaterThan(1e15 * 6);
    expect(mus[mus.length - 2]).toBeLessThanOrEqual(1e15 * 6);
    expect(t.iterates.every((i) => i.x === 0 && i.y === 0)).toBe(true);
  });
  it('lm: a large mu steps like gradient descent (−g/mu), a small one like Gauss–Newton', () => {
    const f = getSurface('rosenbrock')!.formula;
    const t = run('lm', f, [0, 0], 30, 1e-9, {}, true);
    const gn = run('gauss-newton', f, [0, 0], 1, 1e-9, {}, true);
    // at k = 3, mu = 12.8 after three rejections: the step is close to −g/(mu + G) per axis
    // (G = diag(2, 200) at the origin, g = (−2, 0)): p = (2/14.8, 0)
    expect(t.iterates[3].mu).toBeCloseTo(12.8, 12);
    expect(t.iterates[4].x).toBeCloseTo(2 / 14.8, 12);
    // near the end mu → 0 and the step is the Gauss–Newton direction, to within mu/λmin(G)
    const it = t.iterates[t.iterates.length - 2];
    expect(it.mu!).toBeLessThan(1e-2);
    const gnHere = run('gauss-newton', f, [it.x, it.y], 1, 0, {}, true).iterates[0].detail!.direction!;
    const p = it.detail!.lm!.step;
    const [a, b, , c] = it.detail!.G!;
    const lmin = (a + c) / 2 - Math.hypot((a - c) / 2, b);
    expect(Math.hypot(p[0] - gnHere[0], p[1] - gnHere[1]) / Math.hypot(gnHere[0], gnHere[1])).toBeLessThan(
      (2 * it.mu!) / lmin,
    );
    expect(gn.iterates[0].detail!.G).toEqual([2, 0, 0, 200]);
  });
});

describe('gauss-newton: G beside the true Hessian', () => {
  it('H − G = 2 Σ w_i r_i ∇²r_i, the part Gauss–Newton leaves out (Rosenbrock at (0.5, 0), by hand)', () => {
    // r = (1 − x, y − x²), w = (1, 100): at (0.5, 0) r2 = −0.25, ∇²r2 = [[−2, 0], [0, 0]], so
    // H − G = 2·100·(−0.25)·[[−2, 0], [0, 0]] = [[100, 0], [0, 0]]; G = 2 JᵀWJ with J = [[−1, 0], [−1, 1]]
    for (const f64 of [true, false]) {
      const t = run('gauss-newton', getSurface('rosenbrock')!.formula, [0.5, 0], 1, 0, {}, f64);
      const d = t.iterates[0].detail!;
      const want = [2 + 200, -200, -200, 200];
      d.G!.forEach((v, i) => expect(v).toBeCloseTo(want[i], f64 ? 12 : 3));
      const left = d.hessian!.map((h, i) => h - d.G![i]);
      [100, 0, 0, 0].forEach((v, i) => expect(left[i]).toBeCloseTo(v, f64 ? 12 : 3));
      expect(d.residuals!.r.map((r) => +r.toFixed(6))).toEqual([0.5, -0.25]);
    }
  });
});

describe('least squares on the regression surfaces', () => {
  it("gauss-newton on linear regression lands on the normal equations' solution in one step (G = H there)", () => {
    const s = getSurface('linear-regression')!;
    const min = s.critical[0];
    for (const f64 of [true, false]) {
      const t = run('gauss-newton', s.formula, s.start, 10, 1e-4, {}, f64);
      expect(t.status).toBe('converged');
      expect(t.iterates).toHaveLength(2);
      expect(t.iterates[1].x).toBeCloseTo(min.x, f64 ? 10 : 4);
      expect(t.iterates[1].y).toBeCloseTo(min.y, f64 ? 10 : 4);
    }
  });
  it('gauss-newton and lm on exp-regression end at its minimum, on tfjs', () => {
    const s = getSurface('exp-regression')!;
    const min = s.critical[0];
    for (const id of ['gauss-newton', 'lm']) {
      const t = run(id, s.formula, s.start, 100, 1e-5, {}, false);
      const end = t.iterates[t.iterates.length - 1];
      expect(t.status, id).toBe('converged');
      expect(Math.abs(end.x - min.x) + Math.abs(end.y - min.y), id).toBeLessThan(1e-3);
    }
  });
});

describe('gauss-newton and lm batched with the others', () => {
  it('runs together as one at a time; the residuals of both go out in one call per round', () => {
    const f = getSurface('beale')!.formula;
    const a = ast(f);
    const ids: OptimizerId[] = ['gauss-newton', 'lm', 'lbfgs', 'nesterov', 'cg', 'trust-region', 'bfgs'];
    const cfg = { start: [1, 1] as [number, number], steps: 40, tol: 1e-6 };
    const p = { lr: 0.01, beta: 0.9, h: 1e-3 };
    let calls = 0;
    const counting: typeof residuals64 = (sos, xs, ys) => {
      calls++;
      return residuals64(sos, xs, ys);
    };
    const together = runAll(
      ids.map((id) => makeRun(id, cfg, p, { ast: a })),
      float64(f),
      counting,
    );
    const rounds = calls;
    ids.forEach((id, i) => {
      const alone = runAll([makeRun(id, cfg, p, { ast: a })], float64(f), residuals64)[0];
      expect(together[i].optimizer).toBe(id);
      expect(together[i].iterates.map((t) => [t.x, t.y])).toEqual(alone.iterates.map((t) => [t.x, t.y]));
    });
    // gauss-newton asks for residuals once per step, lm once per iteration: sharing rounds, the
    // calls are fewer than their sum
    const gnSteps = together[0].iterates.length;
    const lmSteps = together[1].iterates.length;
    expect(rounds).toBeLessThan(gnSteps + lmSteps);
  });
});
