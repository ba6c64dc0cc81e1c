// Newton's method (a full step to the stationary point of the quadratic Taylor model) and
// damped Newton (a descent direction from a modified Hessian, with backtracking).
import { eigSym2 } from '../hessian';
import { backtrack, evalAt, optimize } from './common';
import type { Eval, OptGen, RunConfig, StepDetail } from './types';

/** CONTRACT §5: singular where |det H| < 1e-12 · max(1, max |H_ij|)². */
export function isSingular(e: Eval): boolean {
  const det = e.hxx * e.hyy - e.hxy * e.hxy;
  const big = Math.max(1, Math.abs(e.hxx), Math.abs(e.hxy), Math.abs(e.hyy));
  return !(Math.abs(det) >= 1e-12 * big * big);
}

/** −H⁻¹g for a symmetric 2×2 H, by the adjugate. */
export function newtonDirection(e: Eval): [number, number] {
  const det = e.hxx * e.hyy - e.hxy * e.hxy;
  return [-(e.hyy * e.gx - e.hxy * e.gy) / det, -(-e.hxy * e.gx + e.hxx * e.gy) / det];
}

export function newton(cfg: RunConfig): OptGen {
  return optimize('newton', {}, cfg, 2, function* (x, y, e) {
    if (isSingular(e)) return { status: 'singular-hessian' };
    const d = newtonDirection(e);
    const nx = x + d[0];
    const ny = y + d[1];
    return { x: nx, y: ny, e: yield* evalAt(nx, ny, 2), detail: { direction: d } };
  });
}

export const EIGEN_FLOOR = 1e-4;

/** Each eigenvalue λ replaced by max(|λ|, 1e-4), in the order given (the modified Hessian's). */
export function flooredEigenvalues(values: [number, number]): [number, number] {
  return [Math.max(Math.abs(values[0]), EIGEN_FLOOR), Math.max(Math.abs(values[1]), EIGEN_FLOOR)];
}

/**
 * The damped-Newton direction: −H⁻¹g where H is positive definite, else −Hm⁻¹g with Hm = H
 * with each eigenvalue λ replaced by max(|λ|, 1e-4) (Hm⁻¹ = V diag(1/λ̃) Vᵀ).
 */
export function dampedDirection(e: Eval): { d: [number, number]; modified?: [number, number] } {
  const { values, vectors } = eigSym2(e.hxx, e.hxy, e.hyy);
  if (values[0] > 0 && values[1] > 0) return { d: newtonDirection(e) };
  const lt = flooredEigenvalues(values);
  const d: [number, number] = [0, 0];
  for (let i = 0; i < 2; i++) {
    const v = vectors[i];
    const c = (v[0] * e.gx + v[1] * e.gy) / lt[i];
    d[0] -= c * v[0];
    d[1] -= c * v[1];
  }
  return { d, modified: [Math.min(lt[0], lt[1]), Math.max(lt[0], lt[1])] };
}

export function dampedNewton(cfg: RunConfig): OptGen {
  return optimize('damped-newton', {}, cfg, 2, function* (x, y, e) {
    const { d, modified } = dampedDirection(e);
    const detail: StepDetail = {};
    if (modified) {
      detail.modifiedEigenvalues = modified;
      if (!isSingular(e)) detail.newtonDirection = newtonDirection(e);
    }
    const found = yield* backtrack(x, y, e, d, 2, detail);
    if (!found) return { status: 'line-search-failed', detail };
    return { x: found.x, y: found.y, e: found.e, detail };
  });
}
