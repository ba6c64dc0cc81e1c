// Optimizer runs of one scene, side by side: the methods with a GPU step (registry `gpu`) in
// chunks on WebGL (gpu-runs.ts) where the formula runs fused, every other one stepwise through
// driveAll, in the same computation; the trajectories come back in the order of `ids`.
import type { Node } from './formula/ast';
import { runsFused } from './evaluate';
import { driveGpu } from './gpu-runs';
import {
  driveAll,
  hasGpuStep,
  makeRun,
  type Evaluator,
  type OptimizerId,
  type OptimizerParams,
  type RunContext,
} from './optimizers';
import type { ResidualEvaluator } from './residuals';
import type { RunConfig, Trajectory } from './optimizers/types';

type Drive = Generator<number, Trajectory[], void>;

// Formulas whose step programs did not compile here (a driver's limits): they run stepwise.
const noGpuRuns = new WeakSet<Node>();

export interface DriveRunsOptions {
  /** where the formula's own evaluations go (tfjs for the app, float64 in tests) */
  evaluate: Evaluator;
  /** where the residual requests of gauss-newton and lm go (default: tfjs) */
  residuals?: ResidualEvaluator;
  /** the GPU driver for the methods that have a step program; null: everything stepwise.
   *  Default: gpu-runs.ts where the formula runs fused (WebGL), else null. */
  gpu?: ((ids: OptimizerId[]) => Drive) | null;
  /** a regression surface's data, for sgd's per-point losses */
  data?: RunContext['data'];
}

/**
 * The runs as a resumable computation: each `next()` advances the GPU runs by one chunk round
 * and the stepwise runs by one evaluation round, and yields how far they are (in steps, as
 * driveAll's rounds and driveGpu's chunks count them). The caller must leave out methods that
 * do not apply to the formula (registry `applicability`). A GPU program that fails to compile
 * sends its methods stepwise, for this formula from then on.
 */
export function* driveRuns(
  ast: Node,
  ids: readonly OptimizerId[],
  cfg: RunConfig,
  params: OptimizerParams,
  options: DriveRunsOptions,
): Drive {
  const gpuDriver =
    options.gpu !== undefined
      ? options.gpu
      : runsFused(ast) && !noGpuRuns.has(ast)
        ? (g: OptimizerId[]) => driveGpu(ast, g, cfg, params)
        : null;
  const stepwise = (list: OptimizerId[]) =>
    driveAll(
      list.map((id) => makeRun(id, cfg, params, { ast, data: options.data })),
      options.evaluate,
      options.residuals,
    );
  const onGpu: OptimizerId[] = gpuDriver ? ids.filter(hasGpuStep) : [];
  const other = ids.filter((id) => !onGpu.includes(id));
  const parts: {
    ids: OptimizerId[];
    drive: Drive;
    done: Trajectory[] | null;
    at: number;
    started: boolean;
    gpu: boolean;
  }[] = [];
  if (onGpu.length) parts.push({ ids: onGpu, drive: gpuDriver!(onGpu), done: null, at: 0, started: false, gpu: true });
  if (other.length) parts.push({ ids: other, drive: stepwise(other), done: null, at: 0, started: false, gpu: false });
  while (parts.some((p) => !p.done)) {
    for (const part of parts) {
      if (part.done) continue;
      let r: IteratorResult<number, Trajectory[]>;
      try {
        r = part.drive.next();
      } catch (err) {
        // only a GPU part's first round compiles programs; anything else is a real failure
        if (!part.gpu || part.started) throw err;
        console.warn('optimizer step programs unavailable, stepping through the evaluator:', err);
        noGpuRuns.add(ast);
        part.gpu = false;
        part.drive = stepwise(part.ids);
        r = part.drive.next();
      }
      part.started = true;
      if (r.done) part.done = r.value;
      else part.at = r.value;
    }
    if (parts.some((p) => !p.done)) yield Math.max(...parts.map((p) => p.at));
  }
  // back in the order asked
  const byId = new Map<OptimizerId, Trajectory>();
  for (const part of parts) part.ids.forEach((id, i) => byId.set(id, part.done![i]));
  return ids.map((id) => byId.get(id)!);
}
