// What the teaching panels and marks need from the engine beyond results.ts: f, ∇f and H at a
// point they show (an iterate at the scrubbed iteration, the start), the true Hessian along a
// run, f along a line-search direction, the finite-difference error curve, and the quadratic
// model on a trust-region disk. The views only draw: they ask here. Each value is cached by its
// inputs (per formula; per run object for whole-run values), every call is counted (so a test
// can see a panel does not recompute while nothing changed), and no tensor outlives a call
// (the engine's functions tidy their own). A failure is null: the panel says so.
import { factsAt, runOptimizers } from '../math/engine';
import { evalPoints } from '../math/evaluate';
import { fdErrors, type FdCurve } from '../math/fd';
import type { Node } from '../math/formula/ast';
import type { PointFacts } from '../math/hessian';
import type { Trajectory } from '../math/optimizers/types';
import { taylorGrid, type TaylorGrid } from '../math/taylor';
import { inv2, relGap, phiValues, type Mat2 } from '../math/teach';
import type { Domain } from '../math/surfaces-types';
import { evalPointLosses } from '../math/data-loss';
import { miniBatchSpread } from '../math/optimizers/sgd';
import type { DataRows, RegressionId } from '../math/regression';

export type { Mat2 };

/** How many engine evaluations the panels have asked for (cache misses), for tests. */
export const panelStats = { computed: 0, hits: 0 };

const LIMIT = 64;

/** Values keyed by text, counted in panelStats; the oldest entry goes first past LIMIT. */
class Memo<T> {
  private m = new Map<string, T>();
  get(key: string, make: () => T): T {
    if (this.m.has(key)) {
      panelStats.hits++;
      return this.m.get(key)!;
    }
    panelStats.computed++;
    const v = make();
    this.m.set(key, v);
    if (this.m.size > LIMIT) this.m.delete(this.m.keys().next().value!);
    return v;
  }
}

/** A Memo per formula. */
class Cache<T> {
  private byAst = new WeakMap<Node, Memo<T>>();
  get(ast: Node, key: string, make: () => T): T {
    let m = this.byAst.get(ast);
    if (!m) this.byAst.set(ast, (m = new Memo()));
    return m.get(key, make);
  }
}

function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

const facts = new Cache<PointFacts | null>();

/** f, ∇f, H (and H's eigen-decomposition) at (x, y), on the app's engine. */
export function pointFacts(ast: Node, x: number, y: number): PointFacts | null {
  return facts.get(ast, `${x},${y}`, () => orNull(() => factsAt(ast, x, y)));
}

const hessians = new WeakMap<Trajectory, WeakMap<Node, (Mat2 | null)[]>>();

/** The true Hessian at every iterate of a run, in one batched evaluation (null where not finite). */
export function runHessians(ast: Node, run: Trajectory): (Mat2 | null)[] {
  let byAst = hessians.get(run);
  if (!byAst) hessians.set(run, (byAst = new WeakMap()));
  const had = byAst.get(ast);
  if (had) {
    panelStats.hits++;
    return had;
  }
  panelStats.computed++;
  const its = run.iterates;
  const r = orNull(() =>
    evalPoints(
      ast,
      its.map((i) => i.x),
      its.map((i) => i.y),
      2,
    ),
  );
  const out = its.map((_, k): Mat2 | null => {
    if (!r) return null;
    const m: Mat2 = [r.hxx![k], r.hxy![k], r.hxy![k], r.hyy![k]];
    return m.every(Number.isFinite) ? m : null;
  });
  byAst.set(ast, out);
  return out;
}

const phis = new Cache<Float32Array | null>();

/** φ(t) = f(x + t d) at the given t (float32, the engine's). */
export function lineValues(ast: Node, x: [number, number], d: [number, number], ts: number[]): Float32Array | null {
  return phis.get(ast, JSON.stringify([x, d, ts]), () => orNull(() => phiValues(ast, x, d, ts)));
}

const fds = new Cache<FdCurve | null>();

/** The central-difference gradient's error against the exact one, over a range of h, at (x, y). */
export function fdCurve(ast: Node, x: number, y: number): FdCurve | null {
  return fds.get(ast, `${x},${y}`, () => orNull(() => fdErrors(ast, x, y)));
}

const models = new Cache<{ facts: PointFacts; grid: TaylorGrid } | null>();

/** The Taylor models at (x, y) sampled n × n over `domain` (the trust-region disk's box). */
export function modelOnBox(ast: Node, x: number, y: number, domain: Domain, n: number) {
  return models.get(ast, JSON.stringify([x, y, domain, n]), () =>
    orNull(() => {
      const f = factsAt(ast, x, y);
      return { facts: f, grid: taylorGrid(f, domain, n, n) };
    }),
  );
}

/**
 * How far a quasi-Newton estimate is from the true inverse Hessian along a run: for each
 * iterate that records an estimate B, ‖B − H⁻¹‖/‖H⁻¹‖ with H from AD there (NaN where H is
 * singular or undefined). The iterations `ks` and the gaps `g`.
 */
export function inverseHessianGaps(ast: Node, run: Trajectory): { ks: number[]; g: number[] } {
  const hs = runHessians(ast, run);
  const ks: number[] = [];
  const g: number[] = [];
  run.iterates.forEach((it, i) => {
    const B = it.detail?.B;
    if (!B) return;
    const h = hs[i];
    const inv = h ? inv2(h) : null;
    ks.push(it.k);
    g.push(inv ? relGap(B, inv) : NaN);
  });
  return { ks, g };
}

/** The memories the L-BFGS panel compares. */
export const LBFGS_MEMORIES = [1, 2, 5] as const;

const memoryRuns = new Cache<{ m: number; run: Trajectory }[] | null>();

/**
 * L-BFGS from the same start with memory m = 1, 2 and 5 (stepwise, on the app's engine), for the
 * panel's side-by-side: how much each extra pair buys.
 */
export function lbfgsMemoryRuns(ast: Node, start: [number, number], steps: number, tol: number) {
  return memoryRuns.get(ast, JSON.stringify([start, steps, tol]), () =>
    orNull(() =>
      LBFGS_MEMORIES.map((m) => ({
        m,
        run: runOptimizers(ast, ['lbfgs'], { start, steps, tol }, { lr: 0, beta: 0, h: 0, m })[0],
      })),
    ),
  );
}

/** Data rows are keyed by content: the same rows, the same cache entry. */
const rowsKey = (rows: readonly (readonly number[])[]) => rows.map((r) => r.join(',')).join(';');
const spreads = new Memo<SgdSpread | null>();

export interface SgdSpread {
  /** the full gradient ḡ (the mean of the per-point gradients) */
  mean: [number, number];
  /** the covariance [cxx, cxy, cyy] of a mini-batch gradient of size b around ḡ */
  cov: [number, number, number];
  /** every data point's own loss gradient (the steps a batch of 1 can take) */
  gx: number[];
  gy: number[];
}

/**
 * The spread of all mini-batch gradients of size b at (x, y) on a regression surface's rows
 * (one evaluation of every row's loss gradient on tfjs; the covariance by the finite-population
 * formula, math/optimizers/sgd.ts), cached by its inputs.
 */
export function sgdSpread(id: RegressionId, rows: DataRows, x: number, y: number, b: number): SgdSpread | null {
  return spreads.get(JSON.stringify([id, x, y, b]) + rowsKey(rows), () =>
    orNull(() => {
      const p = evalPointLosses(id, rows, x, y);
      const s = miniBatchSpread(p.gx, p.gy, b);
      return { ...s, gx: Array.from(p.gx), gy: Array.from(p.gy) };
    }),
  );
}
