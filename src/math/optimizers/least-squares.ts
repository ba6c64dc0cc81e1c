// Gauss–Newton and Levenberg–Marquardt on a sum of squares f = Σ w_i r_i² (CONTRACT §4-5):
// both replace H by G = 2 JᵀWJ, which leaves out Σ 2 w_i r_i ∇²r_i (small near a good fit).
// LM damps it, G + mu I, and moves mu by how well the model predicted the decrease.
import { backtrack, evalAt, optimize } from './common';
import { isSingular, newtonDirection } from './newton';
import { reductionRatio } from './trust-region';
import type { Eval, OptGen, RunConfig, StepDetail, SumOfSquares } from './types';

type M2 = [number, number, number, number];

/** G = 2 JᵀWJ (row-major; symmetric) from the residual gradients (rows of J) and weights. */
export function gaussNewtonMatrix(sos: SumOfSquares, e: Eval): M2 {
  const res = e.residuals;
  if (!res) return [NaN, NaN, NaN, NaN];
  let a = 0;
  let b = 0;
  let c = 0;
  sos.weights.forEach((w, i) => {
    a += w * res.jx[i] * res.jx[i];
    b += w * res.jx[i] * res.jy[i];
    c += w * res.jy[i] * res.jy[i];
  });
  return [2 * a, 2 * b, 2 * b, 2 * c];
}

const asEval = (e: Eval, G: M2): Eval => ({ ...e, hxx: G[0], hxy: G[1], hyy: G[3] });

/** This iterate's evaluation with the residuals (and H, for the panel): asked for where the
 *  step's search did not bring them. */
function* withResiduals(x: number, y: number, e: Eval, sos: SumOfSquares) {
  return e.residuals ? e : yield* evalAt(x, y, 2, sos);
}

const hessianOf = (e: Eval): M2 => [e.hxx, e.hxy, e.hxy, e.hyy];

export function gaussNewton(cfg: RunConfig, sos: SumOfSquares): OptGen {
  return optimize(
    'gauss-newton',
    {},
    cfg,
    2,
    function* (x, y, e0) {
      const e = yield* withResiduals(x, y, e0, sos);
      const G = gaussNewtonMatrix(sos, e);
      const detail: StepDetail = { G, hessian: hessianOf(e), residuals: e.residuals };
      // singular-hessian as for newton, on G
      const Ge = asEval(e, G);
      if (isSingular(Ge)) return { status: 'singular-hessian', detail };
      const found = yield* backtrack(x, y, e, newtonDirection(Ge), 1, detail);
      if (!found) return { status: 'line-search-failed', detail };
      return { x: found.x, y: found.y, e: found.e, detail };
    },
    { residuals: sos },
  );
}

/** −(G + mu I)⁻¹ g. */
export function dampedStep(G: M2, mu: number, g: [number, number]): [number, number] {
  return newtonDirection({ value: 0, gx: g[0], gy: g[1], hxx: G[0] + mu, hxy: G[1], hyy: G[3] + mu });
}

export const LM_MU0 = 1e-3;
export const LM_STALL = 1e15;

export function levenbergMarquardt(cfg: RunConfig, sos: SumOfSquares): OptGen {
  let mu: number | null = null;
  let nu = 2;
  return optimize(
    'lm',
    {},
    cfg,
    2,
    function* (x, y, e) {
      const G = gaussNewtonMatrix(sos, e);
      const maxDiag = Math.max(G[0], G[3]);
      const m = mu!;
      if (m > LM_STALL * Math.max(1, maxDiag)) return { status: 'stalled' };
      const g: [number, number] = [e.gx, e.gy];
      const p = dampedStep(G, m, g);
      // the model's decrease: −(g·p + pᵀGp/2) = p·(mu p − g)/2 for p solving (G + mu I) p = −g
      const predicted = (p[0] * (m * p[0] - g[0]) + p[1] * (m * p[1] - g[1])) / 2;
      const nx = x + p[0];
      const ny = y + p[1];
      // (order 2: H at the next iterate, for the panel's G beside H)
      const ne = yield* evalAt(nx, ny, 2, sos);
      const rho = reductionRatio(e.value, ne.value, predicted);
      const accepted = rho > 0;
      const detail: StepDetail = {
        direction: p,
        G,
        hessian: hessianOf(e),
        residuals: e.residuals,
        lm: { mu: m, nu, rho, accepted, step: p },
      };
      if (accepted) {
        mu = m * Math.max(1 / 3, 1 - (2 * rho - 1) ** 3);
        nu = 2;
        return { x: nx, y: ny, e: ne, detail };
      }
      mu = m * nu;
      nu = 2 * nu;
      // not taken: still an iteration, at the same position
      return { x, y, e, detail };
    },
    {
      residuals: sos,
      annotate: (it, e) => {
        // mu starts at 1e-3 max(diag G) of the start
        if (mu === null) {
          const G = gaussNewtonMatrix(sos, e);
          mu = LM_MU0 * Math.max(G[0], G[3]);
        }
        it.mu = mu;
      },
    },
  );
}
