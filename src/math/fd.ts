// Finite-difference gradients as the first-order Taylor expansion read backwards, and how
// wrong they are against the exact (AD) gradient as the step h shrinks: forward differences
// err by O(h) (truncation), central by O(h²), and both rise again like eps·|f|/h once float32
// rounding of f dominates (eps ≈ 6e-8), so on WebGL the best h is ~1e-3…1e-2, not 1e-8.
import type { Node } from './formula/ast';
import { evalPoints } from './evaluate';

export interface FdCurve {
  /** the steps, log-spaced from hMin to hMax */
  hs: number[];
  /** ‖g_fd − ∇f‖ for forward differences (f(x+h) − f(x))/h, per h (NaN where f is undefined) */
  forward: number[];
  /** ‖g_fd − ∇f‖ for central differences (f(x+h) − f(x−h))/2h */
  central: number[];
  /** the exact gradient by automatic differentiation (float32) */
  exact: [number, number];
  /** the h with the smallest error, per scheme (NaN when no error is finite) */
  best: { forward: number; central: number };
}

/** n log-spaced values from lo to hi, inclusive. */
export function logspace(lo: number, hi: number, n: number): number[] {
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  return Array.from({ length: n }, (_, i) => 10 ** (a + ((b - a) * i) / (n - 1)));
}

/** Forward and central gradient estimates at (x, y) with step h from the five values around it. */
export function fdGradients(f0: number, fxp: number, fxm: number, fyp: number, fym: number, h: number) {
  return {
    forward: [(fxp - f0) / h, (fyp - f0) / h] as [number, number],
    central: [(fxp - fxm) / (2 * h), (fyp - fym) / (2 * h)] as [number, number],
  };
}

function argmin(hs: number[], err: number[]): number {
  let best = NaN;
  let lo = Infinity;
  err.forEach((e, i) => {
    if (Number.isFinite(e) && e < lo) {
      lo = e;
      best = hs[i];
    }
  });
  return best;
}

/**
 * The error curves at (x, y), with f evaluated on tfjs in float32 exactly as the app (and
 * fd-gd) evaluate it: the shifted points x ± h are rounded to float32 when uploaded, and f's
 * values carry float32 rounding. One batched evaluation for all h and the gradient.
 */
export function fdErrors(ast: Node, x: number, y: number, hMin = 1e-8, hMax = 1, n = 33): FdCurve {
  const hs = logspace(hMin, hMax, n);
  const xs: number[] = [x];
  const ys: number[] = [y];
  for (const h of hs) {
    xs.push(x + h, x - h, x, x);
    ys.push(y, y, y + h, y - h);
  }
  // One evaluation (one GPU read-back): values everywhere, the exact gradient at (x, y).
  const r = evalPoints(ast, xs, ys, 1);
  const vals = r.v;
  const exact: [number, number] = [r.gx![0], r.gy![0]];
  const f0 = vals[0];
  const forward: number[] = [];
  const central: number[] = [];
  hs.forEach((h, i) => {
    const [fxp, fxm, fyp, fym] = [vals[1 + 4 * i], vals[2 + 4 * i], vals[3 + 4 * i], vals[4 + 4 * i]];
    const est = fdGradients(f0, fxp, fxm, fyp, fym, h);
    forward.push(Math.hypot(est.forward[0] - exact[0], est.forward[1] - exact[1]));
    central.push(Math.hypot(est.central[0] - exact[0], est.central[1] - exact[1]));
  });
  return { hs, forward, central, exact, best: { forward: argmin(hs, forward), central: argmin(hs, central) } };
}

/** Least-squares slope of log10(err) against log10(h) over the h in [lo, hi]. */
export function logLogSlope(hs: number[], err: number[], lo: number, hi: number): number {
  const pts = hs
    .map((h, i) => [Math.log10(h), Math.log10(err[i])] as const)
    .filter(([lh, le], i) => hs[i] >= lo && hs[i] <= hi && Number.isFinite(le) && Number.isFinite(lh));
  const m = pts.length;
  const mx = pts.reduce((s, p) => s + p[0], 0) / m;
  const my = pts.reduce((s, p) => s + p[1], 0) / m;
  let sxy = 0;
  let sxx = 0;
  for (const [a, b] of pts) {
    sxy += (a - mx) * (b - my);
    sxx += (a - mx) ** 2;
  }
  return sxy / sxx;
}
