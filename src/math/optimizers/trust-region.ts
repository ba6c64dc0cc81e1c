// Trust region (CONTRACT §5 `trust-region`): the quadratic Taylor model q(p) = g·p + pᵀHp/2
// minimised exactly over |p| <= D (Moré & Sorensen in 2D: in H's eigenbasis), the step kept
// only where f fell enough compared with the model's prediction, and D adapted to that ratio.
import { eigSym2 } from '../hessian';
import { evalAt, optimize } from './common';
import type { Eval, OptGen, RunConfig, StepDetail, TrustRegionDetail } from './types';

type V2 = [number, number];

export interface SubproblemSolution {
  p: V2;
  /** the multiplier: p = −(H + lam I)⁻¹ g (in the hard case, plus tau q1) */
  lambda: number;
  interior: boolean;
  hard: boolean;
}

/** Eigen-pairs of H ascending, each vector normalised so its first non-zero entry is positive. */
function eigenAscending(hxx: number, hxy: number, hyy: number) {
  const { values, vectors } = eigSym2(hxx, hxy, hyy);
  const order = values[0] <= values[1] ? [0, 1] : [1, 0];
  const norm = (v: readonly number[]): V2 => {
    const len = Math.hypot(v[0], v[1]);
    const u: V2 = [v[0] / len, v[1] / len];
    const lead = u[0] !== 0 ? u[0] : u[1];
    return lead < 0 ? [-u[0], -u[1]] : u;
  };
  return {
    l: [values[order[0]], values[order[1]]] as V2,
    q: [norm(vectors[order[0]]), norm(vectors[order[1]])] as [V2, V2],
  };
}

/**
 * argmin over |p| <= D of g·p + pᵀHp/2, exactly (CONTRACT §5): with H = Q diag(l1, l2) Qᵀ,
 * l1 <= l2, and p(lam) = −(H + lam I)⁻¹ g: p(0) where l1 > 0 and |p(0)| <= D; else p(lam) with
 * |p(lam)| = D for the lam > max(0, −l1) (safeguarded Newton on 1/|p| − 1/D, the secular
 * equation); in the hard case (g ⟂ q1 and |p| < D as lam → −l1), p(−l1) + tau q1, tau > 0.
 */
export function solveSubproblem(g: V2, hxx: number, hxy: number, hyy: number, D: number): SubproblemSolution {
  const { l, q } = eigenAscending(hxx, hxy, hyy);
  // g in the eigenbasis; a component that is zero to rounding is taken as zero (the hard case)
  const gn = Math.hypot(g[0], g[1]);
  const a = q.map((v) => v[0] * g[0] + v[1] * g[1]).map((c) => (Math.abs(c) <= 1e-14 * gn ? 0 : c)) as V2;
  const pOf = (lam: number): V2 => {
    const p: V2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      if (a[i] === 0) continue;
      const c = -a[i] / (l[i] + lam);
      p[0] += c * q[i][0];
      p[1] += c * q[i][1];
    }
    return p;
  };
  // |p(lam)|² and its derivative, from the eigen-components (exact, no cancellation)
  const norm2 = (lam: number) => {
    let n2 = 0;
    let dn2 = 0;
    for (let i = 0; i < 2; i++) {
      if (a[i] === 0) continue;
      const den = l[i] + lam;
      n2 += (a[i] * a[i]) / (den * den);
      dn2 += (-2 * a[i] * a[i]) / (den * den * den);
    }
    return { n2, dn2 };
  };
  if (l[0] > 0) {
    const p0 = pOf(0);
    if (Math.hypot(p0[0], p0[1]) <= D) return { p: p0, lambda: 0, interior: true, hard: false };
  }
  const lo0 = Math.max(0, -l[0]);
  if (a[0] === 0 && l[0] <= 0) {
    const pl = pOf(-l[0]);
    const n = Math.hypot(pl[0], pl[1]);
    if (n < D) {
      const tau = Math.sqrt(D * D - n * n);
      return { p: [pl[0] + tau * q[0][0], pl[1] + tau * q[0][1]], lambda: -l[0], interior: false, hard: true };
    }
  }
  // |p(lam)| decreases on (lo0, inf) from above D to 0: bracket and solve |p(lam)| = D
  let lo = lo0;
  let hi = Math.max(lo0, gn / D - l[0]);
  while (norm2(hi).n2 > D * D) hi = hi === 0 ? 1 : 2 * hi; // (rounding only)
  let lam = hi;
  for (let it = 0; it < 200; it++) {
    const { n2, dn2 } = norm2(lam);
    const n = Math.sqrt(n2);
    if (Math.abs(n - D) <= 1e-15 * D) break;
    if (n > D) lo = lam;
    else hi = lam;
    // Newton on phi(lam) = 1/D − 1/|p|: phi' = (|p|²)'/(2|p|³)
    const phi = 1 / D - 1 / n;
    const dphi = dn2 / (2 * n2 * n);
    let next = lam - phi / dphi;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (next === lam || hi - lo <= 1e-16 * Math.max(1, Math.abs(hi))) break;
    lam = next;
  }
  return { p: pOf(lam), lambda: lam, interior: false, hard: false };
}

/** The model's decrease −q(p) = −(g·p + pᵀHp/2). */
export function predictedDecrease(g: V2, hxx: number, hxy: number, hyy: number, p: V2): number {
  const pHp = p[0] * (hxx * p[0] + hxy * p[1]) + p[1] * (hxy * p[0] + hyy * p[1]);
  return -(g[0] * p[0] + g[1] * p[1] + pHp / 2);
}

/** CONTRACT §5 "ratio of reductions": actual/predicted, 1 where float32 cannot resolve the
 *  actual decrease (predicted below 1e-6 max(1, |f|)), −inf where f(x + p) is not finite. */
export function reductionRatio(f: number, fNew: number, predicted: number): number {
  if (!Number.isFinite(fNew)) return -Infinity;
  if (predicted < 1e-6 * Math.max(1, Math.abs(f))) return 1;
  return (f - fNew) / predicted;
}

/** The Cauchy point: q's minimum along −g within |p| <= D (Nocedal & Wright 4.12). */
export function cauchyPoint(g: V2, hxx: number, hxy: number, hyy: number, D: number): V2 {
  const gn = Math.hypot(g[0], g[1]);
  if (gn === 0) return [0, 0];
  const gHg = g[0] * (hxx * g[0] + hxy * g[1]) + g[1] * (hxy * g[0] + hyy * g[1]);
  const tau = gHg <= 0 ? 1 : Math.min(1, gn ** 3 / (D * gHg));
  return [(-tau * D * g[0]) / gn, (-tau * D * g[1]) / gn];
}

/** The dogleg point where H is positive definite (Nocedal & Wright 4.15-4.16); else undefined. */
export function doglegPoint(g: V2, hxx: number, hxy: number, hyy: number, D: number): V2 | undefined {
  const det = hxx * hyy - hxy * hxy;
  if (!(hxx > 0 && det > 0)) return undefined;
  const pB: V2 = [-(hyy * g[0] - hxy * g[1]) / det, -(-hxy * g[0] + hxx * g[1]) / det];
  if (Math.hypot(pB[0], pB[1]) <= D) return pB;
  const gHg = g[0] * (hxx * g[0] + hxy * g[1]) + g[1] * (hxy * g[0] + hyy * g[1]);
  const gg = g[0] * g[0] + g[1] * g[1];
  const pU: V2 = [(-gg / gHg) * g[0], (-gg / gHg) * g[1]];
  const nU = Math.hypot(pU[0], pU[1]);
  if (nU >= D) return [(D * pU[0]) / nU, (D * pU[1]) / nU];
  // pU + s (pB − pU) with |.| = D, s in [0, 1]
  const w: V2 = [pB[0] - pU[0], pB[1] - pU[1]];
  const A = w[0] * w[0] + w[1] * w[1];
  const B = 2 * (pU[0] * w[0] + pU[1] * w[1]);
  const C = nU * nU - D * D;
  const s = (-B + Math.sqrt(B * B - 4 * A * C)) / (2 * A);
  return [pU[0] + s * w[0], pU[1] + s * w[1]];
}

export const TR_SHRINK_BELOW = 0.25;
export const TR_GROW_ABOVE = 0.75;
export const TR_ACCEPT_ABOVE = 0.1;
export const TR_MIN_RADIUS = 1e-12;

export function trustRegion(cfg: RunConfig, radius: number): OptGen {
  let D = radius;
  return optimize(
    'trust-region',
    { radius },
    cfg,
    2,
    function* (x, y, e) {
      if (D < TR_MIN_RADIUS) return { status: 'stalled' };
      const g: V2 = [e.gx, e.gy];
      const sol = solveSubproblem(g, e.hxx, e.hxy, e.hyy, D);
      const { p } = sol;
      const predicted = predictedDecrease(g, e.hxx, e.hxy, e.hyy, p);
      const nx = x + p[0];
      const ny = y + p[1];
      const ne: Eval = yield* evalAt(nx, ny, 2);
      const rho = reductionRatio(e.value, ne.value, predicted);
      const pn = Math.hypot(p[0], p[1]);
      const used = D;
      // (a NaN rho, from a model with NaN in it, counts as a failure: D shrinks, no step)
      if (!(rho >= TR_SHRINK_BELOW)) D = D / 4;
      else if (rho > TR_GROW_ABOVE && pn >= 0.999 * D) D = Math.min(2 * D, 100 * radius);
      const accepted = rho > TR_ACCEPT_ABOVE;
      const tr: TrustRegionDetail = {
        radius: used,
        step: p,
        lambda: sol.lambda,
        interior: sol.interior,
        hard: sol.hard,
        predicted,
        actual: e.value - ne.value,
        rho,
        accepted,
        nextRadius: D,
        cauchy: cauchyPoint(g, e.hxx, e.hxy, e.hyy, used),
      };
      const dog = doglegPoint(g, e.hxx, e.hxy, e.hyy, used);
      if (dog) tr.dogleg = dog;
      const detail: StepDetail = { direction: p, trustRegion: tr };
      // a rejected step is still an iteration: the next iterate repeats this position
      return accepted ? { x: nx, y: ny, e: ne, detail } : { x, y, e, detail };
    },
    { annotate: (it) => (it.radius = D) },
  );
}
