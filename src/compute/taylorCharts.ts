// Data for the Taylor charts of the side panel: the largest error |f − T_k| on circles around p
// (log–log error chart, float64: see circleErrors64) and f with every shown model along a line
// through p (the slice, f on tfjs). Cached by their inputs (the views only draw); tensors never
// outlive a call.
import * as tf from '@tensorflow/tfjs-core';
import type { Node } from '../math/formula/ast';
import type { PointFacts } from '../math/hessian';
import { evalScalar } from '../math/formula/evalScalar';
import { derivativesAt64, jetTensor } from '../math/jetK';
import { dataOfAst, regressionLoss64 } from '../math/regression';
import type { Domain } from '../math/surfaces-types';
import { logRadii, sliceCoefficients, slicePolynomial, taylorValue, type CircleErrors } from '../math/taylorK';
import type { SliceDir } from '../state/scene';

/** The derivatives at p up to order 2 from the facts (derivatives[n][j] = dⁿf/dx^(n−j)dy^j). */
export function lowDerivatives(facts: PointFacts): number[][] {
  const [[a, b], [, c]] = facts.hessian;
  return [[facts.value], [facts.gradient[0], facts.gradient[1]], [a, b, c]];
}

/**
 * The unit direction of the slice: −∇f/|∇f| ('grad'), the Newton direction −H⁻¹∇f normalised
 * ('newton'), or (cos θ, sin θ) for an angle θ in degrees. null where it is undefined (∇f = 0,
 * H singular, or a non-finite entry).
 */
export function sliceDirection(facts: PointFacts, dir: SliceDir): [number, number] | null {
  const unit = (v: [number, number]): [number, number] | null => {
    const n = Math.hypot(v[0], v[1]);
    return n > 0 && Number.isFinite(n) ? [v[0] / n, v[1] / n] : null;
  };
  if (typeof dir === 'number') {
    const th = (dir * Math.PI) / 180;
    return [Math.cos(th), Math.sin(th)];
  }
  const [gx, gy] = facts.gradient;
  if (dir === 'grad') return unit([-gx, -gy]);
  const [[a, b], [, c]] = facts.hessian;
  const det = a * c - b * b;
  const big = Math.max(1, Math.abs(a), Math.abs(b), Math.abs(c));
  if (!(Math.abs(det) >= 1e-12 * big * big)) return null;
  // −H⁻¹g with H⁻¹ = [c −b; −b a]/det
  return unit([-(c * gx - b * gy) / det, -(-b * gx + a * gy) / det]);
}

/**
 * Where the quadratic model's slice a0 + a1 t + a2 t² is stationary, t* = −a1/(2 a2): along the
 * Newton direction this is the Newton step's length (p_N = p + t* d). NaN where a2 = 0.
 */
export function modelStationaryT(a: readonly number[]): number {
  const a1 = a[1] ?? 0;
  const a2 = a[2] ?? 0;
  return a2 !== 0 ? -a1 / (2 * a2) : NaN;
}

/**
 * Least-squares slope of log10(e) against log10(r) over the finite, positive pairs: the order
 * read off the error chart (Taylor: |f − T_k| ~ C r^(k+1)). NaN with fewer than 2 points.
 */
export function logLogSlope(rs: readonly number[], es: readonly number[]): number {
  const pts = rs
    .map((r, i) => [Math.log10(r), Math.log10(es[i])] as const)
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (pts.length < 2) return NaN;
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of pts) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : NaN;
}

/** The error chart's radii: 25 log-spaced from 10⁻³ of rMax to rMax = 0.15 × the domain's smaller side. */
export function errorRadii(domain: Domain): number[] {
  const side = Math.min(domain[1] - domain[0], domain[3] - domain[2]);
  const rMax = 0.15 * (side > 0 && Number.isFinite(side) ? side : 1);
  return logRadii(rMax * 1e-3, rMax, 25);
}

/**
 * The noise floor the chart uses on each circle: 4× float32's rounding of f there
 * (CircleErrors.floor), raised to 3× the noise actually measured where it shows. At the smallest
 * radius r0 = 10⁻³ rMax the true error of a model of order ≥ 2 is O(r0³), far below float32, so
 * what is measured there is the backend's rounding of f and the models (WebGL's exp, cos, …
 * are less exact than the cpu's); it is scaled to each circle by the floor (∝ max |f|).
 */
export function effectiveFloor(ce: CircleErrors): number[] {
  const f0 = ce.floor[0];
  const noise0 = Math.max(
    0,
    ...ce.orders.flatMap((k, i) => (k >= 2 && Number.isFinite(ce.maxError[i][0]) ? [ce.maxError[i][0]] : [])),
  );
  const ratio = f0 > 0 ? Math.max(4, (3 * noise0) / f0) : 4;
  return ce.floor.map((v) => ratio * v);
}

/** The error chart's points with errors under the effective floor set to NaN: there the
 *  difference is rounding, not the model, and the chart leaves a gap. */
export function aboveFloor(ce: CircleErrors): number[][] {
  const floor = effectiveFloor(ce);
  return ce.maxError.map((row) => row.map((e, i) => (e > floor[i] ? e : NaN)));
}

/**
 * maxErrorOnCircle's result (same layout, same float32 floor 2^−20 · max |f|) with f and the
 * models evaluated in float64 in JS: on WebGL (SwiftShader measured in e2e) exp and cos carry
 * a systematic error of ~10⁻⁵ relative that varies with the point, so |f − T_k| computed on the
 * GPU bends the slopes (T2 read 2.3 instead of 3 on exp(x)cos(y)); the chart is about the
 * models, built from the app's derivatives at p, not about the device's exp.
 */
export function circleErrors64(
  ast: Node,
  p: readonly [number, number],
  derivs: number[][],
  orders: readonly number[],
  radii: readonly number[],
  nAngles = 64,
): CircleErrors {
  const maxError = orders.map(() => radii.map(() => 0));
  const fMax = radii.map(() => 0);
  // a data set's loss from its rows (one loop) instead of its tree of one term per row: the
  // chart evaluates f 64 times per radius, and on 500 rows the tree walk took ~9 ms a drawing
  const own = dataOfAst(ast);
  const fAt = own
    ? (x: number, y: number) => regressionLoss64(own.id, own.rows, x, y).value
    : (x: number, y: number) => evalScalar(ast, x, y);
  radii.forEach((r, i) => {
    for (let a = 0; a < nAngles; a++) {
      const th = (2 * Math.PI * a) / nAngles;
      const du = r * Math.cos(th);
      const dv = r * Math.sin(th);
      const f = fAt(p[0] + du, p[1] + dv);
      // a circle touching a gap of f is NaN as a whole (as in maxErrorOnCircle)
      fMax[i] = Number.isFinite(f) ? Math.max(fMax[i], Math.abs(f)) : NaN;
      orders.forEach((k, o) => {
        const e = Math.abs(f - taylorValue(derivs, k, du, dv));
        maxError[o][i] = Number.isNaN(e) || Number.isNaN(maxError[o][i]) ? NaN : Math.max(maxError[o][i], e);
      });
    }
  });
  return { orders: [...orders], radii: [...radii], maxError, floor: fMax.map((m) => m * 2 ** -20) };
}

let errorCache: { key: string; value: CircleErrors | null } | null = null;

/**
 * The error chart's data (circleErrors64) with the derivatives at p in float64 too
 * (derivativesAt64): the app's float32 derivatives from WebGL differ from them by ~10⁻⁴
 * relative in the e2e browser, which alone floors every model's error there and hides the
 * slopes; this chart shows Taylor's theorem, the map shows the app's float32 models. Cached by
 * (formula, p, orders, radii); null on failure.
 */
export function errorChartData(
  formula: string,
  ast: Node,
  p: readonly [number, number],
  orders: readonly number[],
  domain: Domain,
): CircleErrors | null {
  const radii = errorRadii(domain);
  const key = JSON.stringify([formula, p, orders, radii]);
  if (errorCache?.key === key) return errorCache.value;
  let value: CircleErrors | null;
  try {
    const derivs = derivativesAt64(ast, p[0], p[1], Math.max(...orders));
    value = circleErrors64(ast, p, derivs, orders, radii);
  } catch {
    value = null;
  }
  errorCache = { key, value };
  return value;
}

export interface SliceData {
  /** the unit direction d and the t of each sample */
  d: [number, number];
  ts: number[];
  /** f(p + t d) (float32 on tfjs; NaN where f is undefined) */
  f: number[];
  /** models[i] = T_{orders[i]}(p + t d) at the same t (float64 from the slice polynomial) */
  orders: number[];
  models: number[][];
  /** a_n = D_d^n f(p)/n!, n = 0..K */
  coefficients: number[];
  /** the quadratic model's stationary t along d (the Newton step's t along the Newton direction) */
  newtonT: number;
}

/** The half-width of the slice's t range: the Newton t with room around it, at least 0.15 × the domain's smaller side. */
export function sliceHalfWidth(domain: Domain, newtonT: number): number {
  const side = Math.min(domain[1] - domain[0], domain[3] - domain[2]);
  const base = 0.15 * (side > 0 && Number.isFinite(side) ? side : 1);
  return Number.isFinite(newtonT) ? Math.max(base, Math.min(1.3 * Math.abs(newtonT), 0.5 * side)) : base;
}

let sliceCache: { key: string; value: SliceData | null } | null = null;

/**
 * f and the models along p + t d for t in [−w, w] (n samples; f in one batched tfjs call),
 * cached by its inputs; null where d is undefined or the evaluation fails.
 */
export function sliceChartData(
  formula: string,
  ast: Node,
  facts: PointFacts,
  derivs: number[][],
  orders: readonly number[],
  dir: SliceDir,
  domain: Domain,
  n = 121,
): SliceData | null {
  const d = sliceDirection(facts, dir);
  if (!d) return null;
  const key = JSON.stringify([formula, facts.x, facts.y, derivs, orders, d, domain, n]);
  if (sliceCache?.key === key) return sliceCache.value;
  let value: SliceData | null;
  try {
    const coefficients = sliceCoefficients(derivs, d);
    const newtonT = modelStationaryT(coefficients);
    const w = sliceHalfWidth(domain, newtonT);
    const ts = Array.from({ length: n }, (_, i) => -w + (2 * w * i) / (n - 1));
    const xs = Float32Array.from(ts, (t) => facts.x + t * d[0]);
    const ys = Float32Array.from(ts, (t) => facts.y + t * d[1]);
    const out = tf.tidy(() => tf.reshape(jetTensor(ast, tf.tensor1d(xs), tf.tensor1d(ys), 0), [n]));
    const f = Array.from(out.dataSync());
    out.dispose();
    // The models at the t of the rounded float32 points, so that both sides see the same point.
    const tAt = (i: number) => (Math.abs(d[0]) >= Math.abs(d[1]) ? (xs[i] - facts.x) / d[0] : (ys[i] - facts.y) / d[1]);
    const models = orders.map((k) => ts.map((_, i) => slicePolynomial(coefficients, k, tAt(i))));
    value = { d, ts, f, orders: [...orders], models, coefficients, newtonT };
  } catch {
    value = null;
  }
  sliceCache = { key, value };
  return value;
}
