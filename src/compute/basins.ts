// Newton basins off the main path: a computation over every start of a grid, run a few
// iterations per animation frame (all starts at once, batched tensors) so input stays live,
// with its progress in a store for the progress bar. A scene change cancels the job in
// flight; its tensors are disposed at its next frame. Results are cached by their inputs.
import { create } from 'zustand';
import {
  basinFreeze,
  basinIterations,
  basinStart,
  basinStarts,
  basinStep,
  classifyBasins,
  disposeBasinState,
  movingStarts,
  settleBasins,
  SETTLE_FROM,
  writeEnds,
  type BasinMap,
  type BasinMethod,
  type BasinState,
} from '../math/basins';
import type { Node } from '../math/formula/ast';
import { getSurface } from '../math/surfaces';
import type { Scene } from '../state/scene';

export interface BasinsStore {
  /** what is shown: off, computing (with progress 0…1), done, or failed */
  status: 'off' | 'running' | 'done' | 'error';
  method: BasinMethod | null;
  progress: number;
  map: BasinMap | null;
  message: string | null;
}

export const useBasins = create<BasinsStore>(() => ({
  status: 'off',
  method: null,
  progress: 0,
  map: null,
  message: null,
}));

/** Starts per axis: 256² (issue 16's goal resolution) on WebGL and on wasm, where 256² starts ×
 *  30 Newton steps take ~50 ms here once warm, ~0.4 s the first time (1.1 s on SwiftShader's
 *  WebGL; npm run bench, basins); plain-JavaScript cpu takes a small grid. */
export function basinGrid(backend: string): number {
  return backend === 'cpu' ? 64 : 256;
}

/** Longest stretch of basin iterations between two frames, in ms. */
const SLICE_MS = 12;

let job: { key: string; cancelled: boolean } | null = null;
let doneKey = '';

const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 0);
  });

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1500 });
    else setTimeout(resolve, 50);
  });

/** Start (or keep, or cancel) the basin computation the scene asks for. */
export function scheduleBasins(scene: Scene, ast: Node, backend: string) {
  if (scene.basins === 'off') {
    if (job) job.cancelled = true;
    job = null;
    doneKey = '';
    if (useBasins.getState().status !== 'off')
      useBasins.setState({ status: 'off', method: null, progress: 0, map: null, message: null });
    return;
  }
  const method = scene.basins;
  const n = basinGrid(backend);
  const key = JSON.stringify([scene.formula, scene.domain, method, n]);
  if (key === doneKey || job?.key === key) return;
  if (job) job.cancelled = true;
  const mine = { key, cancelled: false };
  job = mine;
  useBasins.setState({ status: 'running', method, progress: 0, map: null, message: null });
  void run(mine, ast, scene, method, n);
}

async function run(mine: { key: string; cancelled: boolean }, ast: Node, scene: Scene, method: BasinMethod, n: number) {
  const iterations = basinIterations(method);
  const critical = scene.surfaceId ? (getSurface(scene.surfaceId)?.critical ?? []) : [];
  const domain = scene.domain;
  let s: BasinState | null = null;
  try {
    // Let the page draw the scene first: the map is extra, the surface and runs are not.
    await idle();
    if (mine.cancelled) return;
    const { xs, ys } = basinStarts(domain, n);
    s = basinStart(xs, ys);
    // iterations in slices of about a frame's work: a fast engine (wasm: 256² starts in ~4 ms
    // a step) does many between two frames, a slow one gives the frame back after each
    let slice = performance.now();
    const freeze = basinFreeze(domain);
    for (let k = 0; k < iterations; k++) {
      s = basinStep(ast, s, method);
      // Wait for the GPU without blocking (async reads), and take the starts that have
      // converged out of the batch: the later iterations only move the few that have not.
      if (k >= SETTLE_FROM) s = await settleBasins(s, freeze);
      else await s.step.data();
      if (mine.cancelled) return;
      useBasins.setState({ progress: (k + 1) / (iterations + 1) });
      // Every start has settled (or left): no need for the remaining iterations.
      if (movingStarts(s) === 0) break;
      if (performance.now() - slice < SLICE_MS) continue;
      await nextFrame();
      if (mine.cancelled) return;
      slice = performance.now();
    }
    const ends = writeEnds(
      s,
      (await s.X.data()) as Float32Array,
      (await s.Y.data()) as Float32Array,
      (await s.step.data()) as Float32Array,
    );
    if (mine.cancelled) return;
    const map = classifyBasins(ast, ends, domain, n, method, critical);
    doneKey = mine.key;
    job = null;
    useBasins.setState({ status: 'done', method, progress: 1, map, message: null });
  } catch (err) {
    if (mine.cancelled) return;
    job = null;
    useBasins.setState({
      status: 'error',
      progress: 0,
      map: null,
      message: `Basins could not be computed: ${err instanceof Error ? err.message : String(err)}`,
    });
  } finally {
    if (s) disposeBasinState(s);
  }
}
