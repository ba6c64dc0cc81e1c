// Small pieces of math the teaching panels show: 2×2 inverses, the unit level set of a
// quadratic form as an ellipse, and the line-search function φ(t) = f(x + t d) sampled.
import { evalPoints } from './evaluate';
import type { Node } from './formula/ast';
import { eigSym2 } from './hessian';

/** Row-major 2×2. */
export type Mat2 = [number, number, number, number];

/** The inverse of a 2×2 matrix, or null when it is singular (or not finite). */
export function inv2(m: Mat2): Mat2 | null {
  const det = m[0] * m[3] - m[1] * m[2];
  const big = Math.max(1, ...m.map(Math.abs));
  if (!Number.isFinite(det) || Math.abs(det) < 1e-12 * big * big) return null;
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det];
}

export interface Ellipse {
  /** semi-axes, along the angle and across it */
  a: number;
  b: number;
  /** angle of the a-axis from the x-axis, radians */
  angle: number;
}

/**
 * The ellipse {d : dᵀ M⁻¹ d = 1} for a symmetric positive definite M (an inverse-Hessian or
 * its estimate B): semi-axes √λᵢ(M) along M's eigenvectors. For M = H⁻¹ this is the unit level
 * set {d : dᵀ H d = 1} of the quadratic model's curvature. Null unless M is positive definite.
 */
export function unitEllipse(m: Mat2): Ellipse | null {
  const b = (m[1] + m[2]) / 2;
  const { values, vectors } = eigSym2(m[0], b, m[3]);
  if (!(values[0] > 0 && values[1] > 0) || !values.every(Number.isFinite)) return null;
  return { a: Math.sqrt(values[1]), b: Math.sqrt(values[0]), angle: Math.atan2(vectors[1][1], vectors[1][0]) };
}

/** φ(t) = f(x + t d) at the given t (float32, tfjs, one batch). */
export function phiValues(ast: Node, x: [number, number], d: [number, number], ts: number[]): Float32Array {
  return evalPoints(
    ast,
    ts.map((t) => x[0] + t * d[0]),
    ts.map((t) => x[1] + t * d[1]),
    0,
  ).v;
}

/** The Armijo bound f(x) + c·t·(∇f·d). */
export const armijo = (f0: number, slope: number, t: number, c = 1e-4) => f0 + c * t * slope;

/** ‖A − B‖_F / ‖B‖_F. */
export function relGap(a: Mat2, b: Mat2): number {
  return Math.hypot(...a.map((v, i) => v - b[i])) / Math.hypot(...b);
}

/** The angle between two vectors in degrees (NaN where either is zero or not finite). */
export function angleBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const n = Math.hypot(a[0], a[1]) * Math.hypot(b[0], b[1]);
  if (!(n > 0) || !Number.isFinite(n)) return NaN;
  const c = (a[0] * b[0] + a[1] * b[1]) / n;
  return (Math.acos(Math.max(-1, Math.min(1, c))) * 180) / Math.PI;
}
