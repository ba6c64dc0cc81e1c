// Newton basins: Newton's method (or damped Newton) from every start of a grid at once, as
// batched tfjs tensors (the 2×2 solve and eigen-decomposition written as elementwise tensor
// ops), then each start labelled by where it ended: a known critical point of the catalog, a
// critical point found by clustering the end points (classified by its Hessian), divergence,
// or no limit within the iterations. The steps follow CONTRACT §5 (newton, damped-newton).
import * as tf from '@tensorflow/tfjs-core';
import { axis } from './evaluate';
import type { Node } from './formula/ast';
import { classify, eigSym2 } from './hessian';
import {
  add,
  derivatives,
  disposeConstants,
  div,
  evalJet64,
  max,
  mul,
  operand as k,
  sq,
  sub,
  unary,
  withConstants,
  type C,
  type Constants,
} from './jet';
import type { CriticalPoint, Domain } from './surfaces-types';

export type BasinMethod = 'newton' | 'damped-newton';

/** A result of the jet arithmetic that is a tensor here (its operands are tensors). */
const asT = (c: C): tf.Tensor => c as tf.Tensor;

/** Backtracking trials per damped step, all evaluated in one batch: t = 1, 1/2, …, 2^-(M-1). */
export const BASIN_TRIALS = 20;
const ARMIJO_C = 1e-4;
const EIGEN_FLOOR = 1e-4;

/** The live iterates of a basin computation. Owned by the caller. */
export interface BasinState {
  /** the starts still moving (the grid indices in `active`, in order): position and the
   *  length of the last step taken */
  X: tf.Tensor1D;
  Y: tf.Tensor1D;
  step: tf.Tensor1D;
  iterations: number;
  /** every start, host side: where it ended and its last step. The starts that stopped
   *  moving (settleBasins) are final here; the moving ones are filled in by readBasinEnds. */
  ends: BasinEnds;
  /** grid indices of the starts in X, Y and step; null: every start, in grid order */
  active: Int32Array | null;
  /** the numbers the steps meet as tensors, made once for all the steps (withConstants) */
  pool: Constants;
}

export function basinStart(xs: ArrayLike<number>, ys: ArrayLike<number>): BasinState {
  const ends: BasinEnds = {
    // (a typed array is copied whole; Float32Array.from would walk it element by element)
    x: new Float32Array(xs),
    y: new Float32Array(ys),
    step: new Float32Array(xs.length).fill(Infinity),
  };
  return {
    X: tf.tensor1d(ends.x),
    Y: tf.tensor1d(ends.y),
    step: tf.fill([xs.length], Infinity) as tf.Tensor1D,
    iterations: 0,
    ends,
    active: null,
    pool: new Map(),
  };
}

/** Frees the state's tensors (when the computation ends or is dropped). */
export function disposeBasinState(s: BasinState) {
  disposeIterates(s);
  disposeConstants(s.pool);
}

/** Frees the iterates a step or a rebuild has replaced. */
function disposeIterates(s: BasinState) {
  tf.dispose([s.X, s.Y, s.step]);
}

/** How many starts are still iterated. */
export function movingStarts(s: BasinState): number {
  return s.X.size;
}

/** A start whose last step is at most this has stopped moving: Newton converges
 *  quadratically, so its next steps are far below float32's resolution of the point (and
 *  well inside classifyBasins' 1% match radius even where convergence is only linear). */
export function basinFreeze(domain: Domain): number {
  return 1e-6 * Math.max(domain[1] - domain[0], domain[3] - domain[2]);
}

/**
 * Takes the starts that stopped moving out of the batch (issue 16: after a few Newton steps
 * most starts have converged, and iterating them on is most of the work). A start stops where
 * its last step is at most `freeze` (basinFreeze) or is not a number (its position is no
 * longer finite); only their count is read back each time. The batch is rebuilt (X, Y and
 * step read back) only when it shrinks below REBUILD_BELOW of its size; until then the stopped
 * starts ride along (their later iterates are as valid as the earlier ones). Disposes what it
 * replaces.
 */
export async function settleBasins(s: BasinState, freeze: number): Promise<BasinState> {
  const count = movingCount(s, freeze);
  const moving = ((await count.data()) as Float32Array)[0];
  count.dispose();
  if (keepsBatch(moving, s)) return s;
  const [x, y, step] = (await Promise.all([s.X.data(), s.Y.data(), s.step.data()])) as Float32Array[];
  return rebuild(s, x, y, step, freeze, moving);
}

/** settleBasins where the tensors can be read synchronously (wasm, cpu): there the steps are
 *  in CPU memory already, and counting them here costs less than three kernels and a read. */
export function settleBasinsSync(s: BasinState, freeze: number): BasinState {
  const step = s.step.dataSync() as Float32Array;
  let moving = 0;
  for (let i = 0; i < step.length; i++) if (step[i] > freeze) moving++;
  if (keepsBatch(moving, s)) return s;
  const [x, y] = [s.X, s.Y].map((t) => t.dataSync() as Float32Array);
  return rebuild(s, x, y, step, freeze, moving);
}

/** The batch is rebuilt once the moving starts are fewer than this share of it. A rebuild
 *  reads the whole batch back and writes the moving part again, which costs more per start
 *  than a step (here, on wasm: ~80 against ~50 ns a start), and the batch shrinks fast: at
 *  0.3 Himmelblau's 256² batch is rebuilt after the 7th step (17% moving) and the 10th (23%);
 *  at 0.7 it was rebuilt five times by the 10th, over a quarter of the time (bench, basins). */
const REBUILD_BELOW = 0.3;

/** Whether the batch stays as it is with `moving` of its starts still moving. */
const keepsBatch = (moving: number, s: BasinState) => moving > 0 && moving > REBUILD_BELOW * s.X.size;

/** How many starts still move (a step > freeze; NaN is not), counted on the engine: only
 *  one number comes back until the batch is rebuilt. */
function movingCount(s: BasinState, freeze: number): tf.Scalar {
  return withConstants(s.pool, () => tf.tidy(() => tf.sum(tf.cast(tf.greater(s.step, k(freeze)), 'float32'))));
}

function rebuild(s: BasinState, x: Float32Array, y: Float32Array, step: Float32Array, freeze: number, moving: number) {
  // one pass: the stopped starts' end points into `ends`, the moving ones into the new batch
  // (their ends are written when they stop, or by readBasinEnds)
  const { ends, active } = s;
  const next = new Int32Array(moving);
  const kx = new Float32Array(moving);
  const ky = new Float32Array(moving);
  const ks = new Float32Array(moving);
  for (let i = 0, k = 0; i < step.length; i++) {
    const g = active ? active[i] : i;
    if (step[i] > freeze) {
      next[k] = g;
      kx[k] = x[i];
      ky[k] = y[i];
      ks[k++] = step[i];
    } else {
      ends.x[g] = x[i];
      ends.y[g] = y[i];
      ends.step[g] = step[i];
    }
  }
  disposeIterates(s);
  return { ...s, X: tf.tensor1d(kx), Y: tf.tensor1d(ky), step: tf.tensor1d(ks), active: next };
}

/** One Newton (or damped-Newton) iteration for every start; disposes the old state's tensors. */
export function basinStep(ast: Node, s: BasinState, method: BasinMethod): BasinState {
  const [X, Y, step] = withConstants(s.pool, () =>
    tf.tidy(() => {
      const d = derivatives(ast, s.X, s.Y, 2);
      let [gx, gy, a, b, c] = [d.x!, d.y!, d.xx!, d.xy!, d.yy!];
      let dx: tf.Tensor;
      let dy: tf.Tensor;
      if (method === 'newton') {
        // −H⁻¹g by the adjugate; singular H (|det| < 1e-12·max(1, |H_ij|)²): the start stops.
        // Masks as arithmetic, not tf.where (four kernels each): with m = 1 where singular,
        // (1 − m)/(det + m) is 1/det, or 0 (det + m is about 1 there); NaN stays NaN.
        // (max(1, max |H_ij|)² as the largest of 1, a², b², c²; m = step(1e-12·big² − |det|).)
        // (the arithmetic of jet.ts: on wasm each is the backend's kernel called directly; a
        // component the jet found constant is made a tensor first, so that every operation
        // below makes a new tensor of the batch's shape, as the tf ops did)
        [gx, gy, a, b, c] = [gx, gy, a, b, c].map((v) => (typeof v === 'number' ? tf.fill(s.X.shape, v) : v));
        const b2 = sq(b);
        const det = sub(mul(a, c), b2);
        const big2 = max(max(sq(a), b2), max(sq(c), 1));
        const m = unary('Step', asT(sub(mul(big2, 1e-12), unary('Abs', asT(det), tf.abs))), tf.step);
        const inv = div(sub(1, m), add(det, m));
        dx = asT(mul(sub(mul(b, gy), mul(c, gx)), inv));
        dy = asT(mul(sub(mul(b, gx), mul(a, gy)), inv));
        const next = [asT(add(s.X, dx)), asT(add(s.Y, dy))];
        return [...next, unary('Sqrt', asT(add(sq(dx), sq(dy))), tf.sqrt)];
      }
      // Damped: eigenvalues λ = m ∓ r of [[a, b], [b, c]], larger one's direction at
      // θ = ½ atan2(2b, a − c); each |λ| floored at 1e-4; d = −Σ (vᵢ·g / λ̃ᵢ) vᵢ.
      const m = tf.div(tf.add(a, c), 2);
      const r = tf.sqrt(tf.add(tf.square(tf.div(tf.sub(a, c), 2)), tf.square(b)));
      const theta = tf.mul(tf.atan2(tf.mul(b, 2), tf.sub(a, c)), 0.5);
      const cs = tf.cos(theta);
      const sn = tf.sin(theta);
      const lmin = tf.maximum(tf.abs(tf.sub(m, r)), EIGEN_FLOOR);
      const lmax = tf.maximum(tf.abs(tf.add(m, r)), EIGEN_FLOOR);
      const pMax = tf.div(tf.add(tf.mul(cs, gx), tf.mul(sn, gy)), lmax); // along (cos θ, sin θ)
      const pMin = tf.div(tf.sub(tf.mul(cs, gy), tf.mul(sn, gx)), lmin); // along (−sin θ, cos θ)
      dx = tf.neg(tf.sub(tf.mul(pMax, cs), tf.mul(pMin, sn)));
      dy = tf.neg(tf.add(tf.mul(pMax, sn), tf.mul(pMin, cs)));
      // Armijo backtracking, every trial at once: the accepted t is the largest trial t with
      // f(x + t d) ≤ f(x) + 1e-4 t ∇f·d (0 when none is: the start stops, line search failed).
      const slope = tf.add(tf.mul(gx, dx), tf.mul(gy, dy));
      const T = tf.tensor2d(
        Array.from({ length: BASIN_TRIALS }, (_, i) => 2 ** -i),
        [BASIN_TRIALS, 1],
      );
      const PX = tf.add(s.X, tf.mul(T, dx));
      const PY = tf.add(s.Y, tf.mul(T, dy));
      const fv = derivatives(ast, PX, PY, 0).v;
      const ok = tf.lessEqual(fv, tf.add(d.v, tf.mul(tf.mul(T, slope), ARMIJO_C)));
      const t = tf.max(tf.where(ok, tf.broadcastTo(T, fv.shape), tf.zerosLike(fv)), 0);
      const sx = tf.mul(t, dx);
      const sy = tf.mul(t, dy);
      return [tf.add(s.X, sx), tf.add(s.Y, sy), tf.sqrt(tf.add(tf.square(sx), tf.square(sy)))];
    }),
  ) as [tf.Tensor1D, tf.Tensor1D, tf.Tensor1D];
  disposeIterates(s);
  return { ...s, X, Y, step, iterations: s.iterations + 1 };
}

export interface BasinEnds {
  x: Float32Array;
  y: Float32Array;
  step: Float32Array;
}

/** Where every start is now (the state's `ends`, with the moving starts' current values). */
export function readBasinEnds(s: BasinState): BasinEnds {
  return writeEnds(
    s,
    s.X.dataSync() as Float32Array,
    s.Y.dataSync() as Float32Array,
    s.step.dataSync() as Float32Array,
  );
}

/** readBasinEnds from values the caller read (asynchronously, say). */
export function writeEnds(s: BasinState, x: Float32Array, y: Float32Array, step: Float32Array): BasinEnds {
  for (let i = 0; i < x.length; i++) {
    const g = s.active ? s.active[i] : i;
    s.ends.x[g] = x[i];
    s.ends.y[g] = y[i];
    s.ends.step[g] = step[i];
  }
  return s.ends;
}

export type BasinKind = 'minimum' | 'maximum' | 'saddle' | 'degenerate' | 'diverged' | 'no-limit';

export interface BasinClass {
  kind: BasinKind;
  /** the critical point (absent for diverged / no-limit) */
  x?: number;
  y?: number;
  /** true for a catalog critical point, false for one found by clustering end points */
  known?: boolean;
  /** how many starts ended here */
  count: number;
}

export interface BasinMap {
  method: BasinMethod;
  domain: Domain;
  /** starts per axis; labels are row-major with y as the row (like the surface grid) */
  n: number;
  /** class index per start */
  labels: Int16Array;
  classes: BasinClass[];
}

/** Most clusters of unknown end points kept apart (Rastrigin's domain holds ~440 critical
 *  points); beyond it, further ones count as no limit. */
export const MAX_FOUND = 600;

/**
 * Label every start. A start converged when its last step was tiny (Newton converges fast,
 * so after the iterations a start is either at a critical point to float32 accuracy or not
 * settled); it is matched to the nearest catalog critical point within 1% of the domain's
 * span, else clustered with other such end points and the cluster classified by the float64
 * Hessian there. Non-finite end points, and ones off the map (beyond the domain by 5% of its
 * span) that match no catalog point, count as diverged.
 */
export function classifyBasins(
  ast: Node,
  ends: BasinEnds,
  domain: Domain,
  n: number,
  method: BasinMethod,
  critical: CriticalPoint[],
): BasinMap {
  const span = Math.max(domain[1] - domain[0], domain[3] - domain[2]);
  const radius = 0.01 * span;
  const settled = 1e-3 * span;
  const classes: BasinClass[] = critical.map((c) => ({ kind: c.kind, x: c.x, y: c.y, known: true, count: 0 }));
  const found: BasinClass[] = [];
  const r2 = radius * radius;
  const nc = classes.length;
  const cx = Float64Array.from(classes, (c) => c.x!);
  const cy = Float64Array.from(classes, (c) => c.y!);
  let apart = true;
  for (let a = 0; a < nc; a++)
    for (let b = a + 1; b < nc; b++) if ((cx[a] - cx[b]) ** 2 + (cy[a] - cy[b]) ** 2 <= 4 * r2) apart = false;
  let last = -1;
  const DIVERGED = -1;
  const NO_LIMIT = -2;
  const raw = new Int32Array(ends.x.length);
  for (let i = 0; i < ends.x.length; i++) {
    const x = ends.x[i];
    const y = ends.y[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      raw[i] = DIVERGED;
      continue;
    }
    // nearest catalog point within the radius (squared distances: this runs for every start).
    // Where the catalog's points lie over two radii apart, a point within the radius of one is
    // the nearest: try the previous start's (neighbours mostly end at the same point) first.
    let best = -1;
    let bestD = r2;
    if (apart && last >= 0) {
      const dx = x - cx[last];
      const dy = y - cy[last];
      if (dx * dx + dy * dy <= r2) best = last;
    }
    for (let k = 0; (!apart || best < 0) && k < nc; k++) {
      const dx = x - cx[k];
      const dy = y - cy[k];
      const dd = dx * dx + dy * dy;
      if (dd <= bestD) {
        bestD = dd;
        best = k;
      }
    }
    if (best >= 0) last = best;
    const m = 0.05 * span;
    if (best < 0 && (x < domain[0] - m || x > domain[1] + m || y < domain[2] - m || y > domain[3] + m)) {
      raw[i] = DIVERGED; // went off the map, wherever it may settle out there
      continue;
    }
    if (!(ends.step[i] <= settled)) {
      raw[i] = NO_LIMIT;
      continue;
    }
    if (best < 0) {
      const f = found.findIndex((c) => (x - c.x!) ** 2 + (y - c.y!) ** 2 <= r2);
      if (f >= 0) best = classes.length + f;
      else if (found.length < MAX_FOUND) {
        found.push({ kind: 'degenerate', x, y, known: false, count: 0 });
        best = classes.length + found.length - 1;
      } else best = NO_LIMIT;
    }
    raw[i] = best;
  }
  // A found cluster's kind: the float64 Hessian at its first end point.
  for (const c of found) {
    const j = evalJet64(ast, c.x!, c.y!);
    const { values } = eigSym2(j.hxx, j.hxy, j.hyy);
    const curv = values.every(Number.isFinite) ? classify(values[0], values[1], 1e-4) : 'semidefinite';
    c.kind =
      curv === 'positive-definite'
        ? 'minimum'
        : curv === 'negative-definite'
          ? 'maximum'
          : curv === 'indefinite'
            ? 'saddle'
            : 'degenerate';
  }
  const all = [...classes, ...found, { kind: 'diverged' as const, count: 0 }, { kind: 'no-limit' as const, count: 0 }];
  const labels = new Int16Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const k = raw[i] === DIVERGED ? all.length - 2 : raw[i] === NO_LIMIT ? all.length - 1 : raw[i];
    labels[i] = k;
    all[k].count++;
  }
  return { method, domain, n, labels, classes: all };
}

/** Default iterations: Newton converges in a few steps or not at all; damped Newton is slower far away. */
export function basinIterations(method: BasinMethod): number {
  return method === 'newton' ? 30 : 50;
}

/** The starts of an n × n grid over the domain (row j is y = ys[j]). */
export function basinStarts(domain: Domain, n: number): { xs: Float32Array; ys: Float32Array } {
  const ax = axis(domain[0], domain[1], n);
  const ay = axis(domain[2], domain[3], n);
  const xs = new Float32Array(n * n);
  const ys = new Float32Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      xs[j * n + i] = ax[i];
      ys[j * n + i] = ay[j];
    }
  return { xs, ys };
}

/** Settling starts after this many iterations: before it, hardly a start has converged and
 *  reading the steps back would cost more than it saves. */
export const SETTLE_FROM = 3;

/** The whole computation in one go (tests, the benchmark, and where blocking does not matter).
 *  `settle`: take converged starts out of the batch each iteration (settleBasins); it reads
 *  the iterates back every step, cheap where tensors live in CPU memory (wasm, cpu), a GPU
 *  round trip on WebGL, where it is off by default. */
export function computeBasins(
  ast: Node,
  domain: Domain,
  n: number,
  method: BasinMethod,
  critical: CriticalPoint[],
  iterations = basinIterations(method),
  settle = tf.getBackend() !== 'webgl',
): BasinMap {
  const { xs, ys } = basinStarts(domain, n);
  let s = basinStart(xs, ys);
  const freeze = basinFreeze(domain);
  try {
    for (let k = 0; k < iterations; k++) {
      s = basinStep(ast, s, method);
      if (!settle || k < SETTLE_FROM) continue;
      s = settleBasinsSync(s, freeze);
      if (movingStarts(s) === 0) break;
    }
    return classifyBasins(ast, readBasinEnds(s), domain, n, method, critical);
  } finally {
    disposeBasinState(s);
  }
}
