// The built-in surface catalog (CONTRACT §4): each surface's formula, plotting domain, suggested
// expansion point, optimizer start and step size, known critical points, and a one-line lesson.
import {
  dataOf,
  isRegressionId,
  regressionFormula,
  regressionMinimum,
  rowsOf,
  type DataRows,
  type RegressionId,
} from './regression';
import type { CriticalPoint, RegressionData, Surface } from './surfaces-types';

export {
  REGRESSION_IDS,
  dataColumns,
  isRegressionId,
  leastSquares,
  pointLossAsts,
  pointLossFormula,
  regressionAst,
  regressionFormula,
  regressionMinimum,
  type DataRow,
  type DataRows,
  type RegressionId,
} from './regression';

export const DEFAULT_SURFACE_ID = 'rosenbrock';

// ---------------------------------------------------------------------------------------------
// The regression data sets. Their formulas and minimizers are computed from the data
// (regression.ts), so the two cannot drift.

// s = 1.5 t + 0.5 plus a fixed, hand-picked bit of noise, so the best line is near (1.5, 0.5)
// but not exactly on it, and the (slope, intercept) valley is long and narrow (condition ~20).
const LINEAR_DATA: RegressionData = {
  description:
    '8 points (t, s): hours studied t vs. test score s (in tens of points); the loss is the mean squared error of the line s ≈ x·t + y, with slope x and intercept y.',
  features: [[0], [0.5], [1], [1.5], [2], [2.5], [3], [3.5]],
  targets: [0.6, 1.05, 2.15, 2.65, 3.7, 4.1, 5.05, 5.65],
};

// Two overlapping classes: (-0.6, -0.4) labelled +1 and (0.8, 0.6) labelled -1 sit among the
// other class, so no line through the origin separates them and the loss has a finite
// minimizer, near (1.02, 0.70).
const LOGISTIC_DATA: RegressionData = {
  description:
    '8 points (a, b) labelled +1 or −1 in two overlapping classes; the loss is the mean logistic loss of the classifier sign(x·a + y·b), which has weights x, y and no bias.',
  features: [
    [1, 0.5],
    [0.5, 1.5],
    [2, 0.3],
    [-0.6, -0.4],
    [-1, -0.8],
    [-0.3, -1.5],
    [0.8, 0.6],
    [-1.5, 0.4],
  ],
  targets: [1, 1, 1, 1, -1, -1, -1, -1],
};

// s = 2 exp(-0.5 t) plus fixed noise (+0.04, -0.03, 0.02, -0.05, 0.03, 0.01, -0.02, 0.02), rounded
// to two decimals. The least-squares fit is (2.01619, 0.507282), f = 9.2925e-4 (float64 Newton).
const DECAY_DATA: RegressionData = {
  description:
    '8 measurements (t, s) of something decaying: time t vs. amount left s; the loss is the mean squared error of the curve s ≈ x·exp(−y·t), with initial amount x and rate y.',
  features: [[0], [0.5], [1], [1.5], [2], [3], [4], [6]],
  targets: [2.04, 1.53, 1.23, 0.89, 0.77, 0.46, 0.25, 0.12],
};

/** The minimizer of a shipped data set's loss (it has one; a missing one is a bug in the data). */
function shippedMinimum(id: RegressionId, data: RegressionData): CriticalPoint {
  const c = regressionMinimum(id, rowsOf(data));
  if (!c) throw new Error(`surfaces: no minimum for the data of ${id}`);
  return c;
}

// ---------------------------------------------------------------------------------------------
// The catalog. Critical points were found by Newton's method in float64 from a dense grid of
// starts over each domain (and checked in surfaces.test.ts against hand-written derivatives);
// values are f there, rounded to 15 significant digits.

const BOWLS = 'Bowls and valleys';
const MINIMA = 'Several minima';
const SADDLES = 'Saddles';
const RUGGED = 'Rugged';
const ML = 'Machine learning';

export const SURFACES: Surface[] = [
  // ---- Bowls and valleys
  {
    id: 'quadratic',
    name: 'Elongated bowl',
    group: BOWLS,
    formula: 'x^2 + 10*y^2',
    domain: [-3, 3, -2, 2],
    point: [2, 1],
    start: [-2.5, 1.2],
    // Curvatures 2 and 20: gd is stable for lr < 0.1; 0.08 overshoots in y (factor -0.6), a zig-zag.
    lr: 0.08,
    critical: [{ x: 0, y: 0, value: 0, kind: 'minimum', global: true }],
    lesson:
      'Curvature 10 times steeper in y than in x makes gradient descent zig-zag across the bowl, while the quadratic Taylor model is exact and Newton lands on the minimum in one step.',
  },
  {
    id: 'booth',
    name: 'Booth',
    group: BOWLS,
    formula: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    domain: [-10, 10, -10, 10],
    point: [-5, 5],
    start: [-7, -8],
    lr: 0.05, // Hessian eigenvalues 2 and 18: stable for lr < 1/9
    critical: [{ x: 1, y: 3, value: 0, kind: 'minimum', global: true }],
    lesson:
      'A rotated bowl: the gradient does not point at the minimum, but the function is quadratic, so its second-order Taylor model is exact and one Newton step solves it.',
  },
  {
    id: 'matyas',
    name: 'Matyas',
    group: BOWLS,
    formula: '0.26*(x^2 + y^2) - 0.48*x*y',
    domain: [-10, 10, -10, 10],
    point: [-5, 3],
    start: [8, 5],
    // Hessian eigenvalues 1 (across x = y) and 0.04 (along it): lr = 1 removes the steep part in
    // one step and then crawls by a factor 0.96 per step along the flat valley.
    lr: 1,
    critical: [{ x: 0, y: 0, value: 0, kind: 'minimum', global: true }],
    lesson:
      'A very flat valley along x = y: gradient descent crawls along it because the slope is tiny there, while Newton divides by that tiny curvature and jumps straight to the minimum.',
  },
  {
    id: 'rosenbrock',
    name: 'Rosenbrock',
    group: BOWLS,
    formula: '(1 - x)^2 + 100*(y - x^2)^2',
    domain: [-2, 2, -1, 3],
    // Above the valley floor the Hessian is indefinite: the quadratic model at (0.5, 0.5) is a
    // saddle although f has a single minimum, a good prompt for "models are local".
    point: [0.5, 0.5],
    start: [-1.2, 1],
    lr: 0.001, // largest Hessian eigenvalue at the start is about 1500, so 2/1500 is the limit
    critical: [{ x: 1, y: 1, value: 0, kind: 'minimum', global: true }],
    lesson: 'A curved, narrow valley: gradient descent zig-zags across it while Newton follows the curvature.',
  },
  {
    id: 'beale',
    name: 'Beale',
    group: BOWLS,
    formula: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    domain: [-4.5, 4.5, -4.5, 4.5],
    point: [2, 0],
    start: [1, 1.5],
    lr: 0.005,
    critical: [
      { x: 3, y: 0.5, value: 0, kind: 'minimum', global: true },
      // f is constant on the line x = 0; (0, 1) is the only critical point on it.
      { x: 0, y: 1, value: 14.203125, kind: 'saddle' },
      { x: 0.100537937324158, y: -2.64451358502312, value: 9.86451228475556, kind: 'saddle' },
    ],
    lesson:
      'Steep walls and flat plateaus: from (1, 1.5) pure Newton heads for the saddle at (0, 1), while gradient descent creeps along the flat valley toward the minimum at (3, 0.5).',
  },

  // ---- Several minima
  {
    id: 'himmelblau',
    name: 'Himmelblau',
    group: MINIMA,
    formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    domain: [-5, 5, -5, 5],
    point: [1, 1],
    // The Hessian is negative definite here, so pure Newton converges to the maximum.
    start: [0.5, 0.5],
    lr: 0.01,
    critical: [
      { x: 3, y: 2, value: 0, kind: 'minimum', global: true },
      { x: -2.80511808695274, y: 3.13131251825057, value: 0, kind: 'minimum', global: true },
      { x: -3.77931025337775, y: -3.28318599128617, value: 0, kind: 'minimum', global: true },
      { x: 3.58442834033049, y: -1.8481265269644, value: 0, kind: 'minimum', global: true },
      { x: -0.270844590667348, y: -0.923038556479982, value: 181.616521522583, kind: 'maximum' },
      { x: 3.38515418360702, y: 0.0738518798377493, value: 13.3119262704056, kind: 'saddle' },
      { x: 0.0866775045553963, y: 2.88425470117478, value: 67.7191500875261, kind: 'saddle' },
      { x: -3.07302575076439, y: -0.0813530442879675, value: 104.015162917558, kind: 'saddle' },
      { x: -0.12796134673068, y: -1.95371498024458, value: 178.337239201927, kind: 'saddle' },
    ],
    lesson:
      'Four equally good minima, a maximum and four saddles: gradient descent finds the minimum whose basin it starts in, while pure Newton, which only seeks a zero gradient, climbs to the maximum from (0.5, 0.5).',
  },
  {
    id: 'three-hump-camel',
    name: 'Three-hump camel',
    group: MINIMA,
    formula: '2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2',
    domain: [-2, 2, -2, 2],
    point: [1, 1],
    start: [-1, 1.5],
    lr: 0.03,
    critical: [
      { x: 0, y: 0, value: 0, kind: 'minimum', global: true },
      { x: -1.74755234583029, y: 0.873776172915145, value: 0.298638442236861, kind: 'minimum' },
      { x: 1.74755234583029, y: -0.873776172915145, value: 0.298638442236861, kind: 'minimum' },
      { x: -1.07054229182366, y: 0.53527114591183, value: 0.87736155776314, kind: 'saddle' },
      { x: 1.07054229182366, y: -0.53527114591183, value: 0.87736155776314, kind: 'saddle' },
    ],
    lesson:
      'A global minimum flanked by two local ones: from (-1, 1.5) gradient descent settles in a local minimum, and Newton, started where the Hessian is indefinite, stops on the saddle between them.',
  },
  {
    id: 'six-hump-camel',
    name: 'Six-hump camel',
    group: MINIMA,
    formula: '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
    // Tighter than the usual [-3, 3] x [-2, 2], which is dominated by the steep x^6 and y^4 walls.
    domain: [-2, 2, -1.2, 1.2],
    point: [1, 0.5],
    start: [-1, 1],
    lr: 0.02,
    critical: [
      { x: 0.0898420131003181, y: -0.71265640302074, value: -1.03162845348988, kind: 'minimum', global: true },
      { x: -0.0898420131003181, y: 0.71265640302074, value: -1.03162845348988, kind: 'minimum', global: true },
      { x: -1.70360671496998, y: 0.796083568672625, value: -0.215463824383718, kind: 'minimum' },
      { x: 1.70360671496998, y: -0.796083568672625, value: -0.215463824383718, kind: 'minimum' },
      { x: -1.6071047529202, y: -0.568651454884131, value: 2.10425031031126, kind: 'minimum' },
      { x: 1.6071047529202, y: 0.568651454884131, value: 2.10425031031126, kind: 'minimum' },
      { x: -1.23022987651665, y: -0.162334584458995, value: 2.49629535102358, kind: 'maximum' },
      { x: 1.23022987651665, y: 0.162334584458995, value: 2.49629535102358, kind: 'maximum' },
      { x: 0, y: 0, value: 0, kind: 'saddle' },
      { x: -1.10920533680479, y: 0.76826809250954, value: 0.543718600978185, kind: 'saddle' },
      { x: 1.10920533680479, y: -0.76826809250954, value: 0.543718600978185, kind: 'saddle' },
      { x: -1.63806798418978, y: -0.228674069044394, value: 2.22935719753071, kind: 'saddle' },
      { x: 1.63806798418978, y: 0.228674069044394, value: 2.22935719753071, kind: 'saddle' },
      { x: -1.29607026716711, y: -0.605084388038658, value: 2.22947081802986, kind: 'saddle' },
      { x: 1.29607026716711, y: 0.605084388038658, value: 2.22947081802986, kind: 'saddle' },
    ],
    lesson:
      'Six minima (two of them global), two maxima and seven saddles: the quadratic model changes shape from point to point, and from (-1, 1) Newton converges to a saddle while gradient descent reaches a global minimum.',
  },
  {
    id: 'styblinski-tang',
    name: 'Styblinski-Tang',
    group: MINIMA,
    formula: '(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)/2',
    domain: [-5, 5, -5, 5],
    point: [-2, 1],
    start: [0.5, 0.8],
    lr: 0.02,
    // f(x, y) = g(x) + g(y), and g' has three roots, so the critical points form a 3 x 3 grid.
    critical: [
      { x: -2.90353402777118, y: -2.90353402777118, value: -78.3323314075428, kind: 'minimum', global: true },
      { x: -2.90353402777118, y: 2.74680277099084, value: -64.1956123590554, kind: 'minimum' },
      { x: 2.74680277099084, y: -2.90353402777118, value: -64.1956123590554, kind: 'minimum' },
      { x: 2.74680277099084, y: 2.74680277099084, value: -50.0588933105679, kind: 'minimum' },
      { x: 0.15673125678034, y: 0.15673125678034, value: 0.391224718110716, kind: 'maximum' },
      { x: -2.90353402777118, y: 0.15673125678034, value: -38.9705533447161, kind: 'saddle' },
      { x: 0.15673125678034, y: -2.90353402777118, value: -38.9705533447161, kind: 'saddle' },
      { x: 2.74680277099084, y: 0.15673125678034, value: -24.8338342962286, kind: 'saddle' },
      { x: 0.15673125678034, y: 2.74680277099084, value: -24.8338342962286, kind: 'saddle' },
    ],
    lesson:
      'A sum of two one-dimensional quartics, so its nine critical points sit on a 3 × 3 grid: gradient descent from (0.5, 0.8) finds the nearest minimum rather than the global one, and Newton converges to the maximum.',
  },
  {
    id: 'mccormick',
    name: 'McCormick',
    group: MINIMA,
    formula: 'sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1',
    domain: [-1.5, 4, -3, 4],
    point: [1, 2],
    start: [-1, 3],
    lr: 0.1,
    // All critical points lie on x - y = 1 with cos(x + y) = -1/2; x + y = -2π/3 and 4π/3 are
    // minima (sin < 0), 2π/3 is a saddle.
    critical: [
      { x: -0.547197551196598, y: -1.5471975511966, value: -1.91322295498104, kind: 'minimum', global: true },
      { x: 2.5943951023932, y: 1.5943951023932, value: 1.22836969860876, kind: 'minimum' },
      { x: 1.5471975511966, y: 0.547197551196598, value: 1.91322295498104, kind: 'saddle' },
    ],
    lesson:
      'A tilted bowl plus a sine wave that adds a second minimum and a saddle: from (-1, 3) gradient descent reaches the global minimum, while Newton converges to the saddle.',
  },

  // ---- Saddles
  {
    id: 'saddle',
    name: 'Saddle',
    group: SADDLES,
    formula: 'x^2 - y^2',
    domain: [-2, 2, -2, 2],
    point: [1, 0.5],
    start: [1.8, 0.1],
    // Unbounded below: with lr = 0.02, y grows by 4% a step and leaves the domain near step 75.
    lr: 0.02,
    critical: [{ x: 0, y: 0, value: 0, kind: 'saddle' }],
    lesson:
      'The simplest saddle: Newton jumps to the critical point at the origin in one step although it is no minimum, while gradient descent slides off along the falling y direction.',
  },
  {
    id: 'monkey-saddle',
    name: 'Monkey saddle',
    group: SADDLES,
    formula: 'x^3 - 3*x*y^2',
    domain: [-2, 2, -2, 2],
    point: [1, 0.5],
    start: [1.5, 0.05],
    // f is cubic and unbounded below, so gd blows up in finite time once it reaches a valley;
    // lr = 0.005 keeps 100 steps inside the domain.
    lr: 0.005,
    // Degenerate: the Hessian is zero at the origin, so the kind comes from the cubic terms.
    critical: [{ x: 0, y: 0, value: 0, kind: 'saddle' }],
    lesson:
      'A saddle with three valleys and a zero Hessian at the origin: the quadratic Taylor model is flat there, Newton only halves its distance each step, and gradient descent stalls on the ridge before tipping into a valley.',
  },

  // ---- Rugged
  {
    id: 'rastrigin',
    name: 'Rastrigin',
    group: RUGGED,
    formula: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
    domain: [-5.12, 5.12, -5.12, 5.12],
    point: [1.2, 0.4],
    start: [2.3, 1.6],
    lr: 0.004, // the curvature is at most 2 + 40π² ≈ 397, so gd descends for lr < 0.005
    // The domain holds hundreds of critical points (a grid of about 21 x 21); only those in the
    // central cell |x|, |y| < 0.6 and the four nearest local minima are listed.
    critical: [
      { x: 0, y: 0, value: 0, kind: 'minimum', global: true },
      { x: 0.994958637652335, y: 0, value: 0.994959057093292, kind: 'minimum' },
      { x: -0.994958637652335, y: 0, value: 0.994959057093292, kind: 'minimum' },
      { x: 0, y: 0.994958637652335, value: 0.994959057093292, kind: 'minimum' },
      { x: 0, y: -0.994958637652335, value: 0.994959057093292, kind: 'minimum' },
      { x: 0.502546036554675, y: 0.502546036554675, value: 40.5025459819802, kind: 'maximum' },
      { x: -0.502546036554675, y: 0.502546036554675, value: 40.5025459819802, kind: 'maximum' },
      { x: -0.502546036554675, y: -0.502546036554675, value: 40.5025459819802, kind: 'maximum' },
      { x: 0.502546036554675, y: -0.502546036554675, value: 40.5025459819802, kind: 'maximum' },
      { x: 0.502546036554675, y: 0, value: 20.2512729909901, kind: 'saddle' },
      { x: -0.502546036554675, y: 0, value: 20.2512729909901, kind: 'saddle' },
      { x: 0, y: 0.502546036554675, value: 20.2512729909901, kind: 'saddle' },
      { x: 0, y: -0.502546036554675, value: 20.2512729909901, kind: 'saddle' },
    ],
    lesson:
      'Hundreds of local minima on top of a bowl: each quadratic model sees only the nearest bump, so both gradient descent and Newton get trapped close to where they start.',
  },

  // ---- Machine learning
  {
    id: 'linear-regression',
    name: 'Linear regression (MSE)',
    group: ML,
    formula: regressionFormula('linear-regression', rowsOf(LINEAR_DATA)),
    domain: [-1, 4, -2, 3],
    point: [3, 2],
    start: [-0.5, 2.5],
    // Hessian eigenvalues about 10.2 and 0.51: lr = 0.15 zig-zags in slope yet converges.
    lr: 0.15,
    critical: [shippedMinimum('linear-regression', LINEAR_DATA)],
    lesson:
      'The squared-error loss of a line is exactly quadratic in (slope, intercept), so the second-order Taylor model is the loss itself and one Newton step solves the normal equations, while gradient descent zig-zags down the long valley.',
    data: LINEAR_DATA,
  },
  {
    id: 'logistic-regression',
    name: 'Logistic regression',
    group: ML,
    formula: regressionFormula('logistic-regression', rowsOf(LOGISTIC_DATA)),
    domain: [-3, 4, -3, 4],
    point: [-2, 2],
    start: [-2, -2],
    lr: 1, // the curvature is at most 0.25·λmax(mean of z zᵀ) ≈ 0.36, so gd descends for lr < 5.5
    critical: [shippedMinimum('logistic-regression', LOGISTIC_DATA)],
    lesson:
      'A convex loss that turns almost linear far from its minimum: the curvature there is so small that a pure Newton step from (-2, -2) overshoots out of sight, while gradient descent and damped Newton converge.',
    data: LOGISTIC_DATA,
  },
  {
    id: 'exp-regression',
    name: 'Exponential decay fit',
    group: ML,
    formula: regressionFormula('exp-regression', rowsOf(DECAY_DATA)),
    domain: [-0.5, 4, -0.25, 2.5],
    // The Hessian is indefinite here (det ≈ -0.064): the quadratic model is a saddle.
    point: [1, 1.5],
    // Too fast a decay: only the first measurement is fitted, and the loss is nearly flat in y.
    start: [0.5, 2],
    // Hessian eigenvalues at the minimum about 2.6 and 0.33: gd is stable there for lr < 0.77;
    // 0.3 reaches the minimum's neighbourhood in about 100 steps.
    lr: 0.3,
    critical: [shippedMinimum('exp-regression', DECAY_DATA)],
    lesson:
      'A sum of squares that is not convex: where the decay rate is too large the loss is a nearly flat plateau with an indefinite Hessian, so pure Newton runs off toward infinite rate while Gauss–Newton and Levenberg–Marquardt, which use only the residuals’ slopes, reach the fit in a few steps.',
    data: DECAY_DATA,
  },
];

const BY_ID = new Map(SURFACES.map((s) => [s.id, s]));

export function getSurface(id: string): Surface | undefined {
  return BY_ID.get(id);
}

/** The rows of a regression surface's shipped data set ([t, s] or [a, b, label]), fresh arrays. */
export function surfaceData(id: string): number[][] | undefined {
  const d = BY_ID.get(id)?.data;
  return d ? rowsOf(d) : undefined;
}

/**
 * The surface with other data (the `data` parameter): the formula rebuilt from the rows exactly as
 * for the shipped set, the data replaced, and the minimum recomputed (none listed where none is
 * found). Domain, point, start and lr stay the surface's own. Undefined for a non-regression id.
 */
export function withData(id: string, rows: DataRows): Surface | undefined {
  const s = BY_ID.get(id);
  if (!s || !isRegressionId(id)) return undefined;
  const min = regressionMinimum(id, rows);
  const what = id === 'logistic-regression' ? 'points (a, b, label)' : 'points (t, s)';
  return {
    ...s,
    formula: regressionFormula(id, rows),
    critical: min ? [min] : [],
    data: dataOf(rows, `Your data: ${rows.length} ${what}.`),
  };
}
