// sgd (CONTRACT §5): mulberry32 and Fisher–Yates against independent implementations and published
// values, the reference run of reference-v2.json iterate by iterate on tfjs, more runs against a
// plain float64 re-implementation of the contract's text, the per-point evaluation against the
// formulas, and the mini-batch spread against enumeration of every batch.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataParam } from '../data';
import { evalMeanLoss, evalPointLosses } from '../data-loss';
import { evalPoints } from '../evaluate';
import { parseFormula } from '../formula/parse';
import { sameTree } from '../formula/print';
import { pointLossAsts, regressionAst, type RegressionId } from '../regression';
import { surfaceData } from '../surfaces';
import { useCpu } from '../test-setup';
import {
  batches,
  covarianceEllipse,
  miniBatchSpread,
  noiseByBatch,
  mulberry32,
  regressionBatchGradient,
  regressionSpread,
  runSgd,
  sgd,
  shuffle,
  type PointLossEvaluator,
  type SgdDetail,
} from './sgd';

beforeAll(useCpu);

// ---------------------------------------------------------------------------------------------
// Independent implementations, written from the contract's text.

/** mulberry32 in BigInt arithmetic modulo 2^32 (no Math.imul, no >>> tricks). */
function mulberryBig(seed: number): () => number {
  const M = (1n << 32n) - 1n;
  let a = BigInt(seed) & M;
  return () => {
    a = (a + 0x6d2b79f5n) & M;
    let t = a;
    t = ((t ^ (t >> 15n)) * (t | 1n)) & M;
    t = (t ^ ((t + (((t ^ (t >> 7n)) * (t | 61n)) & M)) & M)) & M;
    return Number(t ^ (t >> 14n)) / 2 ** 32;
  };
}

type Row = number[];

/** The per-point loss f_i and its gradient, by hand (CONTRACT §4 "Data"). */
function pointLoss(id: RegressionId, r: Row, x: number, y: number): [number, number, number] {
  if (id === 'linear-regression') {
    const e = x * r[0] + y - r[1];
    return [e * e, 2 * e * r[0], 2 * e];
  }
  if (id === 'exp-regression') {
    const E = Math.exp(-y * r[0]);
    const e = x * E - r[1];
    return [e * e, 2 * e * E, -2 * e * x * r[0] * E];
  }
  const z = -r[2] * (x * r[0] + y * r[1]);
  const s = 1 / (1 + Math.exp(-z));
  return [Math.log(1 + Math.exp(z)), -r[2] * r[0] * s, -r[2] * r[1] * s];
}

interface PlainIterate {
  x: number;
  y: number;
  value: number;
  gradNorm: number;
}

/** sgd exactly as CONTRACT §5 words it, in plain float64. */
function plainSgd(
  id: RegressionId,
  rows: Row[],
  start: [number, number],
  lr: number,
  batch: number,
  seed: number,
  steps: number,
  tol: number,
): { status: string; iterates: PlainIterate[]; batches: number[][] } {
  const n = rows.length;
  const rng = mulberryBig(seed);
  const fullAt = (x: number, y: number) => {
    let f = 0;
    let gx = 0;
    let gy = 0;
    for (const r of rows) {
      const [v, a, b] = pointLoss(id, r, x, y);
      f += v;
      gx += a;
      gy += b;
    }
    return [f / n, gx / n, gy / n];
  };
  let [x, y] = start;
  const iterates: PlainIterate[] = [];
  const used: number[][] = [];
  let queue: number[][] = [];
  for (let k = 0; ; k++) {
    const [f, gx, gy] = fullAt(x, y);
    const gn = Math.sqrt(gx * gx + gy * gy);
    iterates.push({ x, y, value: f, gradNorm: gn });
    if (![x, y, f, gn].every(Number.isFinite)) return { status: 'diverged', iterates, batches: used };
    if (gn <= tol) return { status: 'converged', iterates, batches: used };
    if (k >= steps) return { status: 'max-steps', iterates, batches: used };
    if (queue.length === 0) {
      // each epoch: Fisher–Yates over 0..n-1, then consecutive slices of `batch`
      const p: number[] = [];
      for (let i = 0; i < n; i++) p.push(i);
      for (let i = n - 1; i >= 1; i--) {
        const j = Math.floor(rng() * (i + 1));
        [p[i], p[j]] = [p[j], p[i]];
      }
      for (let at = 0; at < n; at += batch) queue.push(p.slice(at, at + batch));
    }
    const B = queue[0];
    queue = queue.slice(1);
    used.push(B);
    let bx = 0;
    let by = 0;
    for (const i of B) {
      const [, a, b] = pointLoss(id, rows[i], x, y);
      bx += a;
      by += b;
    }
    x -= (lr * bx) / B.length;
    y -= (lr * by) / B.length;
  }
}

/** A float64 per-point evaluator from the hand-written losses, for driving runSgd exactly. */
function plainPerPoint(id: RegressionId, rows: Row[]): PointLossEvaluator {
  return (x, y) => {
    const n = rows.length;
    const out = { values: new Float64Array(n), gx: new Float64Array(n), gy: new Float64Array(n) };
    rows.forEach((r, i) => {
      [out.values[i], out.gx[i], out.gy[i]] = pointLoss(id, r, x, y);
    });
    return out;
  };
}

// ---------------------------------------------------------------------------------------------

describe('mulberry32', () => {
  it('matches a BigInt implementation of the contract’s definition', () => {
    for (const seed of [0, 1, 2, 42, 123456789, 2 ** 31, 4294967295]) {
      const a = mulberry32(seed);
      const b = mulberryBig(seed);
      for (let i = 0; i < 2000; i++) expect(a()).toBe(b());
    }
  });

  it('gives the published values', () => {
    // From a public test suite of mulberry32 (seed 42: five draws; seed 1: the first), and
    // reproduced independently by a Python implementation of the contract's formula.
    const r = mulberry32(42);
    expect([r(), r(), r(), r(), r()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693, 0.17481389874592423,
    ]);
    expect(mulberry32(1)()).toBe(0.6270739405881613);
  });

  it('draws in [0, 1), spread evenly', () => {
    const r = mulberry32(7);
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 100000; i++) {
      const u = r();
      expect(u >= 0 && u < 1).toBe(true);
      bins[Math.floor(u * 10)]++;
    }
    for (const c of bins) expect(Math.abs(c - 10000)).toBeLessThan(500);
  });
});

describe('shuffle and batches', () => {
  it('is Fisher–Yates from the identity, a permutation', () => {
    const rng = mulberry32(3);
    const check = mulberryBig(3);
    for (const n of [1, 2, 5, 8, 13]) {
      const p = shuffle(n, rng);
      const q = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i >= 1; i--) {
        const j = Math.floor(check() * (i + 1));
        [q[i], q[j]] = [q[j], q[i]];
      }
      expect(p).toEqual(q);
      expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('gives every ordering of 3 about equally often', () => {
    const rng = mulberry32(11);
    const count = new Map<string, number>();
    for (let i = 0; i < 60000; i++) {
      const k = shuffle(3, rng).join('');
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    expect(count.size).toBe(6);
    for (const c of count.values()) expect(Math.abs(c - 10000)).toBeLessThan(400);
  });

  it('slices each epoch into consecutive batches, the last shorter, one generator throughout', () => {
    const got = batches(5, 2, 9);
    const rng = mulberry32(9);
    for (let epoch = 1; epoch <= 3; epoch++) {
      const p = shuffle(5, rng);
      expect(got.next().value).toEqual({ rows: p.slice(0, 2), epoch, index: 0 });
      expect(got.next().value).toEqual({ rows: p.slice(2, 4), epoch, index: 1 });
      expect(got.next().value).toEqual({ rows: p.slice(4), epoch, index: 2 });
    }
  });
});

// ---------------------------------------------------------------------------------------------

interface RefRun {
  surface: string;
  data: string;
  formula: string;
  start: [number, number];
  opt: string;
  params: { lr: number; batch: number; seed: number };
  steps: number;
  tol: number;
  status: string;
  iterates: { k: number; x: number; y: number; value: number; gradNorm: number }[];
}

// The shared reference beside the checkout, else the copy of its sgd runs kept in the repo.
const shared = fileURLToPath(new URL('../../../../shared/reference/reference-v2.json', import.meta.url));
const local = fileURLToPath(new URL('../fixtures/reference-v2-sgd.json', import.meta.url));
const REF_RUNS = (
  JSON.parse(readFileSync(existsSync(shared) ? shared : local, 'utf8')) as { trajectories: RefRun[] }
).trajectories.filter((t) => t.opt === 'sgd');

/** |a − b| ≤ rel · max(1, |b|, scale). */
const near = (a: number, b: number, rel: number, scale = 0) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b), scale);

describe('the reference sgd run (reference-v2.json)', () => {
  it('is there', () => expect(REF_RUNS.length).toBeGreaterThan(0));

  for (const ref of REF_RUNS) {
    it(`${ref.surface}, batch ${ref.params.batch}, seed ${ref.params.seed}: iterate by iterate on tfjs (float32)`, () => {
      const id = ref.surface as RegressionId;
      const parsed = parseDataParam(ref.data, id);
      if (!parsed.ok) throw new Error(parsed.message);
      const rows = parsed.rows;
      // the formula the reference names is the one built from its data
      const f = parseFormula(ref.formula);
      expect(f.ok && sameTree(f.ast, regressionAst(id, rows))).toBe(true);

      const run = runSgd(id, rows, { start: ref.start, steps: ref.steps, tol: ref.tol }, ref.params);
      expect(run.optimizer).toBe('sgd');
      expect(run.params).toEqual(ref.params);
      expect(run.status).toBe(ref.status);
      expect(run.iterates).toHaveLength(ref.iterates.length);
      const scale = Math.hypot(...ref.start);
      run.iterates.forEach((it, k) => {
        const r = ref.iterates[k];
        expect(it.k).toBe(r.k);
        expect(near(it.x, r.x, 1e-5, scale), `x at ${k}: ${it.x} vs ${r.x}`).toBe(true);
        expect(near(it.y, r.y, 1e-5, scale), `y at ${k}: ${it.y} vs ${r.y}`).toBe(true);
        expect(near(it.value, r.value, 1e-4, ref.iterates[0].value * 1e-2), `f at ${k}`).toBe(true);
        expect(near(it.gradNorm, r.gradNorm, 1e-4, ref.iterates[0].gradNorm * 1e-2), `|g| at ${k}`).toBe(true);
      });
    });

    it('and exactly (1e-12) when driven by a float64 per-point evaluator', () => {
      const id = ref.surface as RegressionId;
      const rows = (parseDataParam(ref.data, id) as { rows: number[][] }).rows;
      const run = runSgd(
        id,
        rows,
        { start: ref.start, steps: ref.steps, tol: ref.tol },
        ref.params,
        plainPerPoint(id, rows),
      );
      expect(run.status).toBe(ref.status);
      run.iterates.forEach((it, k) => {
        const r = ref.iterates[k];
        expect(Math.abs(it.x - r.x)).toBeLessThan(1e-12);
        expect(Math.abs(it.y - r.y)).toBeLessThan(1e-12);
        expect(Math.abs(it.value - r.value)).toBeLessThan(1e-12 * Math.max(1, r.value));
        expect(Math.abs(it.gradNorm - r.gradNorm)).toBeLessThan(1e-12 * Math.max(1, r.gradNorm));
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------

const LIN = surfaceData('linear-regression') as number[][];
const LOG = surfaceData('logistic-regression') as number[][];
const DEC = surfaceData('exp-regression') as number[][];

const CASES: {
  id: RegressionId;
  rows: number[][];
  start: [number, number];
  lr: number;
  batch: number;
  seed: number;
  steps: number;
  tol: number;
}[] = [
  { id: 'linear-regression', rows: LIN, start: [-0.5, 2.5], lr: 0.05, batch: 3, seed: 1, steps: 60, tol: 1e-5 },
  { id: 'linear-regression', rows: LIN, start: [-0.5, 2.5], lr: 0.05, batch: 1, seed: 0, steps: 60, tol: 1e-5 },
  { id: 'linear-regression', rows: LIN, start: [3, 2], lr: 0.1, batch: 8, seed: 4294967295, steps: 500, tol: 1e-3 },
  { id: 'logistic-regression', rows: LOG, start: [-2, -2], lr: 1, batch: 2, seed: 7, steps: 80, tol: 1e-5 },
  { id: 'logistic-regression', rows: LOG, start: [-2, -2], lr: 1, batch: 5, seed: 123, steps: 80, tol: 1e-5 },
  { id: 'exp-regression', rows: DEC, start: [0.5, 2], lr: 0.3, batch: 3, seed: 2026, steps: 100, tol: 1e-5 },
  { id: 'exp-regression', rows: DEC, start: [1, 1], lr: 0.2, batch: 1, seed: 5, steps: 100, tol: 1e-5 },
];

describe('sgd against a plain float64 implementation of the contract', () => {
  it.each(CASES.map((c) => [`${c.id} batch ${c.batch} seed ${c.seed}`, c] as const))('%s', (_, c) => {
    const cfg = { start: c.start, steps: c.steps, tol: c.tol };
    const p = { lr: c.lr, batch: c.batch, seed: c.seed };
    const want = plainSgd(c.id, c.rows, c.start, c.lr, c.batch, c.seed, c.steps, c.tol);

    // driven by float64 per-point losses: the same numbers to rounding, the same batches
    const exact = runSgd(c.id, c.rows, cfg, p, plainPerPoint(c.id, c.rows));
    expect(exact.status).toBe(want.status);
    expect(exact.iterates).toHaveLength(want.iterates.length);
    exact.iterates.forEach((it, k) => {
      expect(Math.abs(it.x - want.iterates[k].x)).toBeLessThan(1e-11);
      expect(Math.abs(it.y - want.iterates[k].y)).toBeLessThan(1e-11);
      if (k < want.batches.length) expect((it.detail as SgdDetail).batch).toEqual(want.batches[k]);
    });

    // on tfjs in float32: a prefix iterate by iterate (no line search, so no borderline choices),
    // then the end
    const run = runSgd(c.id, c.rows, cfg, p);
    expect(run.status).toBe(want.status);
    const prefix = Math.min(run.iterates.length, want.iterates.length, 40);
    for (let k = 0; k < prefix; k++) {
      const it = run.iterates[k];
      const w = want.iterates[k];
      expect(near(it.x, w.x, 2e-5, 4), `x at ${k}`).toBe(true);
      expect(near(it.y, w.y, 2e-5, 4), `y at ${k}`).toBe(true);
      expect(near(it.value, w.value, 1e-4), `f at ${k}`).toBe(true);
    }
    const a = run.iterates[run.iterates.length - 1];
    const b = want.iterates[want.iterates.length - 1];
    expect(near(a.x, b.x, 1e-3, 4) && near(a.y, b.y, 1e-3, 4), `end (${a.x}, ${a.y}) vs (${b.x}, ${b.y})`).toBe(true);
  });

  it('plugs into the generator protocol: full loss from the formula, batch gradients from the data', () => {
    // The registry's way: the driver evaluates the surface's formula for every optimizer; sgd
    // takes its mini-batch gradients from regressionBatchGradient.
    const c = CASES[5];
    const ast = regressionAst(c.id, c.rows);
    const run = sgd({ start: c.start, steps: 30, tol: c.tol }, c, c.rows.length, regressionBatchGradient(c.id, c.rows));
    let r = run.next([]);
    while (!r.done) {
      const { points, order } = r.value;
      const v = evalPoints(
        ast,
        points.map((q) => q[0]),
        points.map((q) => q[1]),
        order,
      );
      r = run.next(points.map((_, i) => ({ value: v.v[i], gx: v.gx![i], gy: v.gy![i], hxx: NaN, hxy: NaN, hyy: NaN })));
    }
    const want = plainSgd(c.id, c.rows, c.start, c.lr, c.batch, c.seed, 30, c.tol);
    expect(r.value.params).toEqual({ lr: c.lr, batch: c.batch, seed: c.seed });
    r.value.iterates.forEach((it, k) => {
      expect(near(it.x, want.iterates[k].x, 2e-5, 4) && near(it.y, want.iterates[k].y, 2e-5, 4), `at ${k}`).toBe(true);
      expect(near(it.value, want.iterates[k].value, 1e-4)).toBe(true);
    });
  });

  it('records the teaching details: batch, its gradient, the full gradient, the epoch', () => {
    const c = CASES[0];
    const run = runSgd(c.id, c.rows, { start: c.start, steps: 12, tol: c.tol }, { lr: c.lr, batch: 3, seed: 1 });
    const perPoint = plainPerPoint(c.id, c.rows);
    const epochs: number[] = [];
    run.iterates.slice(0, -1).forEach((it) => {
      const d = it.detail as SgdDetail;
      const q = perPoint(it.x, it.y);
      const mean = (a: ArrayLike<number>, idx: number[]) => idx.reduce((s, i) => s + a[i], 0) / idx.length;
      const all = Array.from({ length: c.rows.length }, (_, i) => i);
      expect(near(d.batchGradient[0], mean(q.gx, d.batch), 1e-5)).toBe(true);
      expect(near(d.batchGradient[1], mean(q.gy, d.batch), 1e-5)).toBe(true);
      expect(near(d.fullGradient[0], mean(q.gx, all), 1e-5)).toBe(true);
      expect(near(Math.hypot(...d.fullGradient), it.gradNorm, 1e-6)).toBe(true);
      expect(d.direction).toEqual([-c.lr * d.batchGradient[0], -c.lr * d.batchGradient[1]]);
      epochs.push(d.epoch);
    });
    expect(run.iterates[run.iterates.length - 1].detail).toBeUndefined();
    // 8 rows in batches of 3: 3, 3, 2 per epoch
    expect(run.iterates.slice(0, -1).map((it) => (it.detail as SgdDetail).batch.length)).toEqual([
      3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2,
    ]);
    expect(epochs).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });

  it('with the whole data set as its batch it is gd, and its stop test reads the full gradient', () => {
    const rows = LIN;
    const run = runSgd(
      'linear-regression',
      rows,
      { start: [3, 2], steps: 2000, tol: 1e-4 },
      { lr: 0.15, batch: 8, seed: 5 },
      plainPerPoint('linear-regression', rows),
    );
    expect(run.status).toBe('converged');
    let [x, y] = [3, 2];
    for (const it of run.iterates) {
      expect(it.x).toBeCloseTo(x, 12);
      expect(it.y).toBeCloseTo(y, 12);
      let gx = 0;
      let gy = 0;
      for (const r of rows) {
        const [, a, b] = pointLoss('linear-regression', r, x, y);
        gx += a / rows.length;
        gy += b / rows.length;
      }
      x -= 0.15 * gx;
      y -= 0.15 * gy;
    }
    expect(run.iterates[run.iterates.length - 1].gradNorm).toBeLessThanOrEqual(1e-4);
    expect(run.iterates[run.iterates.length - 2].gradNorm).toBeGreaterThan(1e-4);
  });

  it('diverges with too large a step, and stops there', () => {
    const run = runSgd(
      'linear-regression',
      LIN,
      { start: [0, 0], steps: 1000, tol: 1e-5 },
      { lr: 2, batch: 1, seed: 1 },
    );
    expect(run.status).toBe('diverged');
    expect(run.iterates.length).toBeLessThan(1000);
  });
});

// ---------------------------------------------------------------------------------------------

describe('per-point losses on tfjs', () => {
  it.each([
    ['linear-regression', LIN],
    ['logistic-regression', LOG],
    ['exp-regression', DEC],
  ] as const)('%s: each row’s loss and gradient are its formula’s, and the mean is the surface', (id, rows) => {
    const asts = pointLossAsts(id, rows);
    for (const [x, y] of [
      [0.7, -0.3],
      [2, 0.5],
      [-1, 1.5],
    ]) {
      const p = evalPointLosses(id, rows, x, y);
      asts.forEach((a, i) => {
        const want = evalPoints(a, [x], [y], 1);
        expect(near(p.values[i], want.v[0], 1e-5)).toBe(true);
        expect(near(p.gx[i], (want.gx as Float32Array)[0], 1e-5)).toBe(true);
        expect(near(p.gy[i], (want.gy as Float32Array)[0], 1e-5)).toBe(true);
        const [f, gx, gy] = pointLoss(id, rows[i], x, y);
        expect(near(p.values[i], f, 1e-5) && near(p.gx[i], gx, 1e-5) && near(p.gy[i], gy, 1e-5)).toBe(true);
      });
    }
    // the mean with its Hessian at several points at once, against the whole formula
    const xs = [0.7, 2, -1, 1.2];
    const ys = [-0.3, 0.5, 1.5, 0.9];
    const mean = evalMeanLoss(id, rows, xs, ys, 2);
    const whole = evalPoints(regressionAst(id, rows), xs, ys, 2);
    mean.forEach((m, i) => {
      const s = Math.max(1, Math.abs(whole.v[i]));
      expect(near(m.value, whole.v[i], 1e-5)).toBe(true);
      expect(near(m.gx, (whole.gx as Float32Array)[i], 1e-5, s)).toBe(true);
      expect(near(m.gy, (whole.gy as Float32Array)[i], 1e-5, s)).toBe(true);
      expect(near(m.hxx, (whole.hxx as Float32Array)[i], 1e-5, s)).toBe(true);
      expect(near(m.hxy, (whole.hxy as Float32Array)[i], 1e-5, s)).toBe(true);
      expect(near(m.hyy, (whole.hyy as Float32Array)[i], 1e-5, s)).toBe(true);
    });
    expect(Number.isNaN(evalMeanLoss(id, rows, [0], [0], 0)[0].gx)).toBe(true);
  });

  it('handles 500 rows in one pass', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [i / 100, 1 + Math.sin(i)]);
    const p = evalPointLosses('linear-regression', rows, 0.3, 0.2);
    expect(p.values).toHaveLength(500);
    const [f] = pointLoss('linear-regression', rows[499], 0.3, 0.2);
    expect(near(p.values[499], f, 1e-5)).toBe(true);
    const [m] = evalMeanLoss('linear-regression', rows, [0.3], [0.2], 1);
    const want = rows.reduce((s, r) => s + pointLoss('linear-regression', r, 0.3, 0.2)[0], 0) / 500;
    expect(near(m.value, want, 1e-5)).toBe(true);
  });
});

describe('the spread of mini-batch gradients', () => {
  /** Mean and covariance over every b-subset of the rows, by enumeration. */
  function enumerate(gx: number[], gy: number[], b: number) {
    const n = gx.length;
    const all: [number, number][] = [];
    const pick = (from: number, chosen: number[]) => {
      if (chosen.length === b) {
        all.push([chosen.reduce((s, i) => s + gx[i], 0) / b, chosen.reduce((s, i) => s + gy[i], 0) / b]);
        return;
      }
      for (let i = from; i < n; i++) pick(i + 1, [...chosen, i]);
    };
    pick(0, []);
    const mx = all.reduce((s, g) => s + g[0], 0) / all.length;
    const my = all.reduce((s, g) => s + g[1], 0) / all.length;
    const c = [0, 0, 0];
    for (const [a, d] of all) {
      c[0] += (a - mx) ** 2 / all.length;
      c[1] += ((a - mx) * (d - my)) / all.length;
      c[2] += (d - my) ** 2 / all.length;
    }
    return { mean: [mx, my], cov: c };
  }

  it('matches the mean and covariance over every batch of size b (without replacement)', () => {
    const rows = LIN;
    const q = plainPerPoint('linear-regression', rows)(0.5, 1.5);
    const gx = Array.from(q.gx);
    const gy = Array.from(q.gy);
    for (const b of [1, 2, 3, 5, 8]) {
      const got = miniBatchSpread(gx, gy, b);
      const want = enumerate(gx, gy, b);
      expect(got.mean[0]).toBeCloseTo(want.mean[0], 12);
      expect(got.mean[1]).toBeCloseTo(want.mean[1], 12);
      for (let i = 0; i < 3; i++) expect(got.cov[i]).toBeCloseTo(want.cov[i], 12);
    }
    expect(miniBatchSpread(gx, gy, 8).cov).toEqual([0, 0, 0]);
  });

  it('on tfjs at a point of a surface, shrinking with the batch', () => {
    const a = regressionSpread('exp-regression', DEC, 1, 1, 1);
    const b = regressionSpread('exp-regression', DEC, 1, 1, 4);
    expect(b.cov[0]).toBeLessThan(a.cov[0]);
    // (n - b)/(b(n - 1)): 1 for b = 1, 4/28 for b = 4
    expect(b.cov[0] / a.cov[0]).toBeCloseTo(4 / 28, 5);
    const want = miniBatchSpread(
      ...(() => {
        const q = plainPerPoint('exp-regression', DEC)(1, 1);
        return [Array.from(q.gx), Array.from(q.gy)] as const;
      })(),
      1,
    );
    expect(near(a.cov[2], want.cov[2], 1e-4)).toBe(true);
  });

  it('draws the covariance ellipse along its eigenvectors', () => {
    // cov = R diag(4, 1) Rᵀ, R a rotation by 30°
    const t = Math.PI / 6;
    const [c, s] = [Math.cos(t), Math.sin(t)];
    const cov: [number, number, number] = [4 * c * c + s * s, 3 * c * s, 4 * s * s + c * c];
    const e = covarianceEllipse(cov, 2);
    expect(e.radii[0]).toBeCloseTo(4, 12);
    expect(e.radii[1]).toBeCloseTo(2, 12);
    expect(e.angle).toBeCloseTo(t, 12);
    expect(covarianceEllipse([1, 0, 9], 1)).toEqual({ radii: [3, 1], angle: Math.PI / 2 });
    expect(covarianceEllipse([0, 0, 0]).radii).toEqual([0, 0]);
  });
});

describe('noiseByBatch', () => {
  it('is √trace of the covariance of the batch mean over every batch of b, enumerated (n = 5)', () => {
    const gx = [1, -2, 0.5, 3, -1];
    const gy = [0, 1, 2, -1, 4];
    const n = gx.length;
    const noise = noiseByBatch(miniBatchSpread(gx, gy, 1).cov, n);
    const mx = gx.reduce((a, v) => a + v, 0) / n;
    const my = gy.reduce((a, v) => a + v, 0) / n;
    // every subset of size b, by bit masks
    for (let b = 1; b <= n; b++) {
      let sum = 0;
      let count = 0;
      for (let mask = 0; mask < 1 << n; mask++) {
        const idx = [...Array(n).keys()].filter((i) => mask & (1 << i));
        if (idx.length !== b) continue;
        const bx = idx.reduce((a, i) => a + gx[i], 0) / b;
        const by = idx.reduce((a, i) => a + gy[i], 0) / b;
        sum += (bx - mx) ** 2 + (by - my) ** 2;
        count++;
      }
      expect(noise[b - 1]).toBeCloseTo(Math.sqrt(sum / count), 12);
    }
    expect(noise[n - 1]).toBe(0);
  });
});
