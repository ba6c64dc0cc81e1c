// Facts about f at a point from its value, gradient and Hessian: eigenvalues and
// eigenvectors of the symmetric 2×2 Hessian, curvature class and condition number.

export type Curvature = 'positive-definite' | 'negative-definite' | 'indefinite' | 'semidefinite';

export interface PointFacts {
  x: number;
  y: number;
  value: number;
  gradient: [number, number];
  /** [[fxx, fxy], [fxy, fyy]] */
  hessian: [[number, number], [number, number]];
  /** ascending */
  eigenvalues: [number, number];
  /** unit eigenvectors, in the order of the eigenvalues */
  eigenvectors: [[number, number], [number, number]];
  curvature: Curvature;
  /** |λ|max / |λ|min; Infinity when H is singular */
  condition: number;
  gradNorm: number;
}

/**
 * Eigen-decomposition of [[a, b], [b, c]] in closed form: λ = m ± r with m = (a + c)/2 and
 * r = √(((a − c)/2)² + b²); the larger eigenvalue's direction is at angle θ = ½·atan2(2b, a − c).
 */
export function eigSym2(a: number, b: number, c: number) {
  const m = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  const theta = 0.5 * Math.atan2(2 * b, a - c);
  const vmax: [number, number] = [Math.cos(theta), Math.sin(theta)];
  const vmin: [number, number] = [-Math.sin(theta), Math.cos(theta)];
  return { values: [m - r, m + r] as [number, number], vectors: [vmin, vmax] as [[number, number], [number, number]] };
}

/**
 * Curvature class. An eigenvalue counts as zero when it is below float32 noise relative to
 * the Hessian's scale (the app computes in float32).
 */
export function classify(l1: number, l2: number, relTol = 1e-5): Curvature {
  const scale = Math.max(Math.abs(l1), Math.abs(l2));
  const zero = (l: number) => Math.abs(l) <= relTol * Math.max(scale, 1e-30);
  if (zero(l1) || zero(l2)) return 'semidefinite';
  if (l1 > 0 && l2 > 0) return 'positive-definite';
  if (l1 < 0 && l2 < 0) return 'negative-definite';
  return 'indefinite';
}

export function pointFacts(
  x: number,
  y: number,
  value: number,
  gx: number,
  gy: number,
  hxx: number,
  hxy: number,
  hyy: number,
): PointFacts {
  const { values, vectors } = eigSym2(hxx, hxy, hyy);
  const curvature = classify(values[0], values[1]);
  const big = Math.max(Math.abs(values[0]), Math.abs(values[1]));
  const small = Math.min(Math.abs(values[0]), Math.abs(values[1]));
  const condition = curvature === 'semidefinite' || small === 0 ? Infinity : big / small;
  return {
    x,
    y,
    value,
    gradient: [gx, gy],
    hessian: [
      [hxx, hxy],
      [hxy, hyy],
    ],
    eigenvalues: values,
    eigenvectors: vectors,
    curvature,
    condition,
    gradNorm: Math.hypot(gx, gy),
  };
}
