// The regression losses built from data rows (CONTRACT §4, "Data"): the formula text and its syntax
// tree, the per-point losses whose mean it is, and the minimizers in float64 (closed form or Newton).
import type { Node } from './formula/ast';
import { formatNumber } from './formula/print';
import type { CriticalPoint, RegressionData } from './surfaces-types';

export const REGRESSION_IDS = ['linear-regression', 'logistic-regression', 'exp-regression'] as const;
export type RegressionId = (typeof REGRESSION_IDS)[number];

/** One data row: `[t, s]` for linear and exp regression, `[a, b, label]` (label ±1) for logistic. */
export type DataRow = readonly number[];
export type DataRows = readonly DataRow[];

export function isRegressionId(id: unknown): id is RegressionId {
  return typeof id === 'string' && (REGRESSION_IDS as readonly string[]).includes(id);
}

/** Numbers per row: t,s (2) or a,b,label (3). */
export function dataColumns(id: RegressionId): 2 | 3 {
  return id === 'logistic-regression' ? 3 : 2;
}

/** The rows of a data set (features then target), fresh arrays. */
export function rowsOf(data: RegressionData): number[][] {
  return data.features.map((f, i) => [...f, data.targets[i]]);
}

/** A data set from rows (the last number of a row is the target). */
export function dataOf(rows: DataRows, description: string): RegressionData {
  return {
    description,
    features: rows.map((r) => r.slice(0, -1)),
    targets: rows.map((r) => r[r.length - 1]),
  };
}

// ---------------------------------------------------------------------------------------------
// Formula text and syntax tree, built side by side so that parseFormula(text) is the tree (the
// tests check it). The tree is built directly because a large data set's formula is longer and
// deeper than parseFormula accepts from a user (MAX_LENGTH, MAX_NODES, MAX_DEPTH).

const num = (value: number): Node => ({ kind: 'num', value, pos: 0 });
const vr = (name: 'x' | 'y'): Node => ({ kind: 'var', name, pos: 0 });
const neg = (arg: Node): Node => ({ kind: 'neg', arg, pos: 0 });
const bin = (op: '+' | '-' | '*' | '/' | '^', left: Node, right: Node): Node => ({
  kind: 'binary',
  op,
  left,
  right,
  pos: 0,
});
const call = (fn: 'exp' | 'log', arg: Node): Node => ({ kind: 'call', fn, arg, pos: 0 });

/** Text and tree together. */
interface Both {
  text: string;
  ast: Node;
}

/**
 * `c1*v1 + c2*v2 + k` with signs folded into the operators (no `+ -`), coefficient 1 written as
 * the bare variable and zero terms dropped; "0" when nothing is left. A leading minus is unary
 * and binds to its number or variable only (`-0.5*y` reads as `(-0.5)*y`), as the parser does.
 */
function affine(terms: ReadonlyArray<readonly [number, 'x' | 'y']>, constant: number): Both {
  // Each nonzero part: its sign, its text without the sign, and its tree given how to sign it.
  const parts: { negative: boolean; text: string; body: (lead: (n: Node) => Node) => Node }[] = [];
  for (const [c, v] of terms) {
    if (c === 0) continue;
    const a = Math.abs(c);
    if (a === 1) parts.push({ negative: c < 0, text: v, body: (lead) => lead(vr(v)) });
    else
      parts.push({ negative: c < 0, text: `${formatNumber(a)}*${v}`, body: (lead) => bin('*', lead(num(a)), vr(v)) });
  }
  if (constant !== 0) {
    const a = Math.abs(constant);
    parts.push({ negative: constant < 0, text: formatNumber(a), body: (lead) => lead(num(a)) });
  }
  if (parts.length === 0) return { text: '0', ast: num(0) };
  const [first, ...rest] = parts;
  let text = first.negative ? `-${first.text}` : first.text;
  let ast = first.body(first.negative ? neg : (n) => n);
  for (const p of rest) {
    text += p.negative ? ` - ${p.text}` : ` + ${p.text}`;
    ast = bin(
      p.negative ? '-' : '+',
      ast,
      p.body((n) => n),
    );
  }
  return { text, ast };
}

const squared = (r: Both): Both => ({ text: `(${r.text})^2`, ast: bin('^', r.ast, num(2)) });

/** x*exp(-y*t) - s, written `x*exp(-0.5*y) - 1.53` (t = 0: `x - s`; s = 0: no constant). */
function decayResidual(t: number, s: number): Both {
  let amount: Both = { text: 'x', ast: vr('x') };
  if (t !== 0) {
    const rate = affine([[-t, 'y']], 0);
    amount = { text: `x*exp(${rate.text})`, ast: bin('*', vr('x'), call('exp', rate.ast)) };
  }
  if (s === 0) return amount;
  const c = formatNumber(Math.abs(s));
  return {
    text: `${amount.text} ${s > 0 ? '-' : '+'} ${c}`,
    ast: bin(s > 0 ? '-' : '+', amount.ast, num(Math.abs(s))),
  };
}

/** The loss of one data point, whose mean over the rows is the surface (CONTRACT §4, "Data"). */
function pointLoss(id: RegressionId, row: DataRow): Both {
  switch (id) {
    case 'linear-regression': {
      // (x*t + y - s)^2: slope x, intercept y
      const [t, s] = row;
      return squared(
        affine(
          [
            [t, 'x'],
            [1, 'y'],
          ],
          -s,
        ),
      );
    }
    case 'exp-regression': {
      // (x*exp(-y*t) - s)^2: amount x, rate y
      const [t, s] = row;
      return squared(decayResidual(t, s));
    }
    case 'logistic-regression': {
      // log(1 + exp(-label*(x*a + y*b))), the label folded into the coefficients
      const [a, b, l] = row;
      const z = affine(
        [
          [-l * a, 'x'],
          [-l * b, 'y'],
        ],
        0,
      );
      return { text: `log(1 + exp(${z.text}))`, ast: call('log', bin('+', num(1), call('exp', z.ast))) };
    }
  }
}

/** The per-point loss formula of one row, e.g. `(0.5*x + y - 1.2)^2`. */
export function pointLossFormula(id: RegressionId, row: DataRow): string {
  return pointLoss(id, row).text;
}

/** The per-point loss trees of all rows (the surface is their mean). */
export function pointLossAsts(id: RegressionId, rows: DataRows): Node[] {
  return rows.map((r) => pointLoss(id, r).ast);
}

/**
 * The surface's formula for these rows, exactly as for the shipped set: the mean of the per-point
 * losses, `(term1 + term2 + ...)/n`.
 */
export function regressionFormula(id: RegressionId, rows: DataRows): string {
  return `(${rows.map((r) => pointLoss(id, r).text).join(' + ')})/${rows.length}`;
}

const DATA_ASTS = new WeakMap<Node, { id: RegressionId; rows: DataRows }>();

/**
 * The syntax tree of regressionFormula(id, rows), built directly (no parser limits apply). It is
 * remembered as this data's loss: the engine evaluates it from the data as tensors (a fixed
 * handful of operations over all rows, data-loss.ts) instead of term by term (evaluate.ts).
 */
export function regressionAst(id: RegressionId, rows: DataRows): Node {
  const terms = pointLossAsts(id, rows);
  let sum = terms[0] ?? num(0);
  for (let i = 1; i < terms.length; i++) sum = bin('+', sum, terms[i]); // left-associative, as parsed
  const ast = bin('/', sum, num(rows.length));
  DATA_ASTS.set(ast, { id, rows });
  return ast;
}

/** The regression and rows a tree built by regressionAst stands for (else undefined). */
export const dataOfAst = (ast: Node) => DATA_ASTS.get(ast);

// ---------------------------------------------------------------------------------------------
// The losses in float64 and their minimizers.

/** log(1 + e^z) without overflow for large z. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** f, ∇f and H (as [fxx, fxy, fyy]) of the mean loss at (x, y), in float64 from the formulas. */
export function regressionLoss64(
  id: RegressionId,
  rows: DataRows,
  x: number,
  y: number,
): { value: number; g: [number, number]; h: [number, number, number] } {
  let f = 0;
  let gx = 0;
  let gy = 0;
  let hxx = 0;
  let hxy = 0;
  let hyy = 0;
  for (const row of rows) {
    if (id === 'logistic-regression') {
      const [a, b, l] = row;
      const z = -l * (x * a + y * b);
      const p = 1 / (1 + Math.exp(-z)); // d softplus(z)/dz = sigmoid(z)
      const w = p * (1 - p);
      f += softplus(z);
      gx += -l * a * p;
      gy += -l * b * p;
      hxx += w * a * a;
      hxy += w * a * b;
      hyy += w * b * b;
    } else {
      // r = residual, f = r^2: ∇f = 2 r ∇r, H = 2 (∇r ∇rᵀ + r ∇²r)
      const [t, s] = row;
      let r: number;
      let rx: number;
      let ry: number;
      let rxy = 0;
      let ryy = 0;
      if (id === 'linear-regression') {
        r = x * t + y - s;
        rx = t;
        ry = 1;
      } else {
        const e = Math.exp(-y * t);
        r = x * e - s;
        rx = e;
        ry = -x * t * e;
        rxy = -t * e;
        ryy = x * t * t * e;
      }
      f += r * r;
      gx += 2 * r * rx;
      gy += 2 * r * ry;
      hxx += 2 * rx * rx;
      hxy += 2 * (rx * ry + r * rxy);
      hyy += 2 * (ry * ry + r * ryy);
    }
  }
  const n = rows.length;
  return { value: f / n, g: [gx / n, gy / n], h: [hxx / n, hxy / n, hyy / n] };
}

/**
 * Least squares for s ≈ w*t + b from the normal equations, centred for accuracy:
 * w = Σ(t - t̄)(s - s̄) / Σ(t - t̄)², b = s̄ - w t̄. Null where all t are equal (no unique line).
 */
export function leastSquares(rows: DataRows): { w: number; b: number } | null {
  const n = rows.length;
  if (n === 0) return null;
  let tm = 0;
  let sm = 0;
  for (const [t, s] of rows) {
    tm += t / n;
    sm += s / n;
  }
  let sts = 0;
  let stt = 0;
  for (const [t, s] of rows) {
    sts += (t - tm) * (s - sm);
    stt += (t - tm) ** 2;
  }
  if (!(stt > 0) || !Number.isFinite(stt) || !Number.isFinite(sts)) return null;
  const w = sts / stt;
  const b = sm - w * tm;
  return Number.isFinite(w) && Number.isFinite(b) ? { w, b } : null;
}

/** Newton's method with step halving on the float64 loss from (x, y); the end point, or null. */
function newtonFrom(
  id: RegressionId,
  rows: DataRows,
  x0: number,
  y0: number,
  iterations: number,
): [number, number] | null {
  let x = x0;
  let y = y0;
  for (let it = 0; it < iterations; it++) {
    const { value, g, h } = regressionLoss64(id, rows, x, y);
    const b = h[1];
    let a = h[0];
    let c = h[2];
    // Levenberg-style shift where H is not positive definite, so every step descends.
    const lo = (a + c) / 2 - Math.hypot((a - c) / 2, b);
    const scale = Math.max(1e-300, Math.abs(a) + Math.abs(c));
    if (lo <= 1e-12 * scale) {
      const shift = 1e-6 * scale - lo;
      a += shift;
      c += shift;
    }
    const det = a * c - b * b;
    if (!(det > 0)) return null;
    const dx = (c * g[0] - b * g[1]) / det;
    const dy = (a * g[1] - b * g[0]) / det;
    let t = 1;
    while (t > 1e-10 && !(regressionLoss64(id, rows, x - t * dx, y - t * dy).value <= value)) t /= 2;
    if (t <= 1e-10) break;
    x -= t * dx;
    y -= t * dy;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.hypot(x, y) > 1e8) return null;
    if (Math.hypot(t * dx, t * dy) <= 1e-15 * (1 + Math.hypot(x, y))) break;
  }
  // Near the minimum f is flat to rounding and the descent test stalls: finish with plain Newton
  // steps while they shrink the gradient.
  for (let it = 0; it < 8; it++) {
    const { g, h } = regressionLoss64(id, rows, x, y);
    const [a, b, c] = h;
    const det = a * c - b * b;
    if (!(det > 0 && a > 0)) break;
    const nx = x - (c * g[0] - b * g[1]) / det;
    const ny = y - (a * g[1] - b * g[0]) / det;
    if (!(Math.hypot(...regressionLoss64(id, rows, nx, ny).g) < Math.hypot(...g))) break;
    x = nx;
    y = ny;
  }
  return [x, y];
}

/** A true minimum there: gradient at rounding level, Hessian positive definite. */
function asMinimum(id: RegressionId, rows: DataRows, p: [number, number] | null): CriticalPoint | null {
  if (!p) return null;
  const [x, y] = p;
  const { value, g, h } = regressionLoss64(id, rows, x, y);
  const [a, b, c] = h;
  const lo = (a + c) / 2 - Math.hypot((a - c) / 2, b);
  // rounding of the gradient: each row's terms are about |f_i| times its scale
  const scale = Math.max(1e-300, Math.abs(a) + Math.abs(c)) * (1 + Math.hypot(x, y)) + Math.sqrt(value);
  if (!(Math.hypot(...g) <= 1e-10 * scale) || !(lo > 0)) return null;
  // Logistic: at a minimizer w ≠ 0, w·∇f = -mean(p_i m_i) = 0 with p_i > 0, so some margin
  // m_i = label (x a + y b) is ≤ 0. All positive: separable classes, and Newton has only gone
  // far along a direction in which the loss keeps falling toward 0.
  if (id === 'logistic-regression' && (x !== 0 || y !== 0) && rows.every(([a, b, l]) => l * (x * a + y * b) > 0))
    return null;
  return { x, y, value, kind: 'minimum', global: true };
}

const minima = new WeakMap<DataRows, Map<RegressionId, CriticalPoint | null>>();

/**
 * The minimizer of the mean loss, where it is found: closed form for linear regression, Newton
 * from the origin for logistic regression (convex; none where the classes are separable), and for
 * the decay curve Newton from the log-linear fit and a few other starts (not convex: the lowest
 * minimum found). Null where there is none (or none was found).
 */
function findMinimum(id: RegressionId, rows: DataRows): CriticalPoint | null {
  if (id === 'linear-regression') {
    const ls = leastSquares(rows);
    if (!ls) return null;
    return { x: ls.w, y: ls.b, value: regressionLoss64(id, rows, ls.w, ls.b).value, kind: 'minimum', global: true };
  }
  if (id === 'logistic-regression') return asMinimum(id, rows, newtonFrom(id, rows, 0, 0, 200));
  // Decay: log s = log x - y t for the positive s is a linear fit, a start near the minimum.
  const starts: [number, number][] = [];
  const logFit = leastSquares(rows.filter(([, s]) => s > 0).map(([t, s]) => [t, Math.log(s)]));
  if (logFit) starts.push([Math.exp(logFit.b), -logFit.w]);
  const smax = Math.max(...rows.map(([, s]) => Math.abs(s)), 1e-3);
  for (const x0 of [smax, -smax]) for (const y0 of [0, 0.1, 1]) starts.push([x0, y0]);
  let best: CriticalPoint | null = null;
  for (const [x0, y0] of starts) {
    const c = asMinimum(id, rows, newtonFrom(id, rows, x0, y0, 300));
    if (c && (!best || c.value < best.value)) best = c;
  }
  return best;
}

/** regressionMinimum, found once per rows array: the map's target and the convergence plot's
 *  f* ask for the same data set on every drawing. */
export function regressionMinimum(id: RegressionId, rows: DataRows): CriticalPoint | null {
  let byId = minima.get(rows);
  if (!byId) minima.set(rows, (byId = new Map()));
  if (!byId.has(id)) byId.set(id, findMinimum(id, rows));
  return byId.get(id)!;
}
