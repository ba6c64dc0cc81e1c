// The shared trajectory type of every optimizer (CONTRACT §5) and the protocol by which an
// optimizer asks for function evaluations: each optimizer is a generator that yields the
// points it needs, so a driver can evaluate all runs' points in one batched call.
import type { SumOfSquares } from '../formula/sos';
import type { Order } from '../jet';

export type { SumOfSquares };

export type Status = 'converged' | 'diverged' | 'max-steps' | 'singular-hessian' | 'line-search-failed' | 'stalled';

/** f, ∇f and H at one point (derivatives beyond the order asked are NaN). */
export interface Eval {
  value: number;
  gx: number;
  gy: number;
  hxx: number;
  hxy: number;
  hyy: number;
  /** the residuals r_i and their gradients (the rows of J), where the request asked for them */
  residuals?: ResidualValues;
}

/** r_i and ∇r_i = (jx[i], jy[i]) at one point, for a sum of squares f = Σ w_i r_i². */
export interface ResidualValues {
  r: number[];
  jx: number[];
  jy: number[];
}

export interface LineSearchTrial {
  t: number;
  value: number;
  accepted: boolean;
  /** Wolfe search: ∇f(x + t d)·d where it was evaluated (the curvature test reads it) */
  slope?: number;
  /** Wolfe search: which test a rejected trial failed ('armijo' also where f is not finite) */
  failed?: 'armijo' | 'curvature';
}

/** What an optimizer did at an iterate, for the teaching panels. */
export interface StepDetail {
  /** search or step direction taken from this iterate */
  direction?: [number, number];
  /** backtracking trials along `direction` (φ(t) = f(x + t d)) */
  trials?: LineSearchTrial[];
  /** f(x), ∇f·d: the Armijo line is f(x) + 1e-4 t ∇f·d */
  slope?: number;
  /** quasi-Newton: the inverse-Hessian estimate B used at this iterate, row-major 2×2 */
  B?: [number, number, number, number];
  /** quasi-Newton: s = t d and y = ∇f(new) − ∇f, and whether sᵀy > 1e-10 (B was updated) */
  s?: [number, number];
  yv?: [number, number];
  curvatureOk?: boolean;
  /** quasi-Newton: B was reset to I because −B g was not a descent direction */
  reset?: boolean;
  /** damped Newton: the eigenvalues of the modified Hessian, when H was not positive definite */
  modifiedEigenvalues?: [number, number];
  /** damped Newton: the plain Newton direction −H⁻¹g, for comparison */
  newtonDirection?: [number, number];
  /** fd-gd: the central-difference gradient used for the step */
  fdGradient?: [number, number];
  /** which line search made `trials`: Armijo backtracking (the default) or the Wolfe bisection */
  search?: 'armijo' | 'wolfe';
  /** cg: the first trial step t0 (−g·d / dᵀHd where dᵀHd > 0, else 1) */
  t0?: number;
  /** nesterov: the look-ahead point x + beta v where the gradient is taken, and that gradient */
  lookAhead?: [number, number];
  lookAheadGradient?: [number, number];
  /** cg: how `direction` was made: d = −g + beta d_prev (beta = max(0, PR)); restart where it is −g
   *  after the first iteration (beta clipped to 0, or the descent test reset it) */
  cg?: { beta: number; restart: boolean };
  /** lbfgs: the stored pairs used at this iterate (oldest first) and the initial scaling gamma */
  pairs?: { s: [number, number]; yv: [number, number] }[];
  gamma?: number;
  /** trust-region: the subproblem and the ratio test of this iteration */
  trustRegion?: TrustRegionDetail;
  /** gauss-newton and lm: G = 2 JᵀWJ at this iterate (row-major 2×2), the residuals and J's rows,
   *  and the true Hessian there (H − G = 2 Σ w_i r_i ∇²r_i is what Gauss–Newton leaves out) */
  G?: [number, number, number, number];
  hessian?: [number, number, number, number];
  residuals?: ResidualValues;
  /** lm: the damping used by this iteration, the ratio of reductions and whether the step was taken */
  lm?: { mu: number; nu: number; rho: number; accepted: boolean; step: [number, number] };
}

export interface TrustRegionDetail {
  /** the radius D used by this iteration */
  radius: number;
  /** the step p minimising q(p) = g·p + pᵀHp/2 over |p| <= D, and the multiplier lam of p(lam) */
  step: [number, number];
  lambda: number;
  /** p was the unconstrained Newton step (inside the region), or the hard case */
  interior: boolean;
  hard: boolean;
  /** the predicted decrease −q(p), the actual one f(x) − f(x + p), and their ratio rho */
  predicted: number;
  actual: number;
  rho: number;
  accepted: boolean;
  /** the radius after the update, for the next iteration */
  nextRadius: number;
  /** the Cauchy point (minimum of q along −g within the region) */
  cauchy: [number, number];
  /** the dogleg point, where H is positive definite */
  dogleg?: [number, number];
}

export interface Iterate {
  k: number;
  x: number;
  y: number;
  value: number;
  gradNorm: number;
  /** trust-region: the radius used by this iteration (CONTRACT §6, version 2) */
  radius?: number;
  /** lm: the damping mu used by this iteration */
  mu?: number;
  detail?: StepDetail;
}

export interface Trajectory {
  optimizer: string;
  params: Record<string, number>;
  status: Status;
  iterates: Iterate[];
}

export interface Request {
  points: [number, number][];
  order: Order;
  /** also the residuals of this sum of squares and their gradients at each point (Eval.residuals) */
  residuals?: SumOfSquares;
}

export type OptGen = Generator<Request, Trajectory, Eval[]>;

export interface RunConfig {
  start: [number, number];
  steps: number;
  tol: number;
}
