// The numeric core's entry points for the app: a compiled formula evaluated on tfjs for
// point facts, Taylor models, grids and optimizer runs.
import type { Node } from './formula/ast';
import { axis, evalPoints, runsFused } from './evaluate';
import { fusedPointPatch } from './fused';
import { pointFacts, type PointFacts } from './hessian';
import type { Order } from './jet';
import type { Evaluator, OptimizerId, OptimizerParams } from './optimizers';
import type { RunContext } from './optimizers/registry';
import { driveRuns } from './runs';
import type { Eval, RunConfig, Trajectory } from './optimizers/types';
import type { Domain } from './surfaces-types';

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

/**
 * The facts at p and, on an n × n grid over `domain`, f and the Taylor models at p, from one
 * fused WebGL program and one read-back: what a move of p needs. Null where the formula does
 * not run fused (cpu, wasm, or no GLSL for it): then factsAt, taylorGrid and evalGrid.
 */
export function factsAndPatch(ast: Node, point: readonly [number, number], domain: Domain, n: number) {
  if (!runsFused(ast)) return null;
  const r = fusedPointPatch(ast, point, domain, n, n);
  if (!r) return null;
  const facts = pointFacts(point[0], point[1], ...r.jet);
  const xs = axis(domain[0], domain[1], n);
  const ys = axis(domain[2], domain[3], n);
  return { facts, patch: { xs, ys, t1: r.t1, t2: r.t2, f: r.f, domain } };
}

export function runOptimizers(
  ast: Node,
  ids: OptimizerId[],
  cfg: RunConfig,
  params: OptimizerParams,
  evaluate?: Evaluator,
  data?: RunContext['data'],
): Trajectory[] {
  const drive = driveOptimizers(ast, ids, cfg, params, evaluate, data);
  for (;;) {
    const r = drive.next();
    if (r.done) return r.value;
  }
}

/**
 * The same runs as a resumable computation: each `next()` does one round. Where the formula
 * runs fused on WebGL, methods with a GPU step run there in chunks (gpu-runs.ts) and the
 * others stepwise beside them (math/runs.ts); with an explicit evaluator, all run stepwise.
 */
export function driveOptimizers(
  ast: Node,
  ids: OptimizerId[],
  cfg: RunConfig,
  params: OptimizerParams,
  evaluate?: Evaluator,
  data?: RunContext['data'],
): Generator<number, Trajectory[], void> {
  return driveRuns(ast, ids, cfg, params, {
    evaluate: evaluate ?? tfEvaluator(ast),
    gpu: evaluate ? null : undefined,
    data,
  });
}
