// How a run ended, in words that tell the truth: the export keeps CONTRACT §5's status, and
// this reads the trajectory and the facts at its end (f, ∇f, H, float32 resolution of f)
// to say what that status means here. Pure: no tfjs, no DOM (unit-tested in runStatus.test.ts).
// The words are in the language asked for (i18n/methods.ts), by default the one in use.
import { currentLang, type Lang } from '../i18n/i18n';
import { runStatusMsg } from '../i18n/methods';
import { classify, eigSym2 } from './hessian';

/** What the classifier reads of a run (a Trajectory fits; unknown optimizers and statuses too). */
export interface RunLike {
  optimizer: string;
  status: string;
  iterates: readonly {
    k: number;
    x: number;
    y: number;
    value: number;
    gradNorm: number;
    detail?: { trials?: readonly { t: number }[]; slope?: number };
  }[];
}

/** f, ∇f and H at the run's last iterate (from the app's math), and how exactly float32 knows f there. */
export interface EndFacts {
  value: number;
  gradient: [number, number];
  /** fxx, fxy, fyy */
  hessian: [number, number, number];
  /** a bound on f's float32 rounding error at the point (math/roundoff.ts) */
  f32Error: number;
}

export interface RunContext {
  /** facts at the last iterate, or null where it is not finite or was not evaluated */
  end: EndFacts | null;
  /** f's least and largest finite values over the domain's grid, or null when unknown */
  range: { min: number; max: number } | null;
  /** the domain's larger side: the length scale that says what "near" means */
  span: number;
}

export type RunStatusCode =
  | 'converged'
  | 'converged-saddle'
  | 'converged-maximum'
  | 'flat'
  | 'start-undefined'
  | 'start-no-gradient'
  | 'diverging'
  | 'unbounded-below'
  | 'left-domain'
  | 'diverged'
  | 'max-steps'
  | 'max-steps-float32'
  | 'singular-hessian'
  | 'line-search-float32'
  | 'line-search-failed'
  | 'stalled'
  | 'stalled-float32'
  | 'other';

export interface RunStatus {
  code: RunStatusCode;
  words: string;
}

/** The quadratic model's stationary point must lie within this fraction of the domain's span
 *  for the end point to count as a critical point the Hessian confirms. */
export const CRITICAL_REL = 1e-3;
/** "Orders of magnitude": f grew by at least this factor (of max(1, |f0|)). */
export const GROWTH = 1e3;
/** "Beyond f's range": this many times the range past its end. */
export const BEYOND = 10;
/** A decrease below this many float32 error bounds cannot be seen. */
export const NOISE_FACTOR = 4;

const SUP: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** A short number for messages: 3 significant digits, or m·10ⁿ for large and tiny ones
 *  (NaN in words of the language, English by default). */
export function num(v: number, lang: Lang = 'en'): string {
  if (Number.isNaN(v)) return runStatusMsg.in(lang).undef;
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(3))).replace('-', '−');
  const [m, e] = v.toExponential(1).split('e');
  const mant = m === '1.0' ? '' : m === '-1.0' ? '−' : `${m.replace(/\.0$/, '').replace('-', '−')}·`;
  return `${mant}10${String(Number(e)).replace(/./g, (c) => SUP[c] ?? c)}`;
}

/** The largest power of ten at or below a positive v, written 10ⁿ (for "grew past 10ⁿ"). */
export function powerBelow(v: number): string {
  const e = Math.floor(Math.log10(v));
  return e >= 5 || e < -3 ? num(10 ** e) : String(10 ** e);
}

/** Length of the Newton step −H⁻¹g (Infinity where H is singular or undefined). */
function newtonStep(g: [number, number], h: [number, number, number]): number {
  const [a, b, c] = h;
  const det = a * c - b * b;
  if (!Number.isFinite(det) || det === 0) return Infinity;
  const sx = (c * g[0] - b * g[1]) / det;
  const sy = (-b * g[0] + a * g[1]) / det;
  return Math.hypot(sx, sy);
}

function finiteFacts(end: EndFacts | null): end is EndFacts {
  return end !== null && [end.value, ...end.gradient, ...end.hessian].every(Number.isFinite);
}

/**
 * Whether float32 cannot see f decrease at the end point: H is positive definite there (no
 * direction of negative curvature to follow), the quadratic model's largest decrease
 * ½gᵀH⁻¹g ≤ |g|²/(2λmin) is below the noise, and, where a line search failed, its largest
 * predicted decrease t·|∇f·d| is below the noise too. For convex φ(t) = f(x + t d),
 * φ(t) ≥ φ(0) + t φ'(0), so no trial could have decreased f by more than t·|∇f·d|.
 */
function float32Bound(end: EndFacts, trialDecrease: number | null): { bound: boolean; decrease: number } {
  const noise = NOISE_FACTOR * end.f32Error;
  const [l1, l2] = eigSym2(...end.hessian).values;
  const scale = Math.max(Math.abs(l1), Math.abs(l2));
  const g2 = end.gradient[0] ** 2 + end.gradient[1] ** 2;
  const psd = l1 >= -1e-5 * scale;
  const model = l1 > 0 ? g2 / (2 * l1) : g2 === 0 ? 0 : Infinity;
  const decrease = Math.max(model, trialDecrease ?? 0);
  return { bound: Number.isFinite(noise) && psd && decrease <= noise, decrease };
}

/** How the run ended, in words (the export's status is unchanged; this only explains it). */
export function classifyRun(run: RunLike, ctx: RunContext, lang: Lang = currentLang()): RunStatus {
  const say = runStatusMsg.in(lang);
  const n0 = (v: number) => num(v, lang);
  const pair = (x: number, y: number) => `(${n0(x)}, ${n0(y)})`;
  const its = run.iterates;
  const n = its.length;
  if (n === 0) return { code: 'other', words: say.noIterates(run.status) };
  const first = its[0];
  const last = its[n - 1];
  const k = last.k;

  // The start itself: f or ∇f undefined there, so no optimizer could take a step.
  if (!Number.isFinite(first.value)) {
    return {
      code: 'start-undefined',
      words: say.startUndefined(Number.isNaN(first.value), pair(first.x, first.y)),
    };
  }
  if (!Number.isFinite(first.gradNorm)) {
    return { code: 'start-no-gradient', words: say.startNoGradient(pair(first.x, first.y)) };
  }

  // Growth and fall of f over the finite iterates.
  const v0 = first.value;
  let vMax = -Infinity;
  let kMax = 0;
  let vMin = Infinity;
  let kMin = 0;
  const finite: number[] = [];
  for (const it of its) {
    if (!Number.isFinite(it.value)) continue;
    finite.push(it.value);
    if (it.value > vMax) [vMax, kMax] = [it.value, it.k];
    if (it.value < vMin) [vMin, kMin] = [it.value, it.k];
  }
  const vEnd = finite[finite.length - 1];
  const r = ctx.range;
  const width = r ? Math.max(r.max - r.min, 1e-30) : 0;
  const grewFar = (v: number) =>
    v >= v0 + GROWTH * Math.max(1, Math.abs(v0)) || (r !== null && v > r.max + BEYOND * width);
  const fellFar = (v: number) =>
    v <= v0 - GROWTH * Math.max(1, Math.abs(v0)) || (r !== null && v < r.min - BEYOND * width);
  // Still rising (falling) at the end: the last value is the extreme of the last few.
  const tail = finite.slice(-Math.min(6, finite.length));
  const rising = vEnd >= Math.max(...tail) && vEnd > tail[0];
  const falling = vEnd <= Math.min(...tail) && vEnd < tail[0];

  const status = run.status;
  if (status === 'diverged') {
    const positionLost = !Number.isFinite(last.x) || !Number.isFinite(last.y);
    // then overflowed float32 (else: then became undefined)
    const overflow = positionLost || Math.abs(last.value) === Infinity;
    if (last.value === -Infinity && !positionLost) {
      return { code: 'unbounded-below', words: say.fellToMinusInf(k, pair(last.x, last.y)) };
    }
    if (fellFar(vMin) && !grewFar(vMax)) {
      return { code: 'unbounded-below', words: say.fellPast(n0(vMin), kMin, overflow) };
    }
    if (grewFar(vMax) || last.value === Infinity || positionLost) {
      return {
        code: 'diverging',
        words: say.divergingThen(powerBelow(Math.max(vMax, 1e-300)), kMax, overflow, k),
      };
    }
    if (Number.isNaN(last.value)) {
      return { code: 'left-domain', words: say.leftDomain(k, pair(last.x, last.y)) };
    }
    return { code: 'diverged', words: say.diverged(k) };
  }

  if (status === 'converged') {
    const end = ctx.end;
    if (!finiteFacts(end)) return { code: 'converged', words: say.converged(k) };
    const [l1, l2] = eigSym2(...end.hessian).values;
    const curv = classify(l1, l2);
    const critical = newtonStep(end.gradient, end.hessian) <= CRITICAL_REL * ctx.span;
    if (critical && curv === 'positive-definite') return { code: 'converged', words: say.convergedMinimum(k) };
    if (critical && curv === 'negative-definite') return { code: 'converged-maximum', words: say.convergedMaximum(k) };
    if (critical && curv === 'indefinite') return { code: 'converged-saddle', words: say.convergedSaddle(k) };
    return { code: 'flat', words: say.flat(k) };
  }

  // Any other ending: a run blowing up or falling away says so first.
  if (grewFar(vEnd) && rising) {
    return { code: 'diverging', words: say.divergingGrowing(powerBelow(vEnd), k) };
  }
  if (fellFar(vEnd) && falling) {
    return { code: 'unbounded-below', words: say.keepsFalling(n0(vEnd), k) };
  }

  switch (status) {
    case 'max-steps':
      // ‖∇f‖ stuck above tol where float32 cannot see f decrease (rounding in ∇f keeps it there)
      if (finiteFacts(ctx.end) && float32Bound(ctx.end, null).bound)
        return { code: 'max-steps-float32', words: say.maxStepsFloat32(k, n0(last.gradNorm)) };
      return { code: 'max-steps', words: say.maxSteps(k) };
    case 'singular-hessian':
      return { code: 'singular-hessian', words: say.singularHessian(k) };
    case 'line-search-failed': {
      const d = last.detail;
      const tmax = d?.trials?.length ? Math.max(...d.trials.map((t) => t.t)) : null;
      const trial =
        tmax !== null && d?.slope !== undefined && Number.isFinite(d.slope) ? tmax * Math.abs(d.slope) : null;
      if (finiteFacts(ctx.end)) {
        const f = float32Bound(ctx.end, trial);
        if (f.bound)
          return {
            code: 'line-search-float32',
            words: say.lineSearchFloat32(k, n0(f.decrease), n0(ctx.end.f32Error)),
          };
      }
      return { code: 'line-search-failed', words: say.lineSearchFailed(k) };
    }
    case 'stalled': {
      if (finiteFacts(ctx.end) && float32Bound(ctx.end, null).bound)
        return { code: 'stalled-float32', words: say.stalledFloat32(k) };
      return { code: 'stalled', words: say.stalled(k) };
    }
    default:
      return { code: 'other', words: say.other(status, k) };
  }
}
