// Taylor models of any order k from the derivatives at p (CONTRACT §6 `point.derivatives`):
// values at a point, the slice along a direction, patches on a grid, and the largest error
// |f − T_k| on circles around p (the log–log error chart). Grids and circles run on tfjs.
import * as tf from '@tensorflow/tfjs-core';
import { axis } from './evaluate';
import type { Node } from './formula/ast';
import { factorial, jetTensor } from './jetK';
import type { Domain } from './surfaces-types';

/** derivatives[n][j] = d^n f/(dx^(n−j) dy^j) at p, n = 0..K (the export's layout). */
export type Derivatives = readonly (readonly number[])[];

/** The monomial coefficients c[n][j] = derivatives[n][j] / ((n−j)! j!) of T_K. */
export function monomialCoefficients(derivs: Derivatives): number[][] {
  return derivs.map((row, n) => row.map((d, j) => d / (factorial(n - j) * factorial(j))));
}

/**
 * T_k(p + (du, dv)) = Σ_{n ≤ k} Σ_{j ≤ n} derivatives[n][j] du^(n−j) dv^j / ((n−j)! j!), in
 * float64. k beyond the derivatives given is clamped to the highest order available.
 */
export function taylorValue(derivs: Derivatives, k: number, du: number, dv: number): number {
  const c = monomialCoefficients(derivs);
  let sum = 0;
  for (let n = 0; n <= Math.min(k, c.length - 1); n++)
    for (let j = 0; j <= n; j++) sum += c[n][j] * du ** (n - j) * dv ** j;
  return sum;
}

/**
 * The slice of T_k along a direction d: T_k(p + t d) = Σ_{n ≤ k} a_n t^n with
 * a_n = Σ_j derivatives[n][j] d_x^(n−j) d_y^j / ((n−j)! j!) = (1/n!) D_d^n f(p).
 */
export function sliceCoefficients(derivs: Derivatives, d: readonly [number, number]): number[] {
  return monomialCoefficients(derivs).map((row) =>
    row.reduce((s, c, j) => s + c * d[0] ** (row.length - 1 - j) * d[1] ** j, 0),
  );
}

/** Σ_{n ≤ k} a_n t^n (Horner), the slice polynomial of sliceCoefficients at t. */
export function slicePolynomial(a: readonly number[], k: number, t: number): number {
  let s = 0;
  for (let n = Math.min(k, a.length - 1); n >= 0; n--) s = s * t + a[n];
  return s;
}

/**
 * T_k for each k of `orders` at the offsets (DU, DV) from p, as one tensor
 * [orders.length, ...shape] where shape is DU and DV broadcast together. Only the
 * homogeneous parts up to the largest order asked are formed. Call inside tf.tidy.
 */
export function taylorTensor(derivs: Derivatives, orders: readonly number[], DU: tf.Tensor, DV: tf.Tensor): tf.Tensor {
  const c = monomialCoefficients(derivs);
  const K = Math.min(Math.max(0, ...orders), c.length - 1);
  const shape = tf.broadcast_util.assertAndGetBroadcastShape(DU.shape, DV.shape);
  const U = tf.broadcastTo(DU, shape);
  const V = tf.broadcastTo(DV, shape);
  // Powers U^a and V^b, a, b ≤ K (index 0 stands for the constant 1).
  const pu: tf.Tensor[] = [U];
  const pv: tf.Tensor[] = [V];
  for (let a = 2; a <= K; a++) {
    pu.push(tf.mul(pu[a - 2], U));
    pv.push(tf.mul(pv[a - 2], V));
  }
  const monomial = (a: number, b: number): tf.Tensor =>
    a === 0 ? pv[b - 1] : b === 0 ? pu[a - 1] : tf.mul(pu[a - 1], pv[b - 1]);
  // Running sum over the homogeneous parts H_n = Σ_j c[n][j] U^(n−j) V^j.
  let running: tf.Tensor = tf.fill(shape, c[0][0]);
  const partial: tf.Tensor[] = [running];
  for (let n = 1; n <= K; n++) {
    const terms = c[n].flatMap((cn, j) => (cn === 0 ? [] : [tf.mul(monomial(n - j, j), cn)]));
    if (terms.length > 0) running = tf.add(running, terms.length === 1 ? terms[0] : tf.addN(terms));
    partial.push(running);
  }
  return tf.stack(orders.map((k) => partial[Math.min(Math.max(0, k), K)]));
}

export interface TaylorGridK {
  xs: Float64Array;
  ys: Float64Array;
  orders: number[];
  /** models[i] is T_{orders[i]} on the grid, row-major with y as the row (index j * nx + i) */
  models: Float32Array[];
}

/** The models of the given orders on an nx × ny grid over `domain`, computed on tfjs. */
export function taylorGridK(
  derivs: Derivatives,
  p: readonly [number, number],
  domain: Domain,
  nx: number,
  ny: number,
  orders: readonly number[],
): TaylorGridK {
  const xs = axis(domain[0], domain[1], nx);
  const ys = axis(domain[2], domain[3], ny);
  const out = tf.tidy(() => {
    // Offsets from p are formed in float64 before the upload, so every model is exact at p.
    const du = tf.tensor2d(
      Float32Array.from(xs, (v) => v - p[0]),
      [1, nx],
    );
    const dv = tf.tensor2d(
      Float32Array.from(ys, (v) => v - p[1]),
      [ny, 1],
    );
    return taylorTensor(derivs, orders, du, dv);
  });
  const data = out.dataSync() as Float32Array;
  out.dispose();
  const n = nx * ny;
  return { xs, ys, orders: [...orders], models: orders.map((_, i) => data.slice(i * n, (i + 1) * n)) };
}

/** n radii spaced evenly in log scale from rMin to rMax (the error chart's abscissae). */
export function logRadii(rMin: number, rMax: number, n: number): number[] {
  const a = Math.log(rMin);
  const b = Math.log(rMax);
  return Array.from({ length: n }, (_, i) => Math.exp(n === 1 ? a : a + ((b - a) * i) / (n - 1)));
}

export interface CircleErrors {
  orders: number[];
  radii: number[];
  /** maxError[i][r] = max over the angles of |f(p + r_r (cos θ, sin θ)) − T_{orders[i]}|; NaN where f is undefined on the circle */
  maxError: number[][];
  /**
   * float32's noise floor of that difference on each circle, ~2^−20 · max |f| there: errors
   * below a few times this are rounding, not the model (the chart should not draw them).
   */
  floor: number[];
}

/**
 * The largest error |f − T_k| on circles of the given radii around p, for every order: one
 * tfjs evaluation of f at all radii × angles, and of the models at the same float32 points
 * (their offsets are taken from the rounded points, so the coordinates' rounding cancels).
 */
export function maxErrorOnCircle(
  ast: Node,
  p: readonly [number, number],
  derivs: Derivatives,
  orders: readonly number[],
  radii: readonly number[],
  nAngles = 64,
): CircleErrors {
  const nr = radii.length;
  const count = nr * nAngles;
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  const du = new Float32Array(count);
  const dv = new Float32Array(count);
  radii.forEach((r, i) => {
    for (let a = 0; a < nAngles; a++) {
      const th = (2 * Math.PI * a) / nAngles;
      const k = i * nAngles + a;
      xs[k] = p[0] + r * Math.cos(th);
      ys[k] = p[1] + r * Math.sin(th);
      du[k] = xs[k] - p[0];
      dv[k] = ys[k] - p[1];
    }
  });
  const out = tf.tidy(() => {
    const f = tf.reshape(jetTensor(ast, tf.tensor1d(xs), tf.tensor1d(ys), 0), [1, nr, nAngles]);
    const models = tf.reshape(taylorTensor(derivs, orders, tf.tensor1d(du), tf.tensor1d(dv)), [
      orders.length,
      nr,
      nAngles,
    ]);
    const err = tf.abs(tf.sub(f, models));
    const rows = tf.concat([err, tf.abs(f)]); // [orders + 1, nr, nAngles]: the last row gives the floor
    // tf.max skips NaN on some backends: a circle touching a gap is NaN as a whole.
    const gap = tf.any(tf.isNaN(rows), 2);
    return tf.where(gap, tf.fill(gap.shape, NaN), tf.max(rows, 2));
  });
  const data = out.dataSync();
  out.dispose();
  const row = (i: number) => Array.from(data.subarray(i * nr, (i + 1) * nr));
  return {
    orders: [...orders],
    radii: [...radii],
    maxError: orders.map((_, i) => row(i)),
    floor: row(orders.length).map((m) => m * 2 ** -20),
  };
}
