// Scene → results. Each result is recomputed only when the inputs it depends on change
// (cached by a key of those inputs); tensors never outlive a computation (see math/).
import { create } from 'zustand';
import { computeMsg } from '../i18n/problems';
import { factsAndPatch, factsAt, tfEvaluator } from '../math/engine';
import { evalGrid, type GridValues } from '../math/evaluate';
import type { Node } from '../math/formula/ast';
import { parseFormula } from '../math/formula/parse';
import type { PointFacts } from '../math/hessian';
import { taylorGrid, type TaylorGrid } from '../math/taylor';
import type { Domain } from '../math/surfaces-types';
import { applicability, type OptimizerId, type OptimizerParams, type RunContext } from '../math/optimizers';
import { isRegressionId, regressionAst } from '../math/regression';
import { surfaceData } from '../math/surfaces';
import type { Trajectory } from '../math/optimizers/types';
import { driveRuns } from '../math/runs';
import type { Scene } from '../state/scene';
import { scheduleBasins } from './basins';
import { higherModels, MAX_ORDER, pointDerivatives } from './taylorModels';

export interface Results {
  /** bumps whenever any result changes; views report which version they have drawn */
  version: number;
  formula: string;
  ast: Node | null;
  grid: GridValues | null;
  facts: PointFacts | null;
  /** T1 and T2, and f itself, on a local patch around the expansion point; `higher` holds
   *  the models of order 3–6 that show (same axes) */
  patch: (TaylorGrid & { f: Float32Array; domain: Domain; higher?: Record<number, Float32Array> }) | null;
  /** dⁿf/(dx^(n−j) dy^j) at p up to order 6, where a model above order 2 shows; else null */
  derivatives: number[][] | null;
  /** the runs of the chosen optimizers that apply to the formula, in the order of `opt` */
  runs: Trajectory[];
  /** why chosen optimizers were not run (gauss-newton on a formula that is not a sum of
   *  squares, …), one message each, for an alert; empty when all ran */
  runAlerts: string[];
  /** while optimizer runs are being computed (spread over frames): how far, 0…1; else null */
  runsProgress: number | null;
  /** the last computation's failure, shown as an alert; the previous results stay (in the
   *  language in use when it failed) */
  error: string | null;
  busy: boolean;
}

export const useResults = create<Results>(() => ({
  version: 0,
  formula: '',
  ast: null,
  grid: null,
  facts: null,
  patch: null,
  derivatives: null,
  runs: [],
  runAlerts: [],
  runsProgress: null,
  error: null,
  busy: true,
}));

/** Samples per axis of the map while a data point is dragged (compute's `draft`). */
export const DRAFT_GRID = 41;

/** Samples per axis when the URL does not say: enough for smooth contours, cheap to redraw. */
export function defaultGrid(backend: string): number {
  return backend === 'webgl' ? 121 : 81;
}

const keys = { grid: '', facts: '', patch: '', runs: '', higher: '' };
/** The last formula parsed: the same text keeps the same tree, so what the views derive from
 *  `ast` alone (memoised on it) is not redone when only p moves. */
let parsed: { formula: string; ast: Node } | null = null;

export function resetCache() {
  keys.grid = keys.facts = keys.patch = keys.runs = keys.higher = '';
  parsed = null;
  if (runJob) runJob.cancelled = true;
  runJob = null;
}

/** How long one slice of optimizer work may hold the main thread before input gets a turn. */
export const RUN_SLICE_MS = 12;

let runJob: { key: string; cancelled: boolean } | null = null;
/** A failure in the first (synchronous) slice, for compute() to report. */
let firstSliceError: string | null = null;

/** The optimizer parameters of a scene. */
export function runParams(scene: Scene): OptimizerParams {
  return {
    lr: scene.lr,
    beta: scene.beta,
    h: scene.h,
    m: scene.m,
    radius: scene.radius,
    batch: scene.batch,
    seed: scene.seed,
  };
}

/** The chosen optimizers that apply to the formula (in the order of `opt`) and, for the
 *  others, why not (CONTRACT §5: they are not run, the alert says why, the others run). */
export function applicableRuns(
  ast: Node,
  opt: readonly OptimizerId[],
  data?: RunContext['data'],
): { ids: OptimizerId[]; alerts: string[] } {
  const ids: OptimizerId[] = [];
  const alerts: string[] = [];
  for (const id of opt) {
    const why = applicability(id, ast, data);
    if (why) alerts.push(why);
    else ids.push(id);
  }
  return { ids, alerts };
}

/**
 * Optimizer runs, computed round by round in slices of RUN_SLICE_MS with the event loop in
 * between, so a long run (steps=10000) never freezes dragging or typing. The first slice runs
 * at once: short runs finish within it, as if synchronous. A newer scene cancels the job.
 * Methods with a GPU step run in chunks on WebGL, the others stepwise beside them (math/runs.ts).
 */
function startRuns(key: string, ast: Node, scene: Scene) {
  if (runJob) runJob.cancelled = true;
  const job = { key, cancelled: false };
  runJob = job;
  const data = sceneData(scene);
  const { ids, alerts } = applicableRuns(ast, scene.opt, data);
  useResults.setState({ runAlerts: alerts });
  const drive = driveRuns(ast, ids, { start: scene.start, steps: scene.steps, tol: scene.tol }, runParams(scene), {
    evaluate: tfEvaluator(ast),
    data,
  });
  const steps = Math.max(1, scene.steps);
  let first = true;
  const slice = () => {
    if (job.cancelled) return;
    const t0 = performance.now();
    try {
      let r = drive.next();
      while (!r.done && performance.now() - t0 < RUN_SLICE_MS) r = drive.next();
      if (r.done) {
        runJob = null;
        keys.runs = key;
        const runs = r.value;
        useResults.setState((s) => ({ runs, runsProgress: null, busy: false, version: s.version + 1 }));
        return;
      }
      useResults.setState({ runsProgress: Math.min(0.99, r.value / steps) });
      setTimeout(slice, 0);
    } catch (err) {
      runJob = null;
      const error = computeMsg().failed(err instanceof Error ? err.message : String(err));
      if (first) firstSliceError = error;
      useResults.setState({ runsProgress: null, busy: false, error });
    } finally {
      first = false;
    }
  };
  firstSliceError = null;
  slice();
}

/** The data in use on a regression surface (its own, or the scene's `data`); else undefined. */
export function sceneData(scene: Scene): RunContext['data'] {
  const id = scene.surfaceId;
  if (!isRegressionId(id)) return undefined;
  const rows = scene.data ?? surfaceData(id);
  return rows ? { id, rows } : undefined;
}

/** The formula's tree: a regression surface with data of its own is built directly (a large
 *  data set's formula is beyond what the parser takes from a user); else parsed. */
function treeOf(scene: Scene): { ok: true; ast: Node } | { ok: false; message: string } {
  if (scene.data && isRegressionId(scene.surfaceId))
    return { ok: true, ast: regressionAst(scene.surfaceId, scene.data) };
  return parseFormula(scene.formula);
}

/** Samples per axis of the Taylor patches: small, so dragging stays cheap. */
export const PATCH_SAMPLES = 25;

/** The patch around p: half-widths `patch` × the domain's size, clipped to the domain. */
export function patchDomain(point: [number, number], domain: Domain, patch: number): Domain {
  const hx = (domain[1] - domain[0]) * patch;
  const hy = (domain[3] - domain[2]) * patch;
  return [
    Math.max(domain[0], point[0] - hx),
    Math.min(domain[1], point[0] + hx),
    Math.max(domain[2], point[1] - hy),
    Math.min(domain[3], point[1] + hy),
  ];
}

/**
 * Recompute what the scene change invalidated; returns whether anything changed at once.
 * Optimizer runs may finish later (startRuns); the page stays busy until they have.
 */
export function compute(scene: Scene, backend: string, draft = false): boolean {
  if (parsed?.formula !== scene.formula) {
    const r = treeOf(scene);
    if (!r.ok) {
      useResults.setState({ error: computeMsg().formula(r.message), busy: false });
      return false;
    }
    parsed = { formula: scene.formula, ast: r.ast };
  }
  const ast = parsed.ast;
  const full = scene.grid ?? defaultGrid(backend);
  // While a data point is dragged every write changes f everywhere: the map is redrawn from a
  // coarser grid (a quarter of the samples to evaluate and to contour), the full one on release.
  const n = draft ? Math.min(full, DRAFT_GRID) : full;
  const gridKey = JSON.stringify([scene.formula, scene.domain, n]);
  const factsKey = JSON.stringify([scene.formula, scene.point]);
  const patchKey = JSON.stringify([scene.formula, scene.point, scene.domain, scene.patch]);
  const runsKey = JSON.stringify([scene.formula, scene.start, scene.opt, runParams(scene), scene.steps, scene.tol]);
  const patch: Partial<Results> = {};
  try {
    if (gridKey !== keys.grid) {
      patch.grid = evalGrid(ast, scene.domain, n, n, 0);
      keys.grid = gridKey;
    }
    if (patchKey !== keys.patch) {
      // On WebGL, one program and one read-back for both (a move of p changes both).
      const both = factsAndPatch(ast, scene.point, patchDomain(scene.point, scene.domain, scene.patch), PATCH_SAMPLES);
      if (both) {
        if (factsKey !== keys.facts) patch.facts = both.facts;
        patch.patch = both.patch;
        keys.facts = factsKey;
        keys.patch = patchKey;
      }
    }
    if (factsKey !== keys.facts) {
      patch.facts = factsAt(ast, scene.point[0], scene.point[1]);
      keys.facts = factsKey;
    }
    const facts = patch.facts ?? useResults.getState().facts;
    if (patchKey !== keys.patch && facts) {
      const d = patchDomain(scene.point, scene.domain, scene.patch);
      const t = taylorGrid(facts, d, PATCH_SAMPLES, PATCH_SAMPLES);
      const f = evalGrid(ast, d, PATCH_SAMPLES, PATCH_SAMPLES, 0).v;
      patch.patch = { ...t, f, domain: d };
      keys.patch = patchKey;
    }
    // Models above order 2: the jets' derivatives at p, then the models on the same patch.
    const high = scene.taylor.filter((k) => k >= 3);
    const higherKey = high.length ? JSON.stringify([patchKey, high]) : '';
    if (higherKey !== keys.higher) {
      const cur = patch.patch ?? useResults.getState().patch;
      if (high.length && facts && cur) {
        const derivs = pointDerivatives(ast, facts, MAX_ORDER);
        patch.derivatives = derivs;
        patch.patch = { ...cur, higher: higherModels(derivs, scene.point, cur.domain, PATCH_SAMPLES, high) };
      } else {
        patch.derivatives = null;
        if (cur?.higher) patch.patch = { ...cur, higher: undefined };
      }
      keys.higher = higherKey;
    }
    if (runsKey !== keys.runs && runJob?.key !== runsKey) startRuns(runsKey, ast, scene);
  } catch (err) {
    useResults.setState({
      ...patch,
      error: computeMsg().failed(err instanceof Error ? err.message : String(err)),
      busy: false,
    });
    return Object.keys(patch).length > 0;
  }
  // Basins: computed over many frames (compute/basins.ts); they do not hold data-ready back.
  scheduleBasins(scene, ast, backend);
  const changed = Object.keys(patch).length > 0;
  useResults.setState((r) => ({
    ...patch,
    formula: scene.formula,
    ast,
    error: firstSliceError,
    // still busy while optimizer runs are being computed in slices
    busy: runJob !== null,
    version: changed ? r.version + 1 : r.version,
  }));
  return changed;
}
