// Mini-batch stochastic gradient descent (CONTRACT §5 `sgd`): x <- x - lr*gB, gB the mean gradient
// of the per-point losses over a mini-batch; epochs are Fisher–Yates permutations driven by
// mulberry32, so a run is reproducible from its seed. Also the spread of mini-batch gradients.
import { evalPointLosses, type PointLosses } from '../data-loss';
import type { DataRows, RegressionId } from '../regression';
import { evalAt, optimize } from './common';
import type { Eval, OptGen, Request, RunConfig, StepDetail, Trajectory } from './types';

/**
 * mulberry32 exactly as the contract defines it (unsigned 32-bit arithmetic, `Math.imul` for the
 * low 32 bits of products): a <- a + 0x6D2B79F5; t = a; t = (t ^ t>>>15) * (t | 1);
 * t ^= t + (t ^ t>>>7) * (t | 61); u = (t ^ t>>>14) / 2^32, with a starting at `seed`.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of 0..n-1 by Fisher–Yates from the identity (the contract's epoch order, which
 * the reference run confirms: each epoch starts again from 0..n-1): for i = n-1 down to 1,
 * j = floor(u*(i+1)), swap(i, j).
 */
export function shuffle(n: number, rng: () => number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i >= 1; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

export interface SgdParams {
  lr: number;
  /** mini-batch size, 1 to n (clamped to that range) */
  batch: number;
  /** mulberry32's seed, an integer 0 to 2^32 - 1 */
  seed: number;
}

/** What sgd did at an iterate, for the teaching panels (added to StepDetail). */
export interface SgdDetail extends StepDetail {
  /** the rows of the mini-batch used for the step from this iterate (0-based) */
  batch: number[];
  /** its mean gradient gB, and the full gradient ∇f at the iterate */
  batchGradient: [number, number];
  fullGradient: [number, number];
  /** the epoch of this step, from 1, and the batch's place in it, from 0 (0: a new epoch began) */
  epoch: number;
  batchInEpoch: number;
}

/** The mean gradient of the per-point losses of `rows` (0-based indices) at (x, y). */
export type BatchGradient = (x: number, y: number, rows: readonly number[]) => [number, number];

/** The mini-batches of a run, epoch after epoch: consecutive slices of each epoch's permutation. */
export function* batches(
  n: number,
  batch: number,
  seed: number,
): Generator<{ rows: number[]; epoch: number; index: number }> {
  const rng = mulberry32(seed); // one generator for the whole run, continued across epochs
  const b = Math.max(1, Math.min(n, Math.floor(batch)));
  if (n < 1) for (;;) yield { rows: [], epoch: 1, index: 0 }; // no data: NaN gradients, `diverged`
  for (let epoch = 1; ; epoch++) {
    const perm = shuffle(n, rng);
    for (let at = 0, index = 0; at < n; at += b, index++) yield { rows: perm.slice(at, at + b), epoch, index };
  }
}

/**
 * sgd as an optimizer generator (optimizers/types.ts): it asks, like gd, for f and ∇f of the full
 * loss at each iterate (so the recorded value, gradient norm and stop test are the full loss's),
 * and gets each mini-batch gradient from `batchGradient` over `n` data rows.
 */
export function sgd(cfg: RunConfig, p: SgdParams, n: number, batchGradient: BatchGradient): OptGen {
  const schedule = batches(n, p.batch, p.seed);
  return optimize('sgd', { lr: p.lr, batch: p.batch, seed: p.seed }, cfg, 1, function* (x, y, e) {
    const { rows, epoch, index } = schedule.next().value as { rows: number[]; epoch: number; index: number };
    const gB = batchGradient(x, y, rows);
    const d: [number, number] = [-p.lr * gB[0], -p.lr * gB[1]];
    const nx = x + d[0];
    const ny = y + d[1];
    const detail: SgdDetail = {
      direction: d,
      batch: rows,
      batchGradient: gB,
      fullGradient: [e.gx, e.gy],
      epoch,
      batchInEpoch: index,
    };
    return { x: nx, y: ny, e: yield* evalAt(nx, ny, 1), detail };
  });
}

/** Every row's loss and gradient at a point. */
export type PointLossEvaluator = (x: number, y: number) => PointLosses;

/** The mean of the per-point values or gradients over `rows` (all rows where omitted), in float64. */
function mean(a: ArrayLike<number>, rows?: readonly number[]): number {
  let s = 0;
  if (rows) {
    for (const i of rows) s += a[i];
    return s / rows.length;
  }
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}

/** The evaluator remembering its last point: sgd asks for the batch gradient at the iterate it has
 *  just had evaluated, so one evaluation serves both. */
function remembered(perPoint: PointLossEvaluator): PointLossEvaluator {
  let last: { x: number; y: number; q: PointLosses } | null = null;
  return (x, y) => {
    if (!last || last.x !== x || last.y !== y) last = { x, y, q: perPoint(x, y) };
    return last.q;
  };
}

/** The mini-batch gradient from a per-point evaluator: the mean of the rows' gradients. */
export function batchGradientFrom(perPoint: PointLossEvaluator): BatchGradient {
  const at = remembered(perPoint);
  return (x, y, rows) => {
    const q = at(x, y);
    return [mean(q.gx, rows), mean(q.gy, rows)];
  };
}

/** The mini-batch gradient of a regression surface's rows, on tfjs (data as tensors). */
export function regressionBatchGradient(id: RegressionId, rows: DataRows): BatchGradient {
  return batchGradientFrom((x, y) => evalPointLosses(id, rows, x, y));
}

/**
 * One sgd run to its end, driven here, from per-point losses only: at each iterate one evaluation
 * of every row's loss and gradient gives the full f and ∇f (their means, summed in float64) and
 * the mini-batch gradient. By default on tfjs with the data as tensors (data-loss.ts); `perPoint`
 * replaces it (a float64 reference in the tests).
 */
export function runSgd(
  id: RegressionId,
  rows: DataRows,
  cfg: RunConfig,
  p: SgdParams,
  perPoint: PointLossEvaluator = (x, y) => evalPointLosses(id, rows, x, y),
): Trajectory {
  const at = remembered(perPoint);
  const evaluate = (req: Request): Eval[] =>
    req.points.map(([x, y]) => {
      const q = at(x, y);
      return { value: mean(q.values), gx: mean(q.gx), gy: mean(q.gy), hxx: NaN, hxy: NaN, hyy: NaN };
    });
  const run = sgd(cfg, p, rows.length, batchGradientFrom(at));
  let r = run.next([]);
  while (!r.done) r = run.next(evaluate(r.value));
  return r.value;
}

// ---------------------------------------------------------------------------------------------
// The noise of mini-batch gradients, for the "cloud" around the full gradient.

/** How much of a batch of 1's covariance a batch of b drawn without replacement from n keeps:
 *  (n − b)/(b (n − 1)), 0 for n ≤ 1. */
const batchShare = (n: number, b: number) => (n > 1 ? (n - b) / (b * (n - 1)) : 0);

/**
 * The mean and covariance of the mini-batch gradient over all batches of size b drawn without
 * replacement from n per-point gradients g_i: the mean is the full gradient ḡ, and
 * cov = (n - b)/(b (n - 1)) · S with S = (1/n) Σ (g_i - ḡ)(g_i - ḡ)ᵀ (the finite-population
 * correction: 0 for b = n, S for b = 1). cov is [cxx, cxy, cyy].
 */
export function miniBatchSpread(
  gx: ArrayLike<number>,
  gy: ArrayLike<number>,
  b: number,
): { mean: [number, number]; cov: [number, number, number] } {
  const n = gx.length;
  const mx = mean(gx);
  const my = mean(gy);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = gx[i] - mx;
    const dy = gy[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const bb = Math.max(1, Math.min(n, Math.floor(b)));
  const c = batchShare(n, bb) / n;
  return { mean: [mx, my], cov: [c * sxx, c * sxy, c * syy] };
}

/** miniBatchSpread at a point of a regression surface, on tfjs. */
export function regressionSpread(id: RegressionId, rows: DataRows, x: number, y: number, b: number) {
  const p = evalPointLosses(id, rows, x, y);
  return miniBatchSpread(p.gx, p.gy, b);
}

/**
 * The ellipse {mean + v : vᵀ cov⁻¹ v = k²} of a 2×2 covariance: its semi-axes (k √λ, largest
 * first) and the angle of the first from the +x axis, in radians.
 */
export function covarianceEllipse([a, b, c]: readonly [number, number, number], k = 2) {
  const m = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  const l1 = m + r;
  const l2 = Math.max(0, m - r);
  // (b, l1 - a) is an eigenvector of l1; with b = 0 this gives 0 or π/2 as the larger diagonal
  const angle = r === 0 ? 0 : Math.atan2(l1 - a, b);
  return { radii: [k * Math.sqrt(Math.max(0, l1)), k * Math.sqrt(l2)] as [number, number], angle };
}

/**
 * The size of the mini-batch noise for every batch size b = 1..n: √trace(cov(b)), with
 * cov(b) = (n − b)/(b (n − 1)) · S from the covariance of a batch of 1, `cov1` = S.
 */
export function noiseByBatch(cov1: readonly [number, number, number], n: number): number[] {
  const t = cov1[0] + cov1[2];
  return Array.from({ length: n }, (_, i) => {
    const b = i + 1;
    return Math.sqrt(Math.max(0, batchShare(n, b) * t));
  });
}
