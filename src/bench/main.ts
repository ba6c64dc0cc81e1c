// The benchmark's page (bench.html, driven by bench/run.mjs): the app's own math modules
// exposed as window.__bench, timed in the browser on each TensorFlow.js backend, beside the
// same formulas in a plain TypeScript loop (the baseline every ratio is taken against).
import * as tf from '@tensorflow/tfjs-core';
import { startBackend } from '../compute/backend';
import { factsAndPatch, factsAt, runOptimizers, tfEvaluator } from '../math/engine';
import { taylorGrid } from '../math/taylor';
import { evalGrid } from '../math/evaluate';
import type { Node } from '../math/formula/ast';
import { parseFormula } from '../math/formula/parse';
import type { Order } from '../math/jet';
import { OPTIMIZERS, optimizerSpec, type OptimizerId } from '../math/optimizers';
import { surfaceData } from '../math/surfaces';
import { getSurface } from '../math/surfaces';
import type { CriticalPoint, Domain } from '../math/surfaces-types';
import type { Backend } from '../state/scene';
import { derivativesTensor } from '../math/jetK';
import { derivativesTensorBest } from '../math/jetKGlsl';
import { basinStarts } from '../math/basins';
import { loopBasinsHimmelblau, loopGrid, LOOP_FORMULAS, rosenbrockEvaluator } from './loops';

export interface Timing {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

export function summarize(times: number[]): Timing {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: round(median), p95: round(at(0.95)), min: round(s[0]), runs: s.length };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Time `fn` after one warm-up call: at least `min` runs, more while under `budgetMs`, at most `max`. */
function time(fn: () => void, min = 3, max = 7, budgetMs = 1500): Timing & { first: number } {
  const f0 = performance.now();
  fn();
  const first = round(performance.now() - f0);
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < min || (times.length < max && performance.now() - t0 < budgetMs)) {
    const a = performance.now();
    fn();
    times.push(performance.now() - a);
  }
  return { ...summarize(times), first };
}

function parse(formula: string): Node {
  const r = parseFormula(formula);
  if (!r.ok) throw new Error(`bench: ${formula}: ${r.message}`);
  return r.ast;
}

async function switchBackend(name: Backend): Promise<boolean> {
  try {
    const { backend } = await startBackend(name);
    return backend === name;
  } catch {
    return false;
  }
}

const DOMAIN: Domain = [-2, 2, -1, 3];

export interface GridCell {
  formula: string;
  n: number;
  order: Order;
  loop: Timing;
  backends: Record<string, (Timing & { ratioVsLoop: number }) | { error: string }>;
}

/** Grid evaluation: the app's evalGrid on every backend, and the plain loop, per size and order. */
async function grid(
  backends: Backend[],
  sizes: number[],
  orders: Order[],
): Promise<{ available: string[]; cells: GridCell[] }> {
  const cells: GridCell[] = [];
  // let the JIT optimise the loops before any of them is timed
  for (let i = 0; i < 5; i++)
    for (const key of Object.keys(LOOP_FORMULAS)) for (const order of orders) loopGrid(key, DOMAIN, 128, 128, order);
  for (const key of Object.keys(LOOP_FORMULAS)) {
    for (const n of sizes) {
      for (const order of orders) {
        const loop = time(() => loopGrid(key, DOMAIN, n, n, order), 5, 15);
        cells.push({ formula: LOOP_FORMULAS[key], n, order, loop, backends: {} });
      }
    }
  }
  const available: string[] = [];
  for (const b of backends) {
    const ok = await switchBackend(b);
    for (const cell of cells) {
      if (!ok) {
        cell.backends[b] = { error: 'backend not available' };
        continue;
      }
      try {
        const ast = parse(cell.formula);
        const t = time(() => evalGrid(ast, DOMAIN, cell.n, cell.n, cell.order));
        cell.backends[b] = { ...t, ratioVsLoop: round(t.median / Math.max(cell.loop.median, 1e-3)) };
      } catch (err) {
        cell.backends[b] = { error: String(err) };
      }
    }
    if (ok) available.push(b);
  }
  return { available, cells };
}

/** A run of one method to its end: on Rosenbrock, or for a method that needs data (sgd) on
 *  linear regression with its shipped data (the plain loop knows Rosenbrock only). */
const benchAsts = new Map<string, Node>();

function runOne(id: OptimizerId, n: number, mode: 'engine' | 'stepwise' | 'loop') {
  const data = optimizerSpec(id).needs === 'data';
  if (data && mode === 'loop') throw new Error('the plain loop has no regression data');
  const s = getSurface(data ? 'linear-regression' : 'rosenbrock')!;
  // one parse per surface: the GPU programs are cached per formula tree
  const a = benchAsts.get(s.id) ?? benchAsts.set(s.id, parse(s.formula)).get(s.id)!;
  // engine: the GPU step programs where the method has one; an evaluator: one read-back per step
  const evaluate = mode === 'loop' ? rosenbrockEvaluator : mode === 'stepwise' ? tfEvaluator(a) : undefined;
  const rows = data ? { id: 'linear-regression' as const, rows: surfaceData('linear-regression')! } : undefined;
  return runOptimizers(
    a,
    [id],
    { start: s.start, steps: n, tol: 0 },
    { lr: s.lr, beta: 0.9, h: 1e-3 },
    evaluate,
    rows,
  )[0];
}

/** Every optimizer on Rosenbrock from its suggested start (sgd on linear regression), tol 0
 *  (runs every step it can). */
async function optimizers(backends: (Backend | 'loop' | 'webgl-stepwise')[], steps: number[]) {
  const out: Record<
    string,
    Record<string, Record<string, (Timing & { iterations: number; status: string }) | { error: string }>>
  > = {};
  for (const b of backends) {
    // webgl: the GPU step programs (gpu-runs.ts); webgl-stepwise: the same runs driven step by
    // step through the evaluator, one read-back per step (the path before them, the baseline)
    const backend = b === 'webgl-stepwise' ? 'webgl' : b;
    if (backend !== 'loop' && !(await switchBackend(backend))) continue;
    out[b] = {};
    for (const id of OPTIMIZERS as readonly OptimizerId[]) {
      out[b][id] = {};
      for (const n of steps) {
        try {
          let last = { iterations: 0, status: '' };
          const t = time(
            () => {
              const run = runOne(id, n, b === 'loop' ? 'loop' : b === 'webgl-stepwise' ? 'stepwise' : 'engine');
              last = { iterations: run.iterates.length - 1, status: run.status };
            },
            n >= 1000 ? 1 : 3,
            3,
            n >= 1000 ? 1000 : 1500,
          );
          out[b][id][String(n)] = { ...t, ...last };
        } catch (err) {
          out[b][id][String(n)] = { error: String(err) };
        }
      }
    }
  }
  return out;
}

/** What one move of p computes (results.ts): f, ∇f, H at p, then T1, T2 and f on the
 *  25² patch around it: the numeric share of drag-to-repaint, per backend. */
async function dragCompute(backends: Backend[], samples = 25) {
  const s = getSurface('rosenbrock')!;
  const ast = parse(s.formula);
  const out: Record<string, { facts: Timing; patch: Timing; move: Timing; fused: boolean } | { error: string }> = {};
  for (const b of backends) {
    if (!(await switchBackend(b))) {
      out[b] = { error: 'backend not available' };
      continue;
    }
    let k = 0;
    const at = (): [number, number] => [0.3 + 0.01 * (k % 20), 0.4 + 0.01 * (k++ % 20)];
    const facts = time(() => factsAt(ast, ...at()), 5, 15);
    const patch = time(
      () => {
        const [x, y] = at();
        const p = factsAt(ast, x, y);
        const d: Domain = [x - 0.4, x + 0.4, y - 0.4, y + 0.4];
        taylorGrid(p, d, samples, samples);
        evalGrid(ast, d, samples, samples, 0);
      },
      5,
      15,
    );
    // what results.ts runs per move: one fused program where it can, else the three calls
    let fused = false;
    const move = time(
      () => {
        const [x, y] = at();
        const d: Domain = [x - 0.4, x + 0.4, y - 0.4, y + 0.4];
        if (factsAndPatch(ast, [x, y], d, samples)) fused = true;
        else {
          taylorGrid(factsAt(ast, x, y), d, samples, samples);
          evalGrid(ast, d, samples, samples, 0);
        }
      },
      5,
      15,
    );
    out[b] = { facts, patch, move, fused };
  }
  return out;
}

interface BasinsModule {
  computeBasins?: (
    ast: Node,
    domain: Domain,
    n: number,
    method: 'newton',
    critical: CriticalPoint[],
    iterations?: number,
  ) => unknown;
}

// Loaded only if present, so the benchmark builds before (and without) the basins module.
const basinModules = import.meta.glob<BasinsModule>('../math/basins.ts');

/** Newton basins: n² starts × `iterations` Newton steps, classified (Himmelblau by default:
 *  four minima, a maximum and saddles; the basins the peer visualizer draws). With the starts
 *  labelled per class, to check the engines against the plain-JavaScript baseline. */
async function basins(backend: Backend, n = 256, iterations = 30, surfaceId = 'himmelblau') {
  const load = basinModules['../math/basins.ts'];
  if (!load) return { result: null, reason: 'src/math/basins.ts is not in this build' };
  const mod = await load();
  if (typeof mod.computeBasins !== 'function')
    return { result: null, reason: 'src/math/basins.ts has no computeBasins' };
  if (!(await switchBackend(backend))) return { result: null, reason: `backend ${backend} not available` };
  const s = getSurface(surfaceId)!;
  const ast = parse(s.formula);
  const before = tf.memory().numTensors;
  let map: unknown = null;
  const t = time(() => (map = mod.computeBasins!(ast, s.domain, n, 'newton', s.critical, iterations)), 1, 3, 1500);
  const minima = (map as { classes: { kind: string; x?: number; y?: number; count: number }[] } | null)?.classes
    .filter((c) => c.kind === 'minimum')
    .map((c) => ({ x: round(c.x ?? NaN), y: round(c.y ?? NaN), count: c.count }));
  return {
    result: { backend, surface: surfaceId, starts: n * n, iterations, ...t, minima },
    tensorsLeaked: tf.memory().numTensors - before,
  };
}

/** The engine's basins and the plain-JavaScript baseline in alternating runs in one page
 *  (`rounds` of each, after one warm-up of each), so that a slow spell of this shared machine
 *  falls on both: medians, and speedVsLoop = loop median / engine median. */
async function basinsVsLoop(backend: Backend, n = 256, iterations = 30, rounds = 7) {
  const load = basinModules['../math/basins.ts'];
  const mod = load ? await load() : null;
  if (!mod?.computeBasins) return { result: null, reason: 'no computeBasins in this build' };
  if (!(await switchBackend(backend))) return { result: null, reason: `backend ${backend} not available` };
  const s = getSurface('himmelblau')!;
  const ast = parse(s.formula);
  const engine = () => mod.computeBasins!(ast, s.domain, n, 'newton', s.critical, iterations);
  const loop = () => loopBasinsHimmelblau(s.domain, n, iterations);
  const first = performance.now();
  engine();
  const firstMs = round(performance.now() - first);
  loop();
  const te: number[] = [];
  const tl: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    engine();
    te.push(performance.now() - t);
    t = performance.now();
    loop();
    tl.push(performance.now() - t);
  }
  const e = summarize(te);
  const l = summarize(tl);
  return {
    result: {
      backend,
      starts: n * n,
      iterations,
      first: firstMs,
      engine: e,
      loop: l,
      speedVsLoop: round(l.median / e.median),
    },
  };
}

/** The same basins in plain JavaScript (float64, hand-written derivatives): the baseline. */
function basinsLoop(n = 256, iterations = 30) {
  const s = getSurface('himmelblau')!;
  // let the JIT optimise the loop first
  loopBasinsHimmelblau(s.domain, 32, iterations);
  let counts: ReturnType<typeof loopBasinsHimmelblau> | null = null;
  const t = time(() => (counts = loopBasinsHimmelblau(s.domain, n, iterations)), 3, 7, 1500);
  return { result: { backend: 'loop', surface: 'himmelblau', starts: n * n, iterations, ...t, counts } };
}

/** Every partial derivative up to order K on an n × n grid of Rosenbrock (jet size
 *  (K+1)(K+2)/2 rows), read back: on webgl the fused GLSL program (derivativesTensorBest) and
 *  the op-by-op path, elsewhere op by op (issue 17). */
async function jetGrid(backends: Backend[], n = 512, K = 6) {
  const ast = parse(LOOP_FORMULAS.rosenbrock);
  // every point of the grid, row-major (the same layout as the basins' starts)
  const { xs, ys } = basinStarts([-2, 2, -1, 3], n);
  const out: Record<string, unknown> = {};
  for (const b of backends) {
    if (!(await switchBackend(b))) {
      out[b] = { error: `backend ${b} not available` };
      continue;
    }
    const run = (fn: typeof derivativesTensor) => () => {
      const t = tf.tidy(() => fn(ast, tf.tensor1d(xs), tf.tensor1d(ys), K));
      t.dataSync();
      t.dispose();
    };
    const before = tf.memory().numTensors;
    if (b === 'webgl') {
      out['webgl-fused'] = time(run(derivativesTensorBest), 2, 5, 3000);
      out['webgl-ops'] = time(run(derivativesTensor), 1, 3, 3000);
    } else out[b] = time(run(derivativesTensor), 1, 3, 3000);
    out[`${b}-tensorsLeaked`] = tf.memory().numTensors - before;
  }
  return { n, K, rows: ((K + 1) * (K + 2)) / 2, ...out };
}

declare global {
  interface Window {
    __bench: typeof api;
  }
}

const api = {
  ready: true,
  grid,
  optimizers,
  basins,
  basinsLoop,
  basinsVsLoop,
  jetGrid,
  dragCompute,
  summarize,
  backendNow: () => tf.getBackend(),
};

window.__bench = api;
document.body.dataset.benchReady = 'true';
