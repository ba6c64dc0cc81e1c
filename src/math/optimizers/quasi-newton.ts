// Quasi-Newton methods (CONTRACT §5): an inverse-Hessian estimate B, starting at I, updated
// by a rank-2 formula from s = x_new − x and y = ∇f_new − ∇f after each line search.
import { backtrack, optimize } from './common';
import type { OptGen, RunConfig, StepDetail } from './types';

/** Row-major 2×2 matrix. */
export type M2 = [number, number, number, number];
const I: M2 = [1, 0, 0, 1];

const mv = (B: M2, v: [number, number]): [number, number] => [B[0] * v[0] + B[1] * v[1], B[2] * v[0] + B[3] * v[1]];
const mm = (A: M2, B: M2): M2 => [
  A[0] * B[0] + A[1] * B[2],
  A[0] * B[1] + A[1] * B[3],
  A[2] * B[0] + A[3] * B[2],
  A[2] * B[1] + A[3] * B[3],
];
const outer = (a: [number, number], b: [number, number]): M2 => [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
const dot = (a: [number, number], b: [number, number]) => a[0] * b[0] + a[1] * b[1];
const lin = (a: M2, ca: number, b: M2, cb: number): M2 => [
  ca * a[0] + cb * b[0],
  ca * a[1] + cb * b[1],
  ca * a[2] + cb * b[2],
  ca * a[3] + cb * b[3],
];

/** BFGS: B ← (I − r s yᵀ) B (I − r y sᵀ) + r s sᵀ, r = 1/(sᵀy). */
export function bfgsUpdate(B: M2, s: [number, number], y: [number, number]): M2 {
  const r = 1 / dot(s, y);
  const left = lin(I, 1, outer(s, y), -r);
  const right = lin(I, 1, outer(y, s), -r);
  return lin(mm(mm(left, B), right), 1, outer(s, s), r);
}

/** DFP: B ← B + s sᵀ/(sᵀy) − (B y)(B y)ᵀ/(yᵀ B y). */
export function dfpUpdate(B: M2, s: [number, number], y: [number, number]): M2 {
  const By = mv(B, y);
  return lin(lin(B, 1, outer(s, s), 1 / dot(s, y)), 1, outer(By, By), -1 / dot(y, By));
}

export const CURVATURE_MIN = 1e-10;

function quasiNewton(name: 'bfgs' | 'dfp', update: (B: M2, s: [number, number], y: [number, number]) => M2, cfg: RunConfig): OptGen {
  let B: M2 = I;
  return optimize(name, {}, cfg, 1, function* (x, y, e) {
    const g: [number, number] = [e.gx, e.gy];
    const detail: StepDetail = {};
    let d = mv(B, g).map((v) => -v) as [number, number];
    if (dot(g, d) >= 0) {
      B = I;
      d = [-g[0], -g[1]];
      detail.reset = true;
    }
    detail.B = B;
    const found = yield* backtrack(x, y, e, d, 1, detail);
    if (!found) return { status: 'line-search-failed', detail };
    const s: [number, number] = [found.t * d[0], found.t * d[1]];
    const yv: [number, number] = [found.e.gx - g[0], found.e.gy - g[1]];
    detail.s = s;
    detail.yv = yv;
    detail.curvatureOk = dot(s, yv) > CURVATURE_MIN;
    if (detail.curvatureOk) B = update(B, s, yv);
    return { x: found.x, y: found.y, e: found.e, detail };
  });
}

export const bfgs = (cfg: RunConfig) => quasiNewton('bfgs', bfgsUpdate, cfg);
export const dfp = (cfg: RunConfig) => quasiNewton('dfp', dfpUpdate, cfg);
