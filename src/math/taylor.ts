// Taylor models of f around a point p (first and second order) and the Newton step, the
// jump to the quadratic model's stationary point.
import * as tf from '@tensorflow/tfjs-core';
import { axis } from './evaluate';
import type { PointFacts } from './hessian';
import type { Domain } from './surfaces-types';

/** T1(p + d) = f(p) + ∇f(p)·d. */
export function t1At(p: PointFacts, x: number, y: number): number {
  return p.value + p.gradient[0] * (x - p.x) + p.gradient[1] * (y - p.y);
}

/** T2(p + d) = T1(p + d) + ½ dᵀ H(p) d. */
export function t2At(p: PointFacts, x: number, y: number): number {
  const dx = x - p.x;
  const dy = y - p.y;
  const [[a, b], [, c]] = p.hessian;
  return t1At(p, x, y) + 0.5 * (a * dx * dx + 2 * b * dx * dy + c * dy * dy);
}

export interface TaylorGrid {
  xs: Float64Array;
  ys: Float64Array;
  t1: Float32Array;
  t2: Float32Array;
}

/** Both models on an nx × ny grid over `domain` (row j is y = ys[j]), computed on tfjs. */
export function taylorGrid(p: PointFacts, domain: Domain, nx: number, ny: number): TaylorGrid {
  const xs = axis(domain[0], domain[1], nx);
  const ys = axis(domain[2], domain[3], ny);
  const out = tf.tidy(() => {
    // Offsets from p are formed in float64 before the upload, so the model is exact at p.
    const dx = tf.tensor2d(Float32Array.from(xs, (v) => v - p.x), [1, nx]);
    const dy = tf.tensor2d(Float32Array.from(ys, (v) => v - p.y), [ny, 1]);
    const [[a, b], [, c]] = p.hessian;
    const lin = tf.add(tf.add(tf.mul(dx, p.gradient[0]), tf.mul(dy, p.gradient[1])), p.value);
    const quad = tf.add(
      tf.add(tf.mul(tf.square(dx), 0.5 * a), tf.mul(tf.mul(dx, dy), b)),
      tf.mul(tf.square(dy), 0.5 * c),
    );
    const t1 = tf.broadcastTo(lin, [ny, nx]);
    return tf.stack([t1, tf.add(t1, quad)]);
  });
  const data = out.dataSync() as Float32Array;
  out.dispose();
  const n = nx * ny;
  return { xs, ys, t1: data.slice(0, n), t2: data.slice(n, 2 * n) };
}

export type ModelStationary = 'minimum' | 'maximum' | 'saddle' | 'none';

export interface NewtonStep {
  /** the quadratic model's stationary point p − H⁻¹∇f, or null when H is singular */
  target: [number, number] | null;
  /** what that point is for the model: a minimum only when H is positive definite */
  kind: ModelStationary;
}

export function newtonStep(p: PointFacts): NewtonStep {
  const [[a, b], [, c]] = p.hessian;
  const det = a * c - b * b;
  const big = Math.max(1, Math.abs(a), Math.abs(b), Math.abs(c));
  if (!(Math.abs(det) >= 1e-12 * big * big)) return { target: null, kind: 'none' };
  const [gx, gy] = p.gradient;
  const target: [number, number] = [p.x - (c * gx - b * gy) / det, p.y - (-b * gx + a * gy) / det];
  const kind =
    p.curvature === 'positive-definite' ? 'minimum' : p.curvature === 'negative-definite' ? 'maximum' : p.curvature === 'indefinite' ? 'saddle' : 'none';
  return { target, kind };
}
