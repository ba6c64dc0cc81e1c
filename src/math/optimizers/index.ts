// Runs from optimizer ids (through the registry) and drives them together: every round, the
// points all live runs ask for are evaluated in one batched call (one tfjs dispatch and
// read-back), and the residuals the least-squares methods ask for in one more per formula.
import type { Order } from '../jet';
import { tfResiduals, type ResidualEvaluator } from '../residuals';
import type { Eval, OptGen, Request, SumOfSquares, Trajectory } from './types';

export {
  OPTIMIZER_IDS,
  REGISTRY,
  PARAM_DEFAULTS,
  applicability,
  hasGpuStep,
  isOptimizerId,
  makeRun,
  optimizerSpec,
  paramsOf,
  withDefaults,
  type GpuOptimizerId,
  type OptimizerId,
  type OptimizerParams,
  type OptimizerSpec,
  type ParamName,
  type RunContext,
} from './registry';
import { OPTIMIZER_IDS } from './registry';

/** Every optimizer id (the registry's list). */
export const OPTIMIZERS = OPTIMIZER_IDS;

/** Evaluates f (and derivatives up to order) at the points (xs[i], ys[i]). */
export type Evaluator = (xs: number[], ys: number[], order: Order) => Eval[];
export type { ResidualEvaluator };

/**
 * Answers one round of requests: all points in one call to `evaluate` (at the highest order
 * asked), then, per sum of squares asked about, the residuals at its requests' points in one
 * call to `residuals`.
 */
function answer(
  pending: (Request | undefined)[],
  evaluate: Evaluator,
  residuals: ResidualEvaluator,
): (Eval[] | undefined)[] {
  const xs: number[] = [];
  const ys: number[] = [];
  let order: Order = 0;
  for (const r of pending) {
    if (!r) continue;
    for (const [x, y] of r.points) {
      xs.push(x);
      ys.push(y);
    }
    if (r.order > order) order = r.order;
  }
  const evals = evaluate(xs, ys, order);
  let at = 0;
  const out = pending.map((r) => {
    if (!r) return undefined;
    const mine = evals.slice(at, at + r.points.length);
    at += r.points.length;
    return mine;
  });
  // the residual requests, grouped by the sum of squares they ask about (one per formula)
  const bySos = new Map<SumOfSquares, { points: [number, number][]; evals: Eval[] }>();
  pending.forEach((r, i) => {
    if (!r?.residuals) return;
    const group = bySos.get(r.residuals) ?? { points: [], evals: [] };
    group.points.push(...r.points);
    group.evals.push(...out[i]!);
    bySos.set(r.residuals, group);
  });
  for (const [sos, group] of bySos) {
    const values = residuals(
      sos,
      group.points.map((p) => p[0]),
      group.points.map((p) => p[1]),
    );
    group.evals.forEach((e, j) => (e.residuals = values[j]));
  }
  return out;
}

/**
 * Drive every generator to its end, batching their requests round by round. Yields the
 * number of rounds done after each, so a caller can spread a long computation over frames.
 */
export function* driveAll(
  runs: OptGen[],
  evaluate: Evaluator,
  residuals: ResidualEvaluator = tfResiduals,
): Generator<number, Trajectory[], void> {
  const results: (Trajectory | undefined)[] = runs.map(() => undefined);
  let pending: (Request | undefined)[] = runs.map((g, i) => {
    const r = g.next([]);
    if (r.done) results[i] = r.value;
    return r.done ? undefined : r.value;
  });
  let rounds = 0;
  while (pending.some((r) => r !== undefined)) {
    const answers = answer(pending, evaluate, residuals);
    pending = pending.map((r, i) => {
      if (!r) return undefined;
      const next = runs[i].next(answers[i]!);
      if (next.done) {
        results[i] = next.value;
        return undefined;
      }
      return next.value;
    });
    yield ++rounds;
  }
  return results as Trajectory[];
}

/** Run every generator to its end at once. */
export function runAll(runs: OptGen[], evaluate: Evaluator, residuals?: ResidualEvaluator): Trajectory[] {
  const drive = driveAll(runs, evaluate, residuals);
  for (;;) {
    const r = drive.next();
    if (r.done) return r.value;
  }
}

export type { Trajectory, Iterate, Status, Eval, RunConfig } from './types';
