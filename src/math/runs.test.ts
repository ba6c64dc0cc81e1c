// GPU and stepwise runs side by side (runs.ts), with a stand-in GPU driver (Node has no WebGL):
// the methods with a GPU step go to it, the others stepwise, the results in the order asked;
// a GPU driver that fails to start sends its methods stepwise.
import { beforeAll, describe, expect, it } from 'vitest';
import { tfEvaluator } from './engine';
import { driveAll, makeRun, type OptimizerId } from './optimizers';
import type { RunConfig, Trajectory } from './optimizers/types';
import { driveRuns } from './runs';
import { ast, useCpu } from './test-setup';

beforeAll(useCpu);

const F = '(x^2 + y - 11)^2 + (x + y^2 - 7)^2';
const cfg: RunConfig = { start: [0.5, -1], steps: 40, tol: 1e-5 };
const params = { lr: 0.01, beta: 0.9, h: 1e-3, m: 3, radius: 0.5 };
const IDS: OptimizerId[] = ['lbfgs', 'gd', 'gauss-newton', 'bfgs', 'nesterov', 'newton', 'lm', 'cg', 'trust-region'];

function finish(drive: Generator<number, Trajectory[], void>): { runs: Trajectory[]; yields: number[] } {
  const yields: number[] = [];
  for (;;) {
    const r = drive.next();
    if (r.done) return { runs: r.value, yields };
    yields.push(r.value);
  }
}

describe('driveRuns', () => {
  it('GPU methods to the GPU driver, the others stepwise, together in the order asked', () => {
    const a = ast(F);
    const evaluate = tfEvaluator(a);
    const asked: OptimizerId[][] = [];
    // stands in for driveGpu: the same trajectories, stepwise
    const gpu = (ids: OptimizerId[]) => {
      asked.push(ids);
      return driveAll(
        ids.map((id) => makeRun(id, cfg, params, { ast: a })),
        evaluate,
      );
    };
    const { runs, yields } = finish(driveRuns(a, IDS, cfg, params, { evaluate, gpu }));
    expect(asked).toEqual([['gd', 'bfgs', 'nesterov', 'newton']]);
    expect(runs.map((r) => r.optimizer)).toEqual(IDS);
    expect(yields.length).toBeGreaterThan(0);
    const alone = finish(driveRuns(a, IDS, cfg, params, { evaluate, gpu: null })).runs;
    runs.forEach((r, i) => expect(r.iterates.map((t) => [t.x, t.y])).toEqual(alone[i].iterates.map((t) => [t.x, t.y])));
    expect(runs.find((r) => r.optimizer === 'lbfgs')!.params).toEqual({ m: 3 });
  });

  it('a GPU driver that fails on its first round (programs that do not compile) leaves its methods stepwise', () => {
    const a = ast(F);
    const evaluate = tfEvaluator(a);
    // eslint-disable-next-line require-yield
    const broken = function* (): Generator<number, Trajectory[], void> {
      throw new Error('link failed');
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { runs } = finish(driveRuns(a, ['gd', 'lbfgs', 'newton'], cfg, params, { evaluate, gpu: () => broken() }));
      expect(runs.map((r) => [r.optimizer, r.status])).toEqual([
        ['gd', 'max-steps'],
        ['lbfgs', 'converged'],
        ['newton', 'converged'],
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('runs nothing for no ids', () => {
    const a = ast(F);
    expect(finish(driveRuns(a, [], cfg, params, { evaluate: tfEvaluator(a) })).runs).toEqual([]);
  });
});
