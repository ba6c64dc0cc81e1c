// L-BFGS (CONTRACT §5 `lbfgs`): the inverse Hessian is never stored, only the last m pairs
// (s, y); the two-loop recursion (Nocedal & Wright, Algorithm 7.4) applies it to g. Step by the
// weak Wolfe search, whose curvature condition keeps the pairs long enough to learn from.
import { CURVATURE_MIN } from './quasi-newton';
import { optimize, wolfe } from './common';
import type { OptGen, RunConfig, StepDetail } from './types';

type V2 = [number, number];
export interface Pair {
  s: V2;
  yv: V2;
}

const dot = (a: V2, b: V2) => a[0] * b[0] + a[1] * b[1];

/** gamma = sᵀy/(yᵀy) of the newest pair, 1 with none: the initial matrix is gamma·I. */
export function lbfgsGamma(pairs: readonly Pair[]): number {
  const last = pairs[pairs.length - 1];
  return last ? dot(last.s, last.yv) / dot(last.yv, last.yv) : 1;
}

/** The two-loop recursion: H_k v for the pairs (oldest first) and initial matrix gamma·I. */
export function twoLoop(pairs: readonly Pair[], v: V2): V2 {
  const q: V2 = [v[0], v[1]];
  const alpha: number[] = [];
  for (let i = pairs.length - 1; i >= 0; i--) {
    const { s, yv } = pairs[i];
    const a = dot(s, q) / dot(yv, s);
    alpha[i] = a;
    q[0] -= a * yv[0];
    q[1] -= a * yv[1];
  }
  const gamma = lbfgsGamma(pairs);
  const r: V2 = [gamma * q[0], gamma * q[1]];
  for (let i = 0; i < pairs.length; i++) {
    const { s, yv } = pairs[i];
    const b = dot(yv, r) / dot(yv, s);
    r[0] += s[0] * (alpha[i] - b);
    r[1] += s[1] * (alpha[i] - b);
  }
  return r;
}

/** The inverse-Hessian estimate the pairs imply, row-major (its columns are H_k e1, H_k e2). */
export function impliedInverse(pairs: readonly Pair[]): [number, number, number, number] {
  const c1 = twoLoop(pairs, [1, 0]);
  const c2 = twoLoop(pairs, [0, 1]);
  return [c1[0], c2[0], c1[1], c2[1]];
}

export function lbfgs(cfg: RunConfig, m: number): OptGen {
  let pairs: Pair[] = [];
  return optimize('lbfgs', { m }, cfg, 1, function* (x, y, e) {
    const g: V2 = [e.gx, e.gy];
    const detail: StepDetail = {};
    const r = twoLoop(pairs, g);
    let d: V2 = [-r[0], -r[1]];
    if (!(dot(g, d) < 0)) {
      // not a descent direction: forget what was learned, step along −g
      pairs = [];
      d = [-g[0], -g[1]];
      detail.reset = true;
    }
    detail.pairs = pairs;
    detail.gamma = lbfgsGamma(pairs);
    detail.B = impliedInverse(pairs);
    const found = yield* wolfe(x, y, e, d, 1, detail);
    if (!found) return { status: 'line-search-failed', detail };
    const s: V2 = [found.t * d[0], found.t * d[1]];
    const yv: V2 = [found.e.gx - g[0], found.e.gy - g[1]];
    detail.s = s;
    detail.yv = yv;
    detail.curvatureOk = dot(s, yv) > CURVATURE_MIN;
    // a new array, so the pairs recorded with this iterate stay as they were used
    if (detail.curvatureOk) pairs = [...pairs, { s, yv }].slice(-m);
    return { x: found.x, y: found.y, e: found.e, detail };
  });
}
