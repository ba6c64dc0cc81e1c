// The numeric core's entry points for the app: a compiled formula evaluated on tfjs for
// point facts, Taylor models, grids and optimizer runs.
import type { Node } from './formula/ast';
import { evalPoints } from './evaluate';
import { pointFacts, type PointFacts } from './hessian';
import type { Order } from './jet';
import { driveAll, makeRun, runAll, type Evaluator, type OptimizerId, type OptimizerParams } from './optimizers';
import type { Eval, RunConfig, Trajectory } from './optimizers/types';

/** An Evaluator backed by the tfjs jet engine. */
export function tfEvaluator(ast: Node): Evaluator {
  return (xs, ys, order: Order): Eval[] => {
    const r = evalPoints(ast, xs, ys, order);
    const out: Eval[] = [];
    for (let i = 0; i < xs.length; i++) {
      out.push({
        value: r.v[i],
        gx: r.gx ? r.gx[i] : NaN,
        gy: r.gy ? r.gy[i] : NaN,
        hxx: r.hxx ? r.hxx[i] : NaN,
        hxy: r.hxy ? r.hxy[i] : NaN,
        hyy: r.hyy ? r.hyy[i] : NaN,
      });
    }
    return out;
  };
}

export function factsAt(ast: Node, x: number, y: number): PointFacts {
  const [e] = tfEvaluator(ast)([x], [y], 2);
  return pointFacts(x, y, e.value, e.gx, e.gy, e.hxx, e.hxy, e.hyy);
}

export function runOptimizers(
  ast: Node,
  ids: OptimizerId[],
  cfg: RunConfig,
  params: OptimizerParams,
  evaluate: Evaluator = tfEvaluator(ast),
): Trajectory[] {
  return runAll(
    ids.map((id) => makeRun(id, cfg, params)),
    evaluate,
  );
}

/** The same runs as a resumable computation: each `next()` does one evaluation round. */
export function driveOptimizers(
  ast: Node,
  ids: OptimizerId[],
  cfg: RunConfig,
  params: OptimizerParams,
  evaluate: Evaluator = tfEvaluator(ast),
): Generator<number, Trajectory[], void> {
  return driveAll(
    ids.map((id) => makeRun(id, cfg, params)),
    evaluate,
  );
}
