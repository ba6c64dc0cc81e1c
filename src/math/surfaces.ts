// The built-in surface catalog (CONTRACT §4): each surface's formula, plotting domain, suggested
// expansion point, optimizer start and step size, known critical points, and a one-line lesson.
// Names, groups, lessons and the data sets' descriptions are in English here; surfaceName,
// surfaceGroupName, surfaceLesson and surfaceDataDescription say them in the language in use
// (i18n/methods.ts holds both).
import { currentLang, type Lang } from '../i18n/i18n';
import { surfaceDataMsg, surfaceGroupMsg, surfaceLessonMsg, surfaceNameMsg } from '../i18n/methods';
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
  description: surfaceDataMsg.en['linear-regression'],
  features: [[0], [0.5], [1], [1.5], [2], [2.5], [3], [3.5]],
  targets: [0.6, 1.05, 2.15, 2.65, 3.7, 4.1, 5.05, 5.65],
};

// Two overlapping classes: (-0.6, -0.4) labelled +1 and (0.8, 0.6) labelled -1 sit among the
// other class, so no line through the origin separates them and the loss has a finite
// minimizer, near (1.02, 0.70).
const LOGISTIC_DATA: RegressionData = {
  description: surfaceDataMsg.en['logistic-regression'],
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
  description: surfaceDataMsg.en['exp-regression'],
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

const BOWLS = surfaceGroupMsg.en.bowls;
const MINIMA = surfaceGroupMsg.en.minima;
const SADDLES = surfaceGroupMsg.en.saddles;
const RUGGED = surfaceGroupMsg.en.rugged;
const ML = surfaceGroupMsg.en.ml;

export const SURFACES: Surface[] = [
  // ---- Bowls and valleys
  {
    id: 'quadratic',
    name: surfaceNameMsg.en.quadratic,
    group: BOWLS,
    formula: 'x^2 + 10*y^2',
    domain: [-3, 3, -2, 2],
    point: [2, 1],
    start: [-2.5, 1.2],
    // Curvatures 2 and 20: gd is stable for lr < 0.1; 0.08 overshoots in y (factor -0.6), a zig-zag.
    lr: 0.08,
    critical: [{ x: 0, y: 0, value: 0, kind: 'minimum', global: true }],
    lesson: surfaceLessonMsg.en.quadratic,
  },
  {
    id: 'booth',
    name: surfaceNameMsg.en.booth,
    group: BOWLS,
    formula: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    domain: [-10, 10, -10, 10],
    point: [-5, 5],
    start: [-7, -8],
    lr: 0.05, // Hessian eigenvalues 2 and 18: stable for lr < 1/9
    critical: [{ x: 1, y: 3, value: 0, kind: 'minimum', global: true }],
    lesson: surfaceLessonMsg.en.booth,
  },
  {
    id: 'matyas',
    name: surfaceNameMsg.en.matyas,
    group: BOWLS,
    formula: '0.26*(x^2 + y^2) - 0.48*x*y',
    domain: [-10, 10, -10, 10],
    point: [-5, 3],
    start: [8, 5],
    // Hessian eigenvalues 1 (across x = y) and 0.04 (along it): lr = 1 removes the steep part in
    // one step and then crawls by a factor 0.96 per step along the flat valley.
    lr: 1,
    critical: [{ x: 0, y: 0, value: 0, kind: 'minimum', global: true }],
    lesson: surfaceLessonMsg.en.matyas,
  },
  {
    id: 'rosenbrock',
    name: surfaceNameMsg.en.rosenbrock,
    group: BOWLS,
    formula: '(1 - x)^2 + 100*(y - x^2)^2',
    domain: [-2, 2, -1, 3],
    // Above the valley floor the Hessian is indefinite: the quadratic model at (0.5, 0.5) is a
    // saddle although f has a single minimum, a good prompt for "models are local".
    point: [0.5, 0.5],
    start: [-1.2, 1],
    lr: 0.001, // largest Hessian eigenvalue at the start is about 1500, so 2/1500 is the limit
    critical: [{ x: 1, y: 1, value: 0, kind: 'minimum', global: true }],
    lesson: surfaceLessonMsg.en.rosenbrock,
  },
  {
    id: 'beale',
    name: surfaceNameMsg.en.beale,
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
    lesson: surfaceLessonMsg.en.beale,
  },

  // ---- Several minima
  {
    id: 'himmelblau',
    name: surfaceNameMsg.en.himmelblau,
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
    lesson: surfaceLessonMsg.en.himmelblau,
  },
  {
    id: 'three-hump-camel',
    name: surfaceNameMsg.en['three-hump-camel'],
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
    lesson: surfaceLessonMsg.en['three-hump-camel'],
  },
  {
    id: 'six-hump-camel',
    name: surfaceNameMsg.en['six-hump-camel'],
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
    lesson: surfaceLessonMsg.en['six-hump-camel'],
  },
  {
    id: 'styblinski-tang',
    name: surfaceNameMsg.en['styblinski-tang'],
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
    lesson: surfaceLessonMsg.en['styblinski-tang'],
  },
  {
    id: 'mccormick',
    name: surfaceNameMsg.en.mccormick,
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
    lesson: surfaceLessonMsg.en.mccormick,
  },

  // ---- Saddles
  {
    id: 'saddle',
    name: surfaceNameMsg.en.saddle,
    group: SADDLES,
    formula: 'x^2 - y^2',
    domain: [-2, 2, -2, 2],
    point: [1, 0.5],
    start: [1.8, 0.1],
    // Unbounded below: with lr = 0.02, y grows by 4% a step and leaves the domain near step 75.
    lr: 0.02,
    critical: [{ x: 0, y: 0, value: 0, kind: 'saddle' }],
    lesson: surfaceLessonMsg.en.saddle,
  },
  {
    id: 'monkey-saddle',
    name: surfaceNameMsg.en['monkey-saddle'],
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
    lesson: surfaceLessonMsg.en['monkey-saddle'],
  },

  // ---- Rugged
  {
    id: 'rastrigin',
    name: surfaceNameMsg.en.rastrigin,
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
    lesson: surfaceLessonMsg.en.rastrigin,
  },

  // ---- Machine learning
  {
    id: 'linear-regression',
    name: surfaceNameMsg.en['linear-regression'],
    group: ML,
    formula: regressionFormula('linear-regression', rowsOf(LINEAR_DATA)),
    domain: [-1, 4, -2, 3],
    point: [3, 2],
    start: [-0.5, 2.5],
    // Hessian eigenvalues about 10.2 and 0.51: lr = 0.15 zig-zags in slope yet converges.
    lr: 0.15,
    critical: [shippedMinimum('linear-regression', LINEAR_DATA)],
    lesson: surfaceLessonMsg.en['linear-regression'],
    data: LINEAR_DATA,
  },
  {
    id: 'logistic-regression',
    name: surfaceNameMsg.en['logistic-regression'],
    group: ML,
    formula: regressionFormula('logistic-regression', rowsOf(LOGISTIC_DATA)),
    domain: [-3, 4, -3, 4],
    point: [-2, 2],
    start: [-2, -2],
    lr: 1, // the curvature is at most 0.25·λmax(mean of z zᵀ) ≈ 0.36, so gd descends for lr < 5.5
    critical: [shippedMinimum('logistic-regression', LOGISTIC_DATA)],
    lesson: surfaceLessonMsg.en['logistic-regression'],
    data: LOGISTIC_DATA,
  },
  {
    id: 'exp-regression',
    name: surfaceNameMsg.en['exp-regression'],
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
    lesson: surfaceLessonMsg.en['exp-regression'],
    data: DECAY_DATA,
  },
];

const BY_ID = new Map(SURFACES.map((s) => [s.id, s]));

export function getSurface(id: string): Surface | undefined {
  return BY_ID.get(id);
}

const isCatalogId = (id: string): id is keyof typeof surfaceNameMsg.en => Object.hasOwn(surfaceNameMsg.en, id);

/** A catalog surface's name in `lang` (by default the language in use); an unknown id is its own name. */
export function surfaceName(id: string, lang: Lang = currentLang()): string {
  return isCatalogId(id) ? surfaceNameMsg.in(lang)[id] : id;
}

/** A catalog surface's lesson in `lang`; undefined for an unknown id. */
export function surfaceLesson(id: string, lang: Lang = currentLang()): string | undefined {
  return isCatalogId(id) ? surfaceLessonMsg.in(lang)[id] : undefined;
}

const GROUP_KEY = new Map(
  Object.entries(surfaceGroupMsg.en).map(([k, v]) => [v, k as keyof typeof surfaceGroupMsg.en]),
);

/** A picker group (a surface's `group`, in English) in `lang`; an unknown group is itself. */
export function surfaceGroupName(group: string, lang: Lang = currentLang()): string {
  const k = GROUP_KEY.get(group);
  return k ? surfaceGroupMsg.in(lang)[k] : group;
}

/**
 * What a regression surface's data are, in `lang`: the shipped set's description, or "Your data:
 * n points" for a surface from withData; undefined where the surface has no data.
 */
export function surfaceDataDescription(
  s: Pick<Surface, 'id' | 'data'>,
  lang: Lang = currentLang(),
): string | undefined {
  if (!s.data) return undefined;
  const say = surfaceDataMsg.in(lang);
  const shipped = BY_ID.get(s.id)?.data;
  // the shipped set (or a copy of it): its own description
  if (isRegressionId(s.id) && shipped && (s.data === shipped || s.data.description === shipped.description))
    return say[s.id];
  return say.yourData(s.data.targets.length, s.id === 'logistic-regression');
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
  return {
    ...s,
    formula: regressionFormula(id, rows),
    critical: min ? [min] : [],
    // in the language in use when made (surfaceDataDescription follows a switch)
    data: dataOf(rows, surfaceDataMsg().yourData(rows.length, id === 'logistic-regression')),
  };
}
