// The shared trajectory type of every optimizer (CONTRACT §5) and the protocol by which an
// optimizer asks for function evaluations: each optimizer is a generator that yields the
// points it needs, so a driver can evaluate all runs' points in one batched call.
import type { Order } from '../jet';

export type Status = 'converged' | 'diverged' | 'max-steps' | 'singular-hessian' | 'line-search-failed';

/** f, ∇f and H at one point (derivatives beyond the order asked are NaN). */
export interface Eval {
  value: number;
  gx: number;
  gy: number;
  hxx: number;
  hxy: number;
  hyy: number;
}

export interface LineSearchTrial {
  t: number;
  value: number;
  accepted: boolean;
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
}

export interface Iterate {
  k: number;
  x: number;
  y: number;
  value: number;
  gradNorm: number;
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
}

export type OptGen = Generator<Request, Trajectory, Eval[]>;

export interface RunConfig {
  start: [number, number];
  steps: number;
  tol: number;
}
