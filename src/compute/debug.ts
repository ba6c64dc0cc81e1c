// Read-only hooks for end-to-end tests and the benchmark: the numeric core as the page runs it
// (same backend, same float32), so a test can compare it with independent values.
import * as tf from '@tensorflow/tfjs-core';
import { factsAndPatch, factsAt, runOptimizers, tfEvaluator } from '../math/engine';
import type { OptimizerId } from '../math/optimizers';
import { evalGrid, evalPoints, setFused, runsFused } from '../math/evaluate';
import { parseFormula } from '../math/formula/parse';
import { evalJet64, type Order } from '../math/jet';
import type { Domain } from '../math/surfaces-types';
import type { PointFacts } from '../math/hessian';
import { taylorGrid, type TaylorGrid } from '../math/taylor';
import { surfaceData } from '../math/surfaces';
import { isRegressionId } from '../math/regression';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the test hook reads the 3D view's cache statistics; nothing in compute depends on views
import { surfaceCache } from '../views/surface-cache';

function astOf(formula: string) {
  const r = parseFormula(formula);
  if (!r.ok) throw new Error(r.message);
  return r.ast;
}

export const mathHooks = {
  backend: () => tf.getBackend(),
  numTensors: () => tf.memory().numTensors,
  setFused,
  /** the 3D view's offscreen surface image (views/surface-cache.ts): counters and a switch */
  surfaceCache,
  /** whether this formula runs as one fused WebGL program here */
  fused: (formula: string) => runsFused(astOf(formula)),
  /** f (order 0) or f, ∇f, H at the points, as plain arrays */
  evalPoints(formula: string, xs: number[], ys: number[], order: Order) {
    const r = evalPoints(astOf(formula), xs, ys, order);
    return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.from(v as Float32Array)]));
  },
  evalGrid(formula: string, domain: Domain, n: number, order: Order) {
    const r = evalGrid(astOf(formula), domain, n, n, order);
    return {
      v: Array.from(r.v),
      gx: r.gx && Array.from(r.gx),
      hxy: r.hxy && Array.from(r.hxy),
      xs: Array.from(r.xs),
      ys: Array.from(r.ys),
    };
  },
  /**
   * What a move of p computes: the facts at p and f, T1, T2 on an n × n patch over `domain`.
   * fused = true: the one-program path (null where it does not run); false: factsAt,
   * taylorGrid and evalGrid, one after the other.
   */
  pointPatch(formula: string, point: [number, number], domain: Domain, n: number, fused: boolean) {
    const ast = astOf(formula);
    const plain = (facts: PointFacts, p: TaylorGrid & { f: Float32Array }) => ({
      jet: [facts.value, ...facts.gradient, facts.hessian[0][0], facts.hessian[0][1], facts.hessian[1][1]],
      f: Array.from(p.f),
      t1: Array.from(p.t1),
      t2: Array.from(p.t2),
      xs: Array.from(p.xs),
      ys: Array.from(p.ys),
    });
    if (fused) {
      const r = factsAndPatch(ast, point, domain, n);
      return r && plain(r.facts, r.patch);
    }
    const facts = factsAt(ast, point[0], point[1]);
    return plain(facts, { ...taylorGrid(facts, domain, n, n), f: evalGrid(ast, domain, n, n, 0).v });
  },
  /** optimizer runs as the app computes them: statuses and iterate counts */
  run(formula: string, ids: OptimizerId[], start: [number, number], steps: number, lr = 0.001, tol = 1e-6) {
    const runs = runOptimizers(astOf(formula), ids, { start, steps, tol }, { lr, beta: 0.9, h: 1e-3 });
    return runs.map((r) => ({
      optimizer: r.optimizer,
      status: r.status,
      iterates: r.iterates.length,
      last: r.iterates[r.iterates.length - 1],
    }));
  },
  /**
   * Full trajectories (with details) as the app computes them; gpu = false drives the
   * optimizers' generators with one batched evaluation per round instead of the GPU step
   * programs.
   */
  trajectories(
    formula: string,
    ids: OptimizerId[],
    start: [number, number],
    steps: number,
    params: { lr: number; beta: number; h: number; m?: number; batch?: number; seed?: number },
    tol: number,
    gpu: boolean,
    /** a regression surface whose shipped data the data-driven methods (sgd) use */
    dataOf?: string,
  ) {
    const ast = astOf(formula);
    const rows = dataOf ? surfaceData(dataOf) : undefined;
    const data = rows && isRegressionId(dataOf) ? { id: dataOf, rows } : undefined;
    return runOptimizers(ast, ids, { start, steps, tol }, params, gpu ? undefined : tfEvaluator(ast), data);
  },
  /** the float64 reference: the same jet arithmetic on plain numbers */
  reference(formula: string, x: number, y: number) {
    return evalJet64(astOf(formula), x, y, 2);
  },
};

declare global {
  interface Window {
    __tnMath?: typeof mathHooks;
  }
}

export function installMathHooks() {
  window.__tnMath = mathHooks;
}
