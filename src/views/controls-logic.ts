// Pure logic behind the optimizer panel, the playback bar, the runs list and the convergence
// plot: input validation (the same rules as the URL), the gradient-descent step-size limit,
// run status in words, playback timing, and the convergence plot's series. No React, no DOM,
// no tfjs: unit-tested in node (playback-logic.test.ts). Words are in the language asked for,
// by default the one in use (i18n/methods.ts).
import { currentLang, type Lang } from '../i18n/i18n';
import { controlsMsg, statusWordsMsg } from '../i18n/methods';
import type { Trajectory } from '../math/optimizers/types';
import { presetIteration } from '../math/presets';
import { getSurface } from '../math/surfaces';
import { isRegressionId, regressionMinimum } from '../math/regression';
import type { Scene } from '../state/scene';
import type { Domain } from '../math/surfaces-types';
import { fmtDomain, fmtPair, inside, parseNumber } from '../state/url';
import { readNumber, type Checked } from '../state/params';
import { tourIteration } from './classroom/tours';
import { fmt } from './format';

// ---------------------------------------------------------------------------------------------
// Validation of typed parameters (CONTRACT §1: the same rules and wording as the URL parser).

export type NumberParam = 'lr' | 'beta' | 'h' | 'steps' | 'tol';
export type { Checked };

/** Check a typed number by its row in NUMBER_PARAMS; `keep` is the last valid value, which the
 *  message says stays in use. */
export function checkNumber(
  param: NumberParam,
  text: string,
  keep: number,
  lang: Lang = currentLang(),
): Checked<number> {
  // lr's rule does not depend on the surface: its context's lr (the default) is not read here
  return readNumber(param, text, { lr: keep }, controlsMsg.in(lang).stillUsing(String(keep)));
}

export type StartCheck =
  | { ok: true; value: [number, number] }
  | { ok: false; message: string; /** which of x, y is at fault */ bad: [boolean, boolean] };

/** Check a typed start point: two numbers, inside the domain. */
export function checkStart(
  textX: string,
  textY: string,
  domain: Domain,
  keep: [number, number],
  lang: Lang = currentLang(),
): StartCheck {
  const say = controlsMsg.in(lang);
  const x = parseNumber(textX);
  const y = parseNumber(textY);
  if (x === null || y === null) {
    const what = (name: string, t: string) =>
      t.trim() === '' ? say.startEmpty(name) : say.startNotNumber(name, t.trim());
    const parts = [x === null ? what('x', textX) : null, y === null ? what('y', textY) : null].filter(
      (s): s is string => s !== null,
    );
    const both = parts.length === 2 ? say.startBoth(parts[0], parts[1]) : parts[0];
    return { ok: false, message: say.startBad(both, fmtPair(keep)), bad: [x === null, y === null] };
  }
  const p: [number, number] = [x, y];
  if (!inside(domain, p)) {
    return {
      ok: false,
      message: say.startOutside(fmtPair(p), fmtDomain(domain), fmtPair(keep)),
      bad: [x < domain[0] || x > domain[1], y < domain[2] || y > domain[3]],
    };
  }
  return { ok: true, value: p };
}

// ---------------------------------------------------------------------------------------------
// The gradient-descent stability limit lr < 2/λmax.

/** Surfaces whose Hessian is the same everywhere, so the limit at the start holds everywhere. */
export const QUADRATIC_SURFACES: readonly string[] = ['quadratic', 'booth', 'matyas', 'saddle', 'linear-regression'];

export interface LrLimit {
  /** 2/λmax, or null when there is none (λmax ≤ 0) or H is undefined */
  limit: number | null;
  /** the sentence shown next to lr */
  text: string;
  /** a warning when lr is at or beyond the limit, else null */
  warning: string | null;
}

/**
 * What to say about lr given the Hessian's eigenvalues (ascending) at the start. On a quadratic
 * gd multiplies the error along the eigenvector of λ by (1 − lr·λ) each step, so it converges
 * iff lr < 2/λmax; elsewhere that is only the local picture near the start.
 */
export function lrLimit(
  eigenvalues: [number, number] | null,
  surfaceId: string | null,
  lr: number,
  lang: Lang = currentLang(),
): LrLimit {
  const say = controlsMsg.in(lang);
  if (!eigenvalues || !eigenvalues.every(Number.isFinite)) {
    return { limit: null, text: say.lrUndefined, warning: null };
  }
  const [lmin, lmax] = eigenvalues;
  const exact = surfaceId !== null && QUADRATIC_SURFACES.includes(surfaceId);
  if (lmax <= 0) {
    return { limit: null, text: say.lrNoLimit(fmt(lmax, 3)), warning: null };
  }
  const limit = 2 / lmax;
  // f curving down along one direction: gd moves away there whatever lr
  const text = say.lrStable(fmt(limit, 3), exact, lmin < 0);
  let warning: string | null = null;
  const rel = (lr - limit) / limit;
  if (rel > 1e-6) {
    warning = exact ? say.lrExceedsExact(fmt(lr), fmt(limit, 3)) : say.lrExceedsLocal(fmt(lr), fmt(limit, 3));
  } else if (rel >= -1e-6) {
    warning = say.lrAtLimit(fmt(lr));
  }
  return { limit, text, warning };
}

// ---------------------------------------------------------------------------------------------
// Runs: their length and their status in words.

/** The last iterate's k (0 for an empty run). */
export function lastK(run: Trajectory): number {
  const n = run.iterates.length;
  return n === 0 ? 0 : run.iterates[n - 1].k;
}

/** The scrubber's end: the longest run's last k. */
export function maxIterOf(runs: readonly Trajectory[]): number {
  let m = 0;
  for (const r of runs) m = Math.max(m, lastK(r));
  return m;
}

/**
 * Where playback opens when new runs arrive: a tour step's or a preset's iteration where the
 * lesson is mid-run (a tour step rules while a tour is on), else null for the runs' end.
 */
export function openingIteration(scene: Scene): number | null {
  if (scene.tour !== null) return tourIteration(scene);
  return presetIteration(scene);
}

/** How a run ended, in words. */
export function statusText(run: Trajectory, lang: Lang = currentLang()): string {
  const k = lastK(run);
  const say = controlsMsg.in(lang);
  switch (run.status) {
    case 'converged':
      return say.converged(k);
    case 'diverged':
      return say.diverged(k);
    case 'max-steps':
      return say.maxSteps(k);
    case 'singular-hessian':
      return say.singularHessian(k);
    case 'line-search-failed':
      return say.lineSearchFailed(k);
    default: {
      const words = statusWordsMsg.in(lang) as Record<string, string>;
      return Object.hasOwn(words, run.status) ? words[run.status] : String(run.status);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Playback timing.

/** Longest frame gap counted (s): a background tab resuming does not jump ahead, while slow
 *  frames (a busy 3D view) still keep the wall-clock rate by advancing several iterations. */
export const MAX_FRAME_S = 1;

/**
 * Advance playback by one frame: `acc` is the fractional iterations carried over. Returns the
 * whole iterations to advance now and the new carry.
 */
export function advance(acc: number, dtSeconds: number, speed: number): { steps: number; acc: number } {
  const dt = Math.min(Math.max(0, dtSeconds), MAX_FRAME_S);
  const total = acc + dt * Math.max(0, speed);
  const steps = Math.floor(total);
  return { steps, acc: total - steps };
}

// ---------------------------------------------------------------------------------------------
// The convergence plot's series.

export type Metric = 'f' | 'grad';

/** f* of a catalog surface: the least value of its global minima; null when unknown. */
export function fStarOf(surfaceId: string | null, data: readonly number[][] | null = null): number | null {
  if (surfaceId === null) return null;
  const s = getSurface(surfaceId);
  if (!s) return null;
  // a regression surface on the user's data: the minimum of that loss, not of the shipped data's
  if (data !== null && isRegressionId(surfaceId))
    return regressionMinimum(surfaceId, data as number[][])?.value ?? null;
  const vals = s.critical.filter((c) => c.global && c.kind === 'minimum').map((c) => c.value);
  return vals.length > 0 ? Math.min(...vals) : null;
}

/** Smallest value drawn on a log axis. */
export const LOG_FLOOR = 1e-16;
/** float32 resolution relative to a value (2^-23). */
const F32_EPS = 2 ** -23;

export interface Series {
  /** iteration numbers k */
  x: number[];
  /** plotted values; null is a gap */
  y: (number | null)[];
}

export interface ConvergenceData {
  /** one series per run, in the order of the runs */
  series: Series[];
  /** whether the y axis is logarithmic */
  log: boolean;
  /** y axis title */
  title: string;
  /** the quantity plotted, for hover text */
  quantity: string;
  /** fixed y range over all iterates of all runs (log10 units on a log axis), null: automatic */
  range: [number, number] | null;
}

/**
 * The y values of every run over all its iterates (the plot shows a prefix of them, following
 * the scrubber). Rules:
 * - non-finite values (a diverged or undefined iterate) are dropped: null, a gap in the line;
 * - metric 'grad': ‖∇f‖ on a log axis; an exact 0 is CLIPPED to LOG_FLOOR (not dropped), so a
 *   run that lands exactly on a critical point is drawn reaching the bottom of the plot;
 * - metric 'f' with f* known: f − f* on a log axis. At convergence f − f* is 0 or even slightly
 *   negative (float32 rounding of f against the float64 f*): such values, down to −noise, are
 *   CLIPPED to a floor — max(LOG_FLOOR, float32 resolution at f*) — and drawn at the bottom,
 *   meaning "reached f* to the precision computed". A value clearly below f* (a run escaped
 *   the domain on a surface unbounded below) makes f − f* meaningless: fall back to f;
 * - metric 'f' without f*: f on a log axis if every finite f is positive, else on a linear axis
 *   (said in the axis title, which stays short enough for a 220 px plot).
 * The decision uses all iterates, not only those shown, so the axis never changes mid-playback.
 */
export function convergenceSeries(
  runs: readonly Trajectory[],
  metric: Metric,
  fStar: number | null,
  lang: Lang = currentLang(),
): ConvergenceData {
  const say = controlsMsg.in(lang);
  const xs = runs.map((r) => r.iterates.map((it) => it.k));
  const finite = (v: number) => (Number.isFinite(v) ? v : null);

  if (metric === 'grad') {
    const series = runs.map((r, i) => ({
      x: xs[i],
      y: r.iterates.map((it) => {
        const v = finite(it.gradNorm);
        return v === null ? null : Math.max(v, LOG_FLOOR);
      }),
    }));
    return { series, log: true, title: say.gradLog, quantity: '‖∇f‖', range: logRange(series) };
  }

  if (fStar !== null) {
    const floor = Math.max(LOG_FLOOR, F32_EPS * Math.abs(fStar));
    const noise = 1e-5 * Math.max(1, Math.abs(fStar));
    let below = false;
    const series = runs.map((r, i) => ({
      x: xs[i],
      y: r.iterates.map((it) => {
        const v = finite(it.value);
        if (v === null) return null;
        const d = v - fStar;
        if (d < -noise) below = true;
        return Math.max(d, floor);
      }),
    }));
    if (!below) return { series, log: true, title: say.gapLog, quantity: 'f − f*', range: logRange(series) };
    return plainF(runs, xs, say.belowFStar);
  }

  const allPositive = runs.every((r) => r.iterates.every((it) => !Number.isFinite(it.value) || it.value > 0));
  if (allPositive) {
    const series = runs.map((r, i) => ({ x: xs[i], y: r.iterates.map((it) => finite(it.value)) }));
    return { series, log: true, title: say.fLogUnknown, quantity: 'f', range: logRange(series) };
  }
  return plainF(runs, xs, say.fLinearUnknown);
}

function plainF(runs: readonly Trajectory[], xs: number[][], title: string): ConvergenceData {
  const series = runs.map((r, i) => ({
    x: xs[i],
    y: r.iterates.map((it) => (Number.isFinite(it.value) ? it.value : null)),
  }));
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const v of s.y) {
      if (v !== null) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  let range: [number, number] | null = null;
  if (Number.isFinite(lo)) {
    // as on the log axis, a diverging run leaves the plot rather than squashing the rest
    const m = 1e3 * Math.max(1, startMax(series, true));
    lo = Math.max(lo, -m);
    hi = Math.min(hi, m);
    const pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1, Math.abs(lo)) * 0.1;
    range = [lo - pad, hi + pad];
  }
  return { series, log: false, title, quantity: 'f', range };
}

/** Largest value of iterate 0 over the runs (they share the start, so usually one value). */
function startMax(series: Series[], abs: boolean): number {
  let m = -Infinity;
  for (const s of series) {
    const v = s.y[0];
    if (v !== null && v !== undefined) m = Math.max(m, abs ? Math.abs(v) : v);
  }
  return m;
}

/**
 * The y range of positive values in log10 units, padded a little. The top is capped
 * LOG_HEADROOM decades above the start's value: a diverging run leaves through the top of
 * the plot instead of squashing every other line to the bottom.
 */
export const LOG_HEADROOM = 4;
function logRange(series: Series[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const v of s.y) {
      if (v !== null && v > 0) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!Number.isFinite(lo)) return null;
  const y0 = startMax(series, false);
  if (y0 > 0) hi = Math.min(hi, y0 * 10 ** LOG_HEADROOM);
  const a = Math.log10(lo);
  const b = Math.max(Math.log10(hi), a);
  const pad = Math.max(0.2, 0.05 * (b - a));
  return [a - pad, b + pad];
}

/** The prefix of a series shown at scrubbed iteration `iter`: iterates 0..min(iter, last). */
export function sliceSeries(s: Series, iter: number): Series {
  // k runs 0, 1, 2, … so the iterate with k = iter is at index iter.
  const n = Math.max(0, Math.min(s.x.length, Math.floor(iter) + 1));
  return n === s.x.length ? s : { x: s.x.slice(0, n), y: s.y.slice(0, n) };
}
