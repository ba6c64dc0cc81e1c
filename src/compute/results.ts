// Scene → results. Each result is recomputed only when the inputs it depends on change
// (cached by a key of those inputs); tensors never outlive a computation (see math/).
import { create } from 'zustand';
import { factsAt, runOptimizers } from '../math/engine';
import { evalGrid, type GridValues } from '../math/evaluate';
import type { Node } from '../math/formula/ast';
import { parseFormula } from '../math/formula/parse';
import type { PointFacts } from '../math/hessian';
import type { Trajectory } from '../math/optimizers/types';
import type { Scene } from '../state/scene';

export interface Results {
  /** bumps whenever any result changes; views report which version they have drawn */
  version: number;
  formula: string;
  ast: Node | null;
  grid: GridValues | null;
  facts: PointFacts | null;
  runs: Trajectory[];
  /** the last computation's failure, shown as an alert; the previous results stay */
  error: string | null;
  busy: boolean;
}

export const useResults = create<Results>(() => ({
  version: 0,
  formula: '',
  ast: null,
  grid: null,
  facts: null,
  runs: [],
  error: null,
  busy: true,
}));

/** Samples per axis when the URL does not say: enough for smooth contours, cheap to redraw. */
export function defaultGrid(backend: string): number {
  return backend === 'webgl' ? 121 : 81;
}

const keys = { grid: '', facts: '', runs: '' };

export function resetCache() {
  keys.grid = keys.facts = keys.runs = '';
}

/** Recompute what the scene change invalidated. Synchronous; returns whether anything changed. */
export function compute(scene: Scene, backend: string): boolean {
  const parsed = parseFormula(scene.formula);
  if (!parsed.ok) {
    useResults.setState({ error: `Formula: ${parsed.message}`, busy: false });
    return false;
  }
  const ast = parsed.ast;
  const n = scene.grid ?? defaultGrid(backend);
  const gridKey = JSON.stringify([scene.formula, scene.domain, n]);
  const factsKey = JSON.stringify([scene.formula, scene.point]);
  const runsKey = JSON.stringify([scene.formula, scene.start, scene.opt, scene.lr, scene.beta, scene.h, scene.steps, scene.tol]);
  const patch: Partial<Results> = {};
  try {
    if (gridKey !== keys.grid) {
      patch.grid = evalGrid(ast, scene.domain, n, n, 0);
      keys.grid = gridKey;
    }
    if (factsKey !== keys.facts) {
      patch.facts = factsAt(ast, scene.point[0], scene.point[1]);
      keys.facts = factsKey;
    }
    if (runsKey !== keys.runs) {
      patch.runs = runOptimizers(
        ast,
        scene.opt,
        { start: scene.start, steps: scene.steps, tol: scene.tol },
        { lr: scene.lr, beta: scene.beta, h: scene.h },
      );
      keys.runs = runsKey;
    }
  } catch (err) {
    useResults.setState({ ...patch, error: `Computation failed: ${err instanceof Error ? err.message : String(err)}`, busy: false });
    return Object.keys(patch).length > 0;
  }
  const changed = Object.keys(patch).length > 0;
  useResults.setState((r) => ({
    ...patch,
    formula: scene.formula,
    ast,
    error: null,
    busy: false,
    version: changed ? r.version + 1 : r.version,
  }));
  return changed;
}
