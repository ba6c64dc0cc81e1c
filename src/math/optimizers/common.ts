// The loop every optimizer shares (CONTRACT §5: iterate 0 is the start; stop on converged,
// diverged, max-steps or a reason of the optimizer's own) and the Armijo backtracking rule.
import type { Order } from '../jet';
import type {
  Eval,
  Iterate,
  LineSearchTrial,
  OptGen,
  Request,
  RunConfig,
  Status,
  StepDetail,
  SumOfSquares,
  Trajectory,
} from './types';

export function* evalAt(
  x: number,
  y: number,
  order: Order,
  residuals?: SumOfSquares,
): Generator<Request, Eval, Eval[]> {
  const [e] = yield residuals ? { points: [[x, y]], order, residuals } : { points: [[x, y]], order };
  return e;
}

/** The outcome of one step: the next iterate (evaluated), or a stop. */
export type StepOutcome =
  { x: number; y: number; e: Eval; detail?: StepDetail } | { status: Status; detail?: StepDetail };

export type Stepper = (x: number, y: number, e: Eval, k: number) => Generator<Request, StepOutcome, Eval[]>;

/** Options of optimize(): the start's evaluation may also ask for residuals (gauss-newton,
 *  lm), and `annotate` adds the optimizer's own state to each iterate as it is recorded
 *  (before the stop tests, so the last iterate has it too: trust-region's radius, lm's mu). */
export interface OptimizeOptions {
  residuals?: SumOfSquares;
  annotate?: (it: Iterate, e: Eval) => void;
}

export function* optimize(
  optimizer: string,
  params: Record<string, number>,
  cfg: RunConfig,
  order: Order,
  step: Stepper,
  options: OptimizeOptions = {},
): OptGen {
  const iterates: Iterate[] = [];
  const done = (status: Status): Trajectory => ({ optimizer, params, status, iterates });
  let [x, y] = cfg.start;
  let e = yield* evalAt(x, y, order, options.residuals);
  for (let k = 0; ; k++) {
    const it: Iterate = { k, x, y, value: e.value, gradNorm: Math.hypot(e.gx, e.gy) };
    options.annotate?.(it, e);
    iterates.push(it);
    if (![x, y, e.value, it.gradNorm].every(Number.isFinite)) return done('diverged');
    if (it.gradNorm <= cfg.tol) return done('converged');
    if (k >= cfg.steps) return done('max-steps');
    const out = yield* step(x, y, e, k);
    if (out.detail) it.detail = out.detail;
    if ('status' in out) return done(out.status);
    ({ x, y, e } = out);
  }
}

export const ARMIJO_C = 1e-4;
export const MAX_HALVINGS = 30;

/** Where a line search ends: the accepted step t, the point and its evaluation; null: failed. */
export type SearchOutcome = Generator<Request, { t: number; x: number; y: number; e: Eval } | null, Eval[]>;

/** Records the search's direction, slope g·d and (so far empty) trials on the detail. */
function beginSearch(e: Eval, d: [number, number], detail: StepDetail, search: 'armijo' | 'wolfe') {
  const slope = e.gx * d[0] + e.gy * d[1];
  const trials: LineSearchTrial[] = [];
  detail.direction = d;
  detail.slope = slope;
  if (search === 'wolfe') detail.search = search;
  detail.trials = trials;
  return { slope, trials };
}

/**
 * Backtracking (Armijo): t = t0 (1 unless the method says otherwise, CONTRACT §5 cg); while
 * f(x + t d) > f(x) + 1e-4 t (g·d), halve t; after 30 halvings give up. A non-finite trial
 * value never satisfies the condition.
 */
export function* backtrack(
  x: number,
  y: number,
  e: Eval,
  d: [number, number],
  order: Order,
  detail: StepDetail,
  t0 = 1,
): SearchOutcome {
  const { slope, trials } = beginSearch(e, d, detail, 'armijo');
  // All 31 trial points go out in one batch (one evaluation round instead of one per
  // halving); the rule then reads them in order, so the outcome is the sequential one.
  const ts: number[] = [];
  for (let h = 0, t = t0; h <= MAX_HALVINGS; h++, t /= 2) ts.push(t);
  const evals = yield { points: ts.map((t) => [x + t * d[0], y + t * d[1]] as [number, number]), order };
  for (let h = 0; h <= MAX_HALVINGS; h++) {
    const t = ts[h];
    const ne = evals[h];
    const ok = ne.value <= e.value + ARMIJO_C * t * slope;
    trials.push({ t, value: ne.value, accepted: ok });
    if (ok) return { t, x: x + t * d[0], y: y + t * d[1], e: ne };
  }
  return null;
}

export const WOLFE_C2 = 0.9;
export const WOLFE_ROUNDS = 30;

/**
 * Weak Wolfe search by bisection (Lewis and Overton; CONTRACT §5): lo = 0, hi = inf, t = 1; at
 * most 30 rounds of: Armijo fails (or f is not finite) → hi = t; else ∇f(x + t d)·d < 0.9 g·d
 * (still steep) → lo = t; else accept t. Between rounds t = (lo + hi)/2 where hi is finite,
 * else 2 lo. Each round needs the previous one's answer: one evaluation round per trial.
 */
export function* wolfe(
  x: number,
  y: number,
  e: Eval,
  d: [number, number],
  order: Order,
  detail: StepDetail,
): SearchOutcome {
  const { slope, trials } = beginSearch(e, d, detail, 'wolfe');
  let lo = 0;
  let hi = Infinity;
  let t = 1;
  for (let round = 0; round < WOLFE_ROUNDS; round++) {
    const nx = x + t * d[0];
    const ny = y + t * d[1];
    const ne = yield* evalAt(nx, ny, order);
    const tslope = ne.gx * d[0] + ne.gy * d[1];
    const armijo = Number.isFinite(ne.value) && ne.value <= e.value + ARMIJO_C * t * slope;
    if (!armijo) {
      const trial: LineSearchTrial = { t, value: ne.value, accepted: false, failed: 'armijo' };
      if (Number.isFinite(tslope)) trial.slope = tslope;
      trials.push(trial);
      hi = t;
    } else if (tslope < WOLFE_C2 * slope) {
      trials.push({ t, value: ne.value, accepted: false, slope: tslope, failed: 'curvature' });
      lo = t;
    } else {
      trials.push({ t, value: ne.value, accepted: true, slope: tslope });
      return { t, x: nx, y: ny, e: ne };
    }
    t = Number.isFinite(hi) ? (lo + hi) / 2 : 2 * lo;
  }
  return null;
}
