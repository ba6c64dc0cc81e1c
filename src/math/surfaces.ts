// The built-in surface catalog (CONTRACT §4): each surface's formula, plotting domain, suggested
// expansion point, optimizer start and step size, known critical points, and a one-line lesson.
import type { CriticalPoint, RegressionData, Surface } from './surfaces-types';

export const DEFAULT_SURFACE_ID = 'rosenbrock';

// ---------------------------------------------------------------------------------------------
// Formula text for the regression surfaces, generated from their data so the two cannot drift.

/** A data value as formula text. Data are short decimals; anything else would need exponent
 *  syntax, so it is rejected at load time rather than producing a string that may not parse. */
function formatNumber(n: number): string {
  const s = String(Math.abs(n));
  if (!/^\d+(\.\d+)?$/.test(s)) throw new Error(`surfaces: cannot write ${n} as a plain decimal`);
  return s;
}

/** `c1*v1 + c2*v2 + k` with signs folded into the operators (no `+ -`), coefficient 1 written as
 *  the bare variable and zero terms dropped; "0" when nothing is left. */
function affineText(terms: ReadonlyArray<readonly [number, string]>, constant: number): string {
  const parts: string[] = [];
  const push = (value: number, body: string): void => {
    if (parts.length === 0) parts.push(value < 0 ? `-${body}` : body);
    else parts.push(value < 0 ? ` - ${body}` : ` + ${body}`);
  };
  for (const [c, v] of terms) {
    if (c === 0) continue;
    push(c, Math.abs(c) === 1 ? v : `${formatNumber(c)}*${v}`);
  }
  if (constant !== 0) push(constant, formatNumber(constant));
  return parts.length === 0 ? '0' : parts.join('');
}

/** Mean squared error of s ≈ x*t + y (slope x, intercept y) over the points (t_i, s_i). */
function linearRegressionFormula(data: RegressionData): string {
  const terms = data.features.map(
    ([t], i) =>
      `(${affineText(
        [
          [t, 'x'],
          [1, 'y'],
        ],
        -data.targets[i],
      )})^2`,
  );
  return `(${terms.join(' + ')})/${data.targets.length}`;
}

/** Mean logistic loss log(1 + exp(-label*(x*a + y*b))) over the points (a_i, b_i, label_i). */
function logisticRegressionFormula(data: RegressionData): string {
  const terms = data.features.map(([a, b], i) => {
    const l = data.targets[i];
    return `log(1 + exp(${affineText(
      [
        [-l * a, 'x'],
        [-l * b, 'y'],
      ],
      0,
    )}))`;
  });
  return `(${terms.join(' + ')})/${data.targets.length}`;
}

// ---------------------------------------------------------------------------------------------
// The regression data sets, and their minimizers computed from the data (again: no drift).

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

function mse(data: RegressionData, x: number, y: number): number {
  let s = 0;
  data.features.forEach(([t], i) => (s += (x * t + y - data.targets[i]) ** 2));
  return s / data.targets.length;
}

/** Least squares in closed form (the normal equations). */
function linearMinimum(data: RegressionData): CriticalPoint {
  const n = data.targets.length;
  const tm = data.features.reduce((s, [t]) => s + t, 0) / n;
  const sm = data.targets.reduce((s, v) => s + v, 0) / n;
  let sts = 0;
  let stt = 0;
  data.features.forEach(([t], i) => {
    sts += (t - tm) * (data.targets[i] - sm);
    stt += (t - tm) ** 2;
  });
  const x = sts / stt;
  const y = sm - x * tm;
  return { x, y, value: mse(data, x, y), kind: 'minimum', global: true };
}

/** log(1 + e^z) without overflow for large z. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function logisticLoss(data: RegressionData, x: number, y: number): number {
  let s = 0;
  data.features.forEach(([a, b], i) => (s += softplus(-data.targets[i] * (x * a + y * b))));
  return s / data.targets.length;
}

/** The loss is strictly convex (non-separable data), so Newton's method with step halving
 *  from the origin converges to the unique minimizer in a handful of iterations. */
function logisticMinimum(data: RegressionData): CriticalPoint {
  const n = data.targets.length;
  let x = 0;
  let y = 0;
  for (let it = 0; it < 100; it++) {
    let gx = 0;
    let gy = 0;
    let hxx = 0;
    let hxy = 0;
    let hyy = 0;
    data.features.forEach(([a, b], i) => {
      const l = data.targets[i];
      const p = 1 / (1 + Math.exp(l * (x * a + y * b))); // sigmoid(-margin)
      gx -= (l * a * p) / n;
      gy -= (l * b * p) / n;
      const w = (p * (1 - p)) / n;
      hxx += w * a * a;
      hxy += w * a * b;
      hyy += w * b * b;
    });
    const det = hxx * hyy - hxy * hxy;
    const dx = (hyy * gx - hxy * gy) / det;
    const dy = (hxx * gy - hxy * gx) / det;
    const f0 = logisticLoss(data, x, y);
    let t = 1;
    while (t > 1e-8 && logisticLoss(data, x - t * dx, y - t * dy) > f0) t /= 2;
    x -= t * dx;
    y -= t * dy;
    if (Math.hypot(t * dx, t * dy) < 1e-15 * (1 + Math.hypot(x, y))) break;
  }
  return { x, y, value: logisticLoss(data, x, y), kind: 'minimum', global: true };
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
    formula: linearRegressionFormula(LINEAR_DATA),
    domain: [-1, 4, -2, 3],
    point: [3, 2],
    start: [-0.5, 2.5],
    // Hessian eigenvalues about 10.2 and 0.51: lr = 0.15 zig-zags in slope yet converges.
    lr: 0.15,
    critical: [linearMinimum(LINEAR_DATA)],
    lesson:
      'The squared-error loss of a line is exactly quadratic in (slope, intercept), so the second-order Taylor model is the loss itself and one Newton step solves the normal equations, while gradient descent zig-zags down the long valley.',
    data: LINEAR_DATA,
  },
  {
    id: 'logistic-regression',
    name: 'Logistic regression',
    group: ML,
    formula: logisticRegressionFormula(LOGISTIC_DATA),
    domain: [-3, 4, -3, 4],
    point: [-2, 2],
    start: [-2, -2],
    lr: 1, // the curvature is at most 0.25·λmax(mean of z zᵀ) ≈ 0.36, so gd descends for lr < 5.5
    critical: [logisticMinimum(LOGISTIC_DATA)],
    lesson:
      'A convex loss that turns almost linear far from its minimum: the curvature there is so small that a pure Newton step from (-2, -2) overshoots out of sight, while gradient descent and damped Newton converge.',
    data: LOGISTIC_DATA,
  },
];

const BY_ID = new Map(SURFACES.map((s) => [s.id, s]));

export function getSurface(id: string): Surface | undefined {
  return BY_ID.get(id);
}
