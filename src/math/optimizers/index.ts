// Builds runs from optimizer ids and drives them together: every round, the points all
// live runs ask for are evaluated in one batched call (one tfjs dispatch and read-back).
import type { Order } from '../jet';
import { adam, fdGd, gd, momentum } from './first-order';
import { dampedNewton, newton } from './newton';
import { bfgs, dfp } from './quasi-newton';
import type { Eval, OptGen, Request, RunConfig, Trajectory } from './types';

export const OPTIMIZERS = ['gd', 'momentum', 'adam', 'fd-gd', 'newton', 'damped-newton', 'bfgs', 'dfp'] as const;
export type OptimizerId = (typeof OPTIMIZERS)[number];

export interface OptimizerParams {
  lr: number;
  beta: number;
  h: number;
}

export function makeRun(id: OptimizerId, cfg: RunConfig, p: OptimizerParams): OptGen {
  switch (id) {
    case 'gd':
      return gd(cfg, p.lr);
    case 'momentum':
      return momentum(cfg, p.lr, p.beta);
    case 'adam':
      return adam(cfg, p.lr);
    case 'fd-gd':
      return fdGd(cfg, p.lr, p.h);
    case 'newton':
      return newton(cfg);
    case 'damped-newton':
      return dampedNewton(cfg);
    case 'bfgs':
      return bfgs(cfg);
    case 'dfp':
      return dfp(cfg);
  }
}

/** Evaluates f (and derivatives up to order) at the points (xs[i], ys[i]). */
export type Evaluator = (xs: number[], ys: number[], order: Order) => Eval[];

/**
 * Drive every generator to its end, batching their requests round by round. Yields the
 * number of rounds done after each, so a caller can spread a long computation over frames.
 */
export function* driveAll(runs: OptGen[], evaluate: Evaluator): Generator<number, Trajectory[], void> {
  const results: (Trajectory | undefined)[] = runs.map(() => undefined);
  let pending: (Request | undefined)[] = runs.map((g, i) => {
    const r = g.next([]);
    if (r.done) results[i] = r.value;
    return r.done ? undefined : r.value;
  });
  let rounds = 0;
  while (pending.some((r) => r !== undefined)) {
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
    const answers = evaluate(xs, ys, order);
    let at = 0;
    pending = pending.map((r, i) => {
      if (!r) return undefined;
      const mine = answers.slice(at, at + r.points.length);
      at += r.points.length;
      const next = runs[i].next(mine);
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
export function runAll(runs: OptGen[], evaluate: Evaluator): Trajectory[] {
  const drive = driveAll(runs, evaluate);
  for (;;) {
    const r = drive.next();
    if (r.done) return r.value;
  }
}

export type { Trajectory, Iterate, Status, Eval, RunConfig } from './types';
