// Taylor-mode derivatives of any order K of a formula (as JAX's `jet`): one table of
// elementary-function rules, generic in K and in the scalar type, so the same rules run on
// float64 numbers (references, tests) and on tfjs tensors (the app; one tensor per coefficient).
import * as tf from '@tensorflow/tfjs-core';
import type { FnName, Node } from './formula/ast';
import { SCALAR_FUNCTIONS } from './formula/evalScalar';

/*
 * A jet of order K is the truncated bivariate Taylor polynomial of a subexpression around p:
 *   g(p + (u, v)) = sum_{n <= K} sum_{j <= n} c[n][j] u^(n-j) v^j + O(|(u, v)|^(K+1)),
 * stored flat (index n(n+1)/2 + j, length (K+1)(K+2)/2). The normalised coefficients are
 * c[n][j] = d^n g / (dx^(n-j) dy^j) / ((n-j)! j!), so + − are coefficient-wise, × is the
 * truncated Cauchy product, and a function φ of a jet u is the composition
 *   φ(u) = sum_{n <= K} φ_n (u − u0)^n,  φ_n = φ^(n)(u0) / n!,
 * where the univariate coefficients φ_n come from one rule per function (RULES below).
 */

/** The scalar operations the rules need, on one representation T (a tensor, a GLSL expression…). */
export interface Field<T> {
  add(a: T | number, b: T | number): T;
  sub(a: T | number, b: T | number): T;
  mul(a: T | number, b: T | number): T;
  div(a: T | number, b: T | number): T;
  neg(a: T): T;
  /** the sum of several values of the same shape (one op where the field has one) */
  addN(terms: T[]): T;
  /** the elementary functions on T; log and sqrt are NaN below 0 */
  fn(name: ElementaryName, a: T): T;
  /** a^c for a non-integer constant c: NaN for a negative base */
  pow(a: T, c: number): T;
}

export type ElementaryName = FnName | 'sign';

/** A coefficient: a T, or a plain number where it is constant (structural zeros stay 0). */
export type Coef<T> = T | number;
/** A jet: the flat list of normalised coefficients c[n][j] (see above). */
export type JetK<T> = Coef<T>[];

const isNum = (a: unknown): a is number => typeof a === 'number';

/** Number of coefficients of a jet of order K: (K+1)(K+2)/2. */
export const jetSize = (K: number): number => ((K + 1) * (K + 2)) / 2;
/** Flat index of c[n][j] (the coefficient of u^(n-j) v^j). */
export const jetIndex = (n: number, j: number): number => (n * (n + 1)) / 2 + j;

export const factorial = (n: number): number => {
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
};

/** Generalised binomial coefficient C(c, n) = c (c−1) … (c−n+1) / n!, for any real c. */
export function binomial(c: number, n: number): number {
  let r = 1;
  for (let i = 0; i < n; i++) r = (r * (c - i)) / (i + 1);
  return r;
}

// The grammar's functions in float64 (as the plain evaluator), and sign for |u|'s derivative.
const MATH: Readonly<Record<ElementaryName, (v: number) => number>> = { ...SCALAR_FUNCTIONS, sign: Math.sign };

/**
 * Arithmetic on coefficients that folds constants in float64 and skips structural zeros and
 * ones, so a linear argument (all of whose higher coefficients are numbers) costs no ops.
 */
export class Arith<T> {
  constructor(readonly field: Field<T>) {}
  add(a: Coef<T>, b: Coef<T>): Coef<T> {
    if (isNum(a) && isNum(b)) return a + b;
    if (a === 0) return b;
    if (b === 0) return a;
    return this.field.add(a, b);
  }
  sub(a: Coef<T>, b: Coef<T>): Coef<T> {
    if (isNum(a) && isNum(b)) return a - b;
    if (b === 0) return a;
    if (a === 0) return this.neg(b);
    return this.field.sub(a, b);
  }
  neg(a: Coef<T>): Coef<T> {
    return isNum(a) ? -a : this.field.neg(a);
  }
  mul(a: Coef<T>, b: Coef<T>): Coef<T> {
    if (isNum(a) && isNum(b)) return a * b;
    if (a === 0 || b === 0) return 0;
    if (a === 1) return b;
    if (b === 1) return a;
    if (a === -1) return this.neg(b);
    if (b === -1) return this.neg(a);
    return this.field.mul(a, b);
  }
  div(a: Coef<T>, b: Coef<T>): Coef<T> {
    if (isNum(a) && isNum(b)) return a / b;
    if (a === 0) return 0;
    if (b === 1) return a;
    return this.field.div(a, b);
  }
  /** Σ terms: numbers summed in float64, the rest in one addN. */
  sum(terms: Coef<T>[]): Coef<T> {
    let c = 0;
    const ts: T[] = [];
    for (const t of terms) {
      if (isNum(t)) c += t;
      else ts.push(t);
    }
    if (ts.length === 0) return c;
    const s = ts.length === 1 ? ts[0] : this.field.addN(ts);
    return c === 0 ? s : this.field.add(s, c);
  }
  fn(name: ElementaryName, a: Coef<T>): Coef<T> {
    return isNum(a) ? MATH[name](a) : this.field.fn(name, a);
  }
  /** a^n for an integer n ≥ 0 by repeated squaring (exact signs for a negative base). */
  intPow(a: Coef<T>, n: number): Coef<T> {
    if (isNum(a)) return a ** n;
    let result: Coef<T> = 1;
    let base: Coef<T> = a;
    for (let k = n; k > 0; k >>= 1) {
      if (k & 1) result = this.mul(result, base);
      if (k > 1) base = this.mul(base, base);
    }
    return result;
  }
  realPow(a: Coef<T>, c: number): Coef<T> {
    return isNum(a) ? a ** c : this.field.pow(a, c);
  }
}

/**
 * One rule per function: the univariate Taylor coefficients φ_n = φ^(n)(u0)/n!, n = 0..K, of
 * φ at the value u0 of its argument. Generic in the scalar type and the order.
 */
export type Rule = <T>(A: Arith<T>, u0: Coef<T>, K: number) => Coef<T>[];

/** φ_n = c_{n mod 4} / n! for the cyclic derivatives of sin, cos (period 4) and sinh, cosh (period 2). */
function cyclic<T>(cycle: Coef<T>[], K: number): Coef<T>[] {
  const out: Coef<T>[] = [];
  for (let n = 0; n <= K; n++) out.push(cycle[n % cycle.length]);
  return out;
}

function scaleByFactorials<T>(A: Arith<T>, phi: Coef<T>[]): Coef<T>[] {
  return phi.map((p, n) => A.mul(p, 1 / factorial(n)));
}

/**
 * Coefficients of φ with φ' = 1 ± φ² (tan: +, tanh: −) from φ_0 and φ_1 = 1 ± φ_0²:
 * (n+1) φ_{n+1} = ± Σ_{i=0..n} φ_i φ_{n−i} for n ≥ 1 (the series of φ' equals that of 1 ± φ²).
 * tanh passes φ_1 = 1/cosh²(u0): 1 − tanh² cancels in float32 where tanh is near ±1.
 */
function riccati<T>(A: Arith<T>, phi0: Coef<T>, phi1: Coef<T>, K: number, sign: 1 | -1): Coef<T>[] {
  const phi: Coef<T>[] = [phi0, phi1].slice(0, K + 1);
  for (let n = 1; n < K; n++) {
    const terms: Coef<T>[] = [];
    // Σ φ_i φ_{n−i}, pairing i with n−i once (factor 2) to halve the products.
    for (let i = 0; 2 * i <= n; i++) {
      const p = A.mul(phi[i], phi[n - i]);
      terms.push(2 * i === n ? p : A.mul(p, 2));
    }
    phi.push(A.mul(A.sum(terms), sign / (n + 1)));
  }
  return phi;
}

/** φ_n = C(c, n) u0^(c−n): the power u^c for a constant c (also 1/u with c = −1, sqrt with c = ½). */
function powerRule<T>(A: Arith<T>, u0: Coef<T>, K: number, c: number): Coef<T>[] {
  const out: Coef<T>[] = [];
  if (Number.isInteger(c) && c >= 0) {
    // A polynomial: exact, with exact zeros beyond degree c and exact signs for u0 < 0.
    for (let n = 0; n <= K; n++) out.push(n > c ? 0 : A.mul(A.intPow(u0, c - n), binomial(c, n)));
    return out;
  }
  const r = A.div(1, u0);
  if (Number.isInteger(c)) {
    // u0^(c−n) = r^(n−c) with n − c > 0.
    for (let n = 0; n <= K; n++) out.push(A.mul(A.intPow(r, n - c), binomial(c, n)));
    return out;
  }
  // u0^c (NaN for u0 < 0) times r^n; at u0 = 0 the derivatives do not exist (0·∞ = NaN).
  let term = c === 0.5 ? A.fn('sqrt', u0) : A.realPow(u0, c);
  for (let n = 0; n <= K; n++) {
    out.push(A.mul(term, binomial(c, n)));
    if (n < K) term = A.mul(term, r);
  }
  return out;
}

export const RULES: Readonly<Record<FnName, Rule>> = {
  exp: (A, u0, K) => {
    const e = A.fn('exp', u0);
    return scaleByFactorials(A, cyclic([e], K));
  },
  // log(u0 + h) = log u0 + Σ_{n≥1} (−1)^(n+1) (h/u0)^n / n
  log: <T>(A: Arith<T>, u0: Coef<T>, K: number) => {
    const r = A.div(1, u0);
    const out: Coef<T>[] = [A.fn('log', u0)];
    for (let n = 1; n <= K; n++) out.push(A.mul(A.intPow(r, n), (n % 2 === 1 ? 1 : -1) / n));
    return out;
  },
  sin: (A, u0, K) => {
    const s = A.fn('sin', u0);
    const c = A.fn('cos', u0);
    return scaleByFactorials(A, cyclic([s, c, A.neg(s), A.neg(c)], K));
  },
  cos: (A, u0, K) => {
    const s = A.fn('sin', u0);
    const c = A.fn('cos', u0);
    return scaleByFactorials(A, cyclic([c, A.neg(s), A.neg(c), s], K));
  },
  sinh: (A, u0, K) => scaleByFactorials(A, cyclic([A.fn('sinh', u0), A.fn('cosh', u0)], K)),
  cosh: (A, u0, K) => scaleByFactorials(A, cyclic([A.fn('cosh', u0), A.fn('sinh', u0)], K)),
  tan: (A, u0, K) => {
    const t = A.fn('tan', u0);
    return riccati(A, t, A.add(1, A.mul(t, t)), K, 1);
  },
  tanh: (A, u0, K) => {
    const c = A.fn('cosh', u0);
    return riccati(A, A.fn('tanh', u0), A.div(1, A.mul(c, c)), K, -1);
  },
  // atan' = 1/q with q(h) = (1 + u0²) + 2 u0 h + h²; the reciprocal series g = 1/q satisfies
  // q0 g_n = −(q1 g_{n−1} + g_{n−2}), and atan_n = g_{n−1} / n.
  atan: <T>(A: Arith<T>, u0: Coef<T>, K: number) => {
    const out: Coef<T>[] = [A.fn('atan', u0)];
    if (K === 0) return out;
    const g0 = A.div(1, A.add(1, A.mul(u0, u0)));
    const q1 = A.mul(u0, 2);
    const g: Coef<T>[] = [g0];
    for (let n = 1; n < K; n++) {
      const t = A.add(A.mul(q1, g[n - 1]), n >= 2 ? g[n - 2] : 0);
      g.push(A.neg(A.mul(t, g0)));
    }
    for (let n = 1; n <= K; n++) out.push(A.mul(g[n - 1], 1 / n));
    return out;
  },
  sqrt: (A, u0, K) => powerRule(A, u0, K, 0.5),
  // |u| = sign(u0)·u near u0 ≠ 0 (no derivatives at 0; the first is taken as sign(0) = 0, as jet.ts).
  abs: <T>(A: Arith<T>, u0: Coef<T>, K: number) => {
    const out: Coef<T>[] = [A.fn('abs', u0)];
    if (K >= 1) out.push(A.fn('sign', u0));
    for (let n = 2; n <= K; n++) out.push(0);
    return out;
  },
};

// ---------------------------------------------------------------------------------------
// Jet arithmetic (generic in T)

interface Tables {
  K: number;
  size: number;
  /** for each output index, the pairs (index in a, index in b) of the truncated product */
  pairs: [number, number][][];
}
const tablesCache = new Map<number, Tables>();

function tables(K: number): Tables {
  let t = tablesCache.get(K);
  if (t) return t;
  const size = jetSize(K);
  const pairs: [number, number][][] = [];
  for (let n = 0; n <= K; n++)
    for (let j = 0; j <= n; j++) {
      // c[n][j] of a·b = Σ over splits (m, i) + (n−m, j−i) of the exponents (u^(n−j) v^j).
      const list: [number, number][] = [];
      for (let m = 0; m <= n; m++)
        for (let i = Math.max(0, j - (n - m)); i <= Math.min(j, m); i++)
          list.push([jetIndex(m, i), jetIndex(n - m, j - i)]);
      pairs.push(list);
    }
  t = { K, size, pairs };
  tablesCache.set(K, t);
  return t;
}

export const isConstJet = <T>(a: JetK<T>): boolean => isNum(a[0]) && a.every((c, i) => i === 0 || c === 0);

export function constJet<T>(c: number, K: number): JetK<T> {
  const out: JetK<T> = new Array(jetSize(K)).fill(0);
  out[0] = c;
  return out;
}

export function jetAdd<T>(A: Arith<T>, a: JetK<T>, b: JetK<T>): JetK<T> {
  return a.map((c, i) => A.add(c, b[i]));
}
export function jetSub<T>(A: Arith<T>, a: JetK<T>, b: JetK<T>): JetK<T> {
  return a.map((c, i) => A.sub(c, b[i]));
}
export function jetScale<T>(A: Arith<T>, a: JetK<T>, s: Coef<T>): JetK<T> {
  return a.map((c) => A.mul(c, s));
}

/** The truncated product: c[α] of a·b = Σ_{β ≤ α} a[β] b[α − β] (structural zeros skipped). */
export function jetMul<T>(A: Arith<T>, a: JetK<T>, b: JetK<T>, K: number): JetK<T> {
  const { pairs } = tables(K);
  return pairs.map((list) => {
    const terms: Coef<T>[] = [];
    for (const [ia, ib] of list) if (a[ia] !== 0 && b[ib] !== 0) terms.push(A.mul(a[ia], b[ib]));
    return A.sum(terms);
  });
}

/** φ(u) = Σ φ_n (u − u0)^n with the rule's coefficients φ_n (the chain rule to order K). */
export function compose<T>(A: Arith<T>, phi: Coef<T>[], u: JetK<T>, K: number): JetK<T> {
  const size = jetSize(K);
  const out: JetK<T> = new Array(size).fill(0);
  out[0] = phi[0];
  if (isConstJet(u) || K === 0) return out;
  const w = u.slice();
  w[0] = 0;
  const terms: Coef<T>[][] = Array.from({ length: size }, () => []);
  let pw = w;
  for (let n = 1; n <= K; n++) {
    if (phi[n] !== 0) for (let i = 1; i < size; i++) if (pw[i] !== 0) terms[i].push(A.mul(phi[n], pw[i]));
    if (n < K) pw = jetMul(A, pw, w, K); // w^n has no terms below degree n: its zeros stay structural
  }
  for (let i = 1; i < size; i++) out[i] = A.sum(terms[i]);
  return out;
}

/** u^c for a constant exponent c. */
function jetPowConst<T>(A: Arith<T>, u: JetK<T>, c: number, K: number): JetK<T> {
  if (c === 0) return constJet(1, K);
  if (c === 1) return u;
  // Small positive integers by products (fewer ops than composing, and exact).
  if (c === 2) return jetMul(A, u, u, K);
  if (c === 3) return jetMul(A, jetMul(A, u, u, K), u, K);
  if (c === 4) {
    const u2 = jetMul(A, u, u, K);
    return jetMul(A, u2, u2, K);
  }
  return compose(A, powerRule(A, u[0], K, c), u, K);
}

function applyRule<T>(A: Arith<T>, fn: FnName, u: JetK<T>, K: number): JetK<T> {
  return compose(A, (RULES[fn] as Rule)(A, u[0], K), u, K);
}

/** Push the jets of x and y (seeds) through the tree: the order-K jet of the formula. */
export function evalJetK<T>(ast: Node, A: Arith<T>, x: Coef<T>, y: Coef<T>, K: number): JetK<T> {
  const X = constJet<T>(0, K);
  const Y = constJet<T>(0, K);
  X[0] = x;
  Y[0] = y;
  if (K >= 1) {
    X[jetIndex(1, 0)] = 1; // ∂x/∂x
    Y[jetIndex(1, 1)] = 1; // ∂y/∂y
  }
  const go = (n: Node): JetK<T> => {
    switch (n.kind) {
      case 'num':
        return constJet(n.value, K);
      case 'const':
        return constJet(n.name === 'pi' ? Math.PI : Math.E, K);
      case 'var':
        return n.name === 'x' ? X : Y;
      case 'neg':
        return go(n.arg).map((c) => A.neg(c));
      case 'call':
        return applyRule(A, n.fn, go(n.arg), K);
      case 'binary': {
        const a = go(n.left);
        const b = go(n.right);
        switch (n.op) {
          case '+':
            return jetAdd(A, a, b);
          case '-':
            return jetSub(A, a, b);
          case '*':
            if (isConstJet(a)) return jetScale(A, b, a[0]);
            if (isConstJet(b)) return jetScale(A, a, b[0]);
            return jetMul(A, a, b, K);
          case '/':
            if (isConstJet(b)) return jetScale(A, a, 1 / (b[0] as number));
            return jetMul(A, a, jetPowConst(A, b, -1, K), K);
          case '^':
            if (isConstJet(b)) return jetPowConst(A, a, b[0] as number, K);
            // u^w = exp(w log u): defined for u > 0 (a non-constant exponent of a negative base is a gap).
            return applyRule(A, 'exp', jetMul(A, b, applyRule(A, 'log', a, K), K), K);
        }
      }
    }
  };
  return go(ast);
}

// ---------------------------------------------------------------------------------------
// The two interpreters: float64 numbers and tfjs tensors

/** Plain numbers: every coefficient folds, so this field is never called. */
const NUMBER_FIELD: Field<number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  addN: (ts) => ts.reduce((s, t) => s + t, 0),
  fn: (name, a) => MATH[name](a),
  pow: (a, c) => a ** c,
};
export const A64 = new Arith(NUMBER_FIELD);

const nanBelowZero = (u: tf.Tensor, t: tf.Tensor): tf.Tensor =>
  // A negative argument is a gap on every backend (GLSL's sqrt/log of one is undefined).
  tf.where(tf.less(u, 0), tf.fill(u.shape, NaN), t);

const TF_FNS: Readonly<Record<ElementaryName, (t: tf.Tensor) => tf.Tensor>> = {
  sin: tf.sin,
  cos: tf.cos,
  tan: tf.tan,
  atan: tf.atan,
  sinh: tf.sinh,
  cosh: tf.cosh,
  tanh: tf.tanh,
  exp: tf.exp,
  log: (t) => nanBelowZero(t, tf.log(t)),
  sqrt: (t) => nanBelowZero(t, tf.sqrt(t)),
  abs: tf.abs,
  sign: tf.sign,
};

/** tfjs tensors (all of one shape): the app's numerics, in float32 on the current backend. */
export const TENSOR_FIELD: Field<tf.Tensor> = {
  add: (a, b) => tf.add(a, b),
  sub: (a, b) => tf.sub(a, b),
  mul: (a, b) => tf.mul(a, b),
  div: (a, b) => tf.div(a, b),
  neg: (a) => tf.neg(a),
  addN: (ts) => tf.addN(ts),
  fn: (name, a) => TF_FNS[name](a),
  pow: (a, c) => tf.pow(a, c),
};
export const ATensor = new Arith(TENSOR_FIELD);

/** (n−j)! j! for each flat index: derivatives[n][j] = c[n][j] · (n−j)! j!. */
export function derivativeScales(K: number): number[] {
  const out: number[] = [];
  for (let n = 0; n <= K; n++) for (let j = 0; j <= n; j++) out.push(factorial(n - j) * factorial(j));
  return out;
}

/**
 * Point i's derivatives, number[n][j] (the contract's `point.derivatives` layout), from a
 * row-major [jetSize(K), count] block of derivatives. Where f itself is undefined (NaN) every
 * entry is NaN: a gap, never a partial answer.
 */
export function readDerivatives(data: ArrayLike<number>, K: number, count = 1, i = 0): number[][] {
  const nan = Number.isNaN(data[i]);
  const out: number[][] = [];
  for (let n = 0; n <= K; n++) {
    const row: number[] = [];
    for (let j = 0; j <= n; j++) row.push(nan ? NaN : data[jetIndex(n, j) * count + i]);
    out.push(row);
  }
  return out;
}

/** All partial derivatives up to order K at (x, y), in float64 (references, tests). */
export function derivativesAt64(ast: Node, x: number, y: number, K: number): number[][] {
  const scales = derivativeScales(K);
  return readDerivatives(
    (evalJetK(ast, A64, x, y, K) as number[]).map((c, i) => c * scales[i]),
    K,
  );
}

const full = (c: Coef<tf.Tensor>, shape: number[]): tf.Tensor =>
  isNum(c) ? tf.fill(shape, c) : c.shape.length === shape.length ? c : tf.broadcastTo(c, shape);

/**
 * The jet's normalised coefficients at the points (X[i], Y[i]) (same shape) as one tensor
 * [jetSize(K), ...X.shape], row jetIndex(n, j) = c[n][j]. Call inside tf.tidy.
 */
export function jetTensor(ast: Node, X: tf.Tensor, Y: tf.Tensor, K: number): tf.Tensor {
  return tf.stack(evalJetK(ast, ATensor, X, Y, K).map((c) => full(c, X.shape)));
}

/**
 * Every partial derivative up to order K at the points as one tensor [jetSize(K), ...X.shape],
 * row jetIndex(n, j) = d^n f/(dx^(n−j) dy^j); NaN in every row where f is NaN. Op by op on
 * the current backend (jetKGlsl.ts has the fused WebGL program). Call inside tf.tidy.
 */
export function derivativesTensor(ast: Node, X: tf.Tensor, Y: tf.Tensor, K: number): tf.Tensor {
  const scales = derivativeScales(K);
  const jet = evalJetK(ast, ATensor, X, Y, K);
  const value = full(jet[0], X.shape);
  const gap = tf.isNaN(value);
  const nan = tf.fill(X.shape, NaN);
  return tf.stack(jet.map((c, i) => (i === 0 ? value : tf.where(gap, nan, full(ATensor.mul(c, scales[i]), X.shape)))));
}

export type DerivativesTensorFn = (ast: Node, X: tf.Tensor, Y: tf.Tensor, K: number) => tf.Tensor;

/**
 * All partial derivatives up to order K at a batch of points, on tfjs (float32), one read-back:
 * result[i] for (xs[i], ys[i]). `compute` picks the tensor program (default: op by op).
 */
export function derivativesAtPoints(
  ast: Node,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  K: number,
  compute: DerivativesTensorFn = derivativesTensor,
): number[][][] {
  const count = xs.length;
  const t = tf.tidy(() => compute(ast, tf.tensor1d(Float32Array.from(xs)), tf.tensor1d(Float32Array.from(ys)), K));
  const data = t.dataSync();
  t.dispose();
  return Array.from({ length: count }, (_, i) => readDerivatives(data, K, count, i));
}

/** All partial derivatives up to order K at (x, y) on tfjs (float32): the export's `point.derivatives`. */
export function derivativesAt(ast: Node, x: number, y: number, K: number, compute?: DerivativesTensorFn): number[][] {
  return derivativesAtPoints(ast, [x], [y], K, compute)[0];
}
