// The loop every optimizer shares (CONTRACT §5: iterate 0 is the start; stop on converged,
// diverged, max-steps or a reason of the optimizer's own) and the Armijo backtracking rule.
import type { Order } from '../jet';
import type { Eval, Iterate, OptGen, Request, RunConfig, Status, StepDetail, Trajectory } from './types';

export function* evalAt(x: number, y: number, order: Order): Generator<Request, Eval, Eval[]> {
  const [e] = yield { points: [[x, y]], order };
  return e;
}

/** The outcome of one step: the next iterate (evaluated), or a stop. */
export type StepOutcome = { x: number; y: number; e: Eval; detail?: StepDetail } | { status: Status; detail?: StepDetail };

export type Stepper = (x: number, y: number, e: Eval, k: number) => Generator<Request, StepOutcome, Eval[]>;

export function* optimize(
  optimizer: string,
  params: Record<string, number>,
  cfg: RunConfig,
  order: Order,
  step: Stepper,
): OptGen {
  const iterates: Iterate[] = [];
  const done = (status: Status): Trajectory => ({ optimizer, params, status, iterates });
  let [x, y] = cfg.start;
  let e = yield* evalAt(x, y, order);
  for (let k = 0; ; k++) {
    const it: Iterate = { k, x, y, value: e.value, gradNorm: Math.hypot(e.gx, e.gy) };
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

/**
 * Backtracking (Armijo): t = 1; while f(x + t d) > f(x) + 1e-4 t (g·d), halve t; after 30
 * halvings give up. A non-finite trial value never satisfies the condition.
 */
export function* backtrack(
  x: number,
  y: number,
  e: Eval,
  d: [number, number],
  order: Order,
  detail: StepDetail,
): Generator<Request, { t: number; x: number; y: number; e: Eval } | null, Eval[]> {
  const slope = e.gx * d[0] + e.gy * d[1];
  detail.direction = d;
  detail.slope = slope;
  detail.trials = [];
  // All 31 trial points go out in one batch (one evaluation round instead of one per
  // halving); the rule then reads them in order, so the outcome is the sequential one.
  const ts: number[] = [];
  for (let h = 0, t = 1; h <= MAX_HALVINGS; h++, t /= 2) ts.push(t);
  const evals = yield { points: ts.map((t) => [x + t * d[0], y + t * d[1]] as [number, number]), order };
  for (let h = 0; h <= MAX_HALVINGS; h++) {
    const t = ts[h];
    const ne = evals[h];
    const ok = ne.value <= e.value + ARMIJO_C * t * slope;
    detail.trials.push({ t, value: ne.value, accepted: ok });
    if (ok) return { t, x: x + t * d[0], y: y + t * d[1], e: ne };
  }
  return null;
}
