// Second-order forward-mode automatic differentiation on tfjs tensors (Taylor mode, as in
// JAX's `jet`). Every subexpression is carried as (v, v_x, v_y, v_xx, v_xy, v_yy), so one
// pass gives f, ∇f and H for a whole grid or a batch of points. Nested tf.grad cannot do
// this in tfjs 4.22 (it fails to differentiate twice through exp, tanh, sigmoid).
import * as tf from '@tensorflow/tfjs-core';
import type { Node } from './formula/ast';
import { wasmBinary, wasmUnary, type BinaryKernel, type UnaryKernel } from './wasm-kernels';

/** A component is a tensor, or a plain number where it is constant (structural zeros stay 0). */
export type C = tf.Tensor | number;

export interface Jet {
  v: C;
  x: C;
  y: C;
  xx: C;
  xy: C;
  yy: C;
}

/** 0: value only; 1: value and gradient; 2: value, gradient and Hessian. */
export type Order = 0 | 1 | 2;

const isNum = (a: C): a is number => typeof a === 'number';

/** Plain numbers met by tensors, each made a tensor once: see withConstants. */
export type Constants = Map<number, tf.Tensor>;
let constants: Constants | null = null;

/**
 * Runs `fn` with every plain number that meets a tensor in the jet arithmetic (a formula's
 * constants, the product rule's 2) taken from `pool`, made a tensor on first use and kept
 * there, instead of uploaded anew by each operation (tfjs makes a number a tensor per call:
 * ~5 µs each on wasm, as much as the operation itself on a small batch; Himmelblau's Newton
 * step met 17 of them). Same values: tfjs makes a number a float32 scalar either way. The
 * pool's tensors outlive tf.tidy; disposeConstants frees them.
 */
export function withConstants<T>(pool: Constants, fn: () => T): T {
  const outer = constants;
  constants = pool;
  try {
    return fn();
  } finally {
    constants = outer;
  }
}

export function disposeConstants(pool: Constants) {
  tf.dispose([...pool.values()]);
  pool.clear();
}

/** `a` as an operand of a tensor operation: from the pool where one is in use. (−0 is left
 *  as it is: the pool's keys do not tell it from 0, and x / −0 is not x / 0.) */
export function operand(a: C): C {
  if (!constants || !isNum(a) || Object.is(a, -0)) return a;
  let t = constants.get(a);
  if (!t) {
    t = tf.keep(tf.scalar(a));
    constants.set(a, t);
  }
  return t;
}

/** a ∘ b for two float32 tensors: on wasm, the backend's kernel called directly
 *  (wasm-kernels.ts), elsewhere straight through the engine: the same kernel as tf.add etc.,
 *  without the op's argument checks and conversions (tfjs's overhead per operation is most of
 *  a step on a small batch); otherwise the op itself. */
function binary(kernel: BinaryKernel, a: C, b: C, op: (a: C, b: C) => tf.Tensor): tf.Tensor {
  const x = operand(a);
  const y = operand(b);
  if (!isNum(x) && !isNum(y) && x.dtype === y.dtype && x.dtype === 'float32')
    return wasmBinary(kernel, x, y) ?? (tf.engine().runKernel(kernel, { a: x, b: y }) as tf.Tensor);
  return op(x, y);
}

// Scalar-or-tensor arithmetic that folds constants and skips structural zeros and ones,
// which keeps the op count (tfjs's per-op overhead dominates small work) low.
export function add(a: C, b: C): C {
  if (isNum(a) && isNum(b)) return a + b;
  if (a === 0) return b;
  if (b === 0) return a;
  return binary('Add', a, b, tf.add);
}
export function sub(a: C, b: C): C {
  if (isNum(a) && isNum(b)) return a - b;
  if (b === 0) return a;
  if (a === 0) return neg(b);
  return binary('Sub', a, b, tf.sub);
}
export function neg(a: C): C {
  return isNum(a) ? -a : unary('Neg', a, tf.neg);
}

/** f(t) elementwise: on wasm the backend's kernel called directly (wasm-kernels.ts), elsewhere
 *  (or for another dtype) the op. */
export function unary(kernel: UnaryKernel | 'Step', t: tf.Tensor, op: (t: tf.Tensor) => tf.Tensor): tf.Tensor {
  return wasmUnary(kernel, t) ?? op(t);
}
/** The functions of formulas on tensors, by way of unary(). */
const F = {
  sin: (t: tf.Tensor) => unary('Sin', t, tf.sin),
  cos: (t: tf.Tensor) => unary('Cos', t, tf.cos),
  tan: (t: tf.Tensor) => unary('Tan', t, tf.tan),
  atan: (t: tf.Tensor) => unary('Atan', t, tf.atan),
  sinh: (t: tf.Tensor) => unary('Sinh', t, tf.sinh),
  cosh: (t: tf.Tensor) => unary('Cosh', t, tf.cosh),
  tanh: (t: tf.Tensor) => unary('Tanh', t, tf.tanh),
  exp: (t: tf.Tensor) => unary('Exp', t, tf.exp),
  log: (t: tf.Tensor) => unary('Log', t, tf.log),
  sqrt: (t: tf.Tensor) => unary('Sqrt', t, tf.sqrt),
  abs: (t: tf.Tensor) => unary('Abs', t, tf.abs),
  sign: (t: tf.Tensor) => unary('Sign', t, tf.sign),
};
export function mul(a: C, b: C): C {
  if (isNum(a) && isNum(b)) return a * b;
  if (a === 0 || b === 0) return 0;
  if (a === 1) return b;
  if (b === 1) return a;
  if (a === -1) return neg(b);
  if (b === -1) return neg(a);
  return binary('Multiply', a, b, tf.mul);
}
export function max(a: C, b: C): C {
  if (isNum(a) && isNum(b)) return Math.max(a, b);
  return binary('Maximum', a, b, tf.maximum);
}
export function div(a: C, b: C): C {
  if (isNum(a) && isNum(b)) return a / b;
  if (a === 0) return 0;
  if (b === 1) return a;
  return binary('RealDiv', a, b, tf.div);
}
function map(a: C, num: (v: number) => number, ten: (t: tf.Tensor) => tf.Tensor): C {
  return isNum(a) ? num(a) : ten(a);
}
export const sq = (a: C): C => mul(a, a);

/** u^n for an integer n ≥ 1 by repeated squaring: exact signs for negative u, few ops. */
function intPow(u: C, n: number): C {
  if (isNum(u)) return u ** n;
  let result: C = 1;
  let base: C = u;
  let k = n;
  while (k > 0) {
    if (k & 1) result = mul(result, base);
    k >>= 1;
    if (k > 0) base = mul(base, base);
  }
  return result;
}

/** u^c for a constant c, any sign; NaN where the real power is undefined (gaps). */
function constPow(u: C, c: number): C {
  if (Number.isInteger(c) && Math.abs(c) <= 64) {
    if (c === 0) return 1;
    if (c > 0) return intPow(u, c);
    return div(1, intPow(u, -c));
  }
  return map(
    u,
    (v) => v ** c,
    (t) => tf.pow(t, c),
  );
}

const constant = (c: number): Jet => ({ v: c, x: 0, y: 0, xx: 0, xy: 0, yy: 0 });

/**
 * Chain rule for φ(u): value φ(u), gradient φ'(u)∇u, Hessian φ''(u)∇u∇uᵀ + φ'(u)∇²u.
 * d1 and d2 are only computed when the order asks for them.
 */
function chain(u: Jet, order: Order, v: C, d1: () => C, d2: () => C): Jet {
  if (order === 0) return { v, x: 0, y: 0, xx: 0, xy: 0, yy: 0 };
  if (u.x === 0 && u.y === 0 && u.xx === 0 && u.xy === 0 && u.yy === 0) return { v, x: 0, y: 0, xx: 0, xy: 0, yy: 0 };
  const p1 = d1();
  const x = mul(p1, u.x);
  const y = mul(p1, u.y);
  if (order === 1) return { v, x, y, xx: 0, xy: 0, yy: 0 };
  const p2 = d2();
  return {
    v,
    x,
    y,
    xx: add(mul(p2, sq(u.x)), mul(p1, u.xx)),
    xy: add(mul(p2, mul(u.x, u.y)), mul(p1, u.xy)),
    yy: add(mul(p2, sq(u.y)), mul(p1, u.yy)),
  };
}

function jetAdd(a: Jet, b: Jet, sign: 1 | -1): Jet {
  const f = sign === 1 ? add : sub;
  return { v: f(a.v, b.v), x: f(a.x, b.x), y: f(a.y, b.y), xx: f(a.xx, b.xx), xy: f(a.xy, b.xy), yy: f(a.yy, b.yy) };
}

function jetNeg(a: Jet): Jet {
  return { v: neg(a.v), x: neg(a.x), y: neg(a.y), xx: neg(a.xx), xy: neg(a.xy), yy: neg(a.yy) };
}

/** Product rule to second order: (ab)'' = a''b + a'b'ᵀ + b'a'ᵀ + ab''. */
function jetMul(a: Jet, b: Jet, order: Order): Jet {
  const v = mul(a.v, b.v);
  if (order === 0) return { v, x: 0, y: 0, xx: 0, xy: 0, yy: 0 };
  const x = add(mul(a.x, b.v), mul(a.v, b.x));
  const y = add(mul(a.y, b.v), mul(a.v, b.y));
  if (order === 1) return { v, x, y, xx: 0, xy: 0, yy: 0 };
  return {
    v,
    x,
    y,
    xx: add(add(mul(a.xx, b.v), mul(a.v, b.xx)), mul(2, mul(a.x, b.x))),
    xy: add(add(mul(a.xy, b.v), mul(a.v, b.xy)), add(mul(a.x, b.y), mul(a.y, b.x))),
    yy: add(add(mul(a.yy, b.v), mul(a.v, b.yy)), mul(2, mul(a.y, b.y))),
  };
}

/** u², the product rule with both factors u: the same values as jetMul(u, u) (each pair of
 *  equal products there is 2× one here, exact in floating point) in fewer operations, 2u
 *  computed once: u² is the commonest power in loss surfaces (sums of squares). */
function jetSquare(u: Jet, order: Order): Jet {
  const v = sq(u.v);
  if (order === 0) return { v, x: 0, y: 0, xx: 0, xy: 0, yy: 0 };
  const tu = mul(2, u.v);
  const x = mul(tu, u.x);
  const y = mul(tu, u.y);
  if (order === 1) return { v, x, y, xx: 0, xy: 0, yy: 0 };
  return {
    v,
    x,
    y,
    xx: add(mul(tu, u.xx), mul(2, sq(u.x))),
    xy: add(mul(tu, u.xy), mul(2, mul(u.x, u.y))),
    yy: add(mul(tu, u.yy), mul(2, sq(u.y))),
  };
}

const isConstJet = (a: Jet): a is Jet & { v: number } =>
  isNum(a.v) && a.x === 0 && a.y === 0 && a.xx === 0 && a.xy === 0 && a.yy === 0;

function scale(a: Jet, c: number): Jet {
  return { v: mul(a.v, c), x: mul(a.x, c), y: mul(a.y, c), xx: mul(a.xx, c), xy: mul(a.xy, c), yy: mul(a.yy, c) };
}

function recip(u: Jet, order: Order): Jet {
  const v = div(1, u.v);
  return chain(
    u,
    order,
    v,
    () => neg(sq(v)),
    () => mul(2, mul(v, sq(v))),
  );
}

function power(u: Jet, w: Jet, order: Order): Jet {
  if (isConstJet(w)) {
    const c = w.v;
    if (c === 0) return constant(1);
    if (c === 1) return u;
    if (c === 2) return jetSquare(u, order);
    return chain(
      u,
      order,
      constPow(u.v, c),
      () => mul(c, constPow(u.v, c - 1)),
      () => mul(c * (c - 1), constPow(u.v, c - 2)),
    );
  }
  // u^w = exp(w log u): defined for u > 0 (a non-constant exponent of a negative base is a gap).
  return applyFn('exp', jetMul(w, applyFn('log', u, order), order), order);
}

const NAN_WHERE_NEGATIVE = (u: tf.Tensor, t: tf.Tensor): tf.Tensor =>
  // GLSL's sqrt of a negative number is undefined (0 on some GPUs): make it NaN, a gap.
  tf.where(tf.less(u, 0), tf.fill(u.shape, NaN), t);

function applyFn(fn: string, u: Jet, order: Order): Jet {
  const a = u.v;
  switch (fn) {
    case 'sin': {
      const v = map(a, Math.sin, F.sin);
      return chain(
        u,
        order,
        v,
        () => map(a, Math.cos, F.cos),
        () => neg(v),
      );
    }
    case 'cos': {
      const v = map(a, Math.cos, F.cos);
      return chain(
        u,
        order,
        v,
        () => neg(map(a, Math.sin, F.sin)),
        () => neg(v),
      );
    }
    case 'tan': {
      const v = map(a, Math.tan, F.tan);
      const d1 = () => add(1, sq(v));
      return chain(u, order, v, d1, () => mul(2, mul(v, d1())));
    }
    case 'atan': {
      const v = map(a, Math.atan, F.atan);
      const d1 = () => div(1, add(1, sq(a)));
      return chain(u, order, v, d1, () => mul(-2, mul(a, sq(d1()))));
    }
    case 'sinh': {
      const v = map(a, Math.sinh, F.sinh);
      return chain(
        u,
        order,
        v,
        () => map(a, Math.cosh, F.cosh),
        () => v,
      );
    }
    case 'cosh': {
      const v = map(a, Math.cosh, F.cosh);
      return chain(
        u,
        order,
        v,
        () => map(a, Math.sinh, F.sinh),
        () => v,
      );
    }
    case 'tanh': {
      const v = map(a, Math.tanh, F.tanh);
      const d1 = () => sub(1, sq(v));
      return chain(u, order, v, d1, () => mul(-2, mul(v, d1())));
    }
    case 'exp': {
      const v = map(a, Math.exp, F.exp);
      return chain(
        u,
        order,
        v,
        () => v,
        () => v,
      );
    }
    case 'log': {
      const v = map(a, Math.log, F.log);
      const d1 = () => div(1, a);
      return chain(u, order, v, d1, () => neg(sq(d1())));
    }
    case 'sqrt': {
      const v = map(a, Math.sqrt, (t) => NAN_WHERE_NEGATIVE(t, F.sqrt(t)));
      const d1 = () => div(0.5, v);
      return chain(u, order, v, d1, () => neg(div(d1(), mul(2, a))));
    }
    case 'abs': {
      const v = map(a, Math.abs, F.abs);
      return chain(
        u,
        order,
        v,
        () => map(a, Math.sign, F.sign),
        () => 0,
      );
    }
    default:
      throw new Error(`unknown function ${fn}`); // unreachable: the parser whitelists names
  }
}

/** Push jets for x and y through the tree. */
export function evalJet(ast: Node, X: Jet, Y: Jet, order: Order): Jet {
  const go = (n: Node): Jet => {
    switch (n.kind) {
      case 'num':
        return constant(n.value);
      case 'const':
        return constant(n.name === 'pi' ? Math.PI : Math.E);
      case 'var':
        return n.name === 'x' ? X : Y;
      case 'neg':
        return jetNeg(go(n.arg));
      case 'call':
        return applyFn(n.fn, go(n.arg), order);
      case 'binary': {
        const a = go(n.left);
        const b = go(n.right);
        switch (n.op) {
          case '+':
            return jetAdd(a, b, 1);
          case '-':
            return jetAdd(a, b, -1);
          case '*':
            if (isConstJet(a)) return scale(b, a.v);
            if (isConstJet(b)) return scale(a, b.v);
            return jetMul(a, b, order);
          case '/':
            if (isConstJet(b)) return scale(a, 1 / b.v);
            return jetMul(a, recip(b, order), order);
          case '^':
            return power(a, b, order);
        }
      }
    }
  };
  return go(ast);
}

/** The jet of the variable x (or y) at the given coordinates: ∂x/∂x = 1. */
export function seed(t: tf.Tensor, which: 'x' | 'y'): Jet {
  return which === 'x' ? { v: t, x: 1, y: 0, xx: 0, xy: 0, yy: 0 } : { v: t, x: 0, y: 1, xx: 0, xy: 0, yy: 0 };
}

/** f and its derivatives as tensors of the inputs' shape (constants broadcast). */
export interface Derivs {
  v: tf.Tensor;
  x?: tf.Tensor;
  y?: tf.Tensor;
  xx?: tf.Tensor;
  xy?: tf.Tensor;
  yy?: tf.Tensor;
}

const full = (c: C, shape: number[]): tf.Tensor =>
  isNum(c) ? tf.fill(shape, c) : c.shape.length === shape.length ? c : tf.broadcastTo(c, shape);

/** Evaluate f (and derivatives up to `order`) at X, Y (same shape). Call inside tf.tidy. */
export function derivatives(ast: Node, Xs: tf.Tensor, Ys: tf.Tensor, order: Order): Derivs {
  const j = evalJet(ast, seed(Xs, 'x'), seed(Ys, 'y'), order);
  const shape = Xs.shape;
  const out: Derivs = { v: full(j.v, shape) };
  if (order >= 1) {
    out.x = full(j.x, shape);
    out.y = full(j.y, shape);
  }
  if (order >= 2) {
    out.xx = full(j.xx, shape);
    out.xy = full(j.xy, shape);
    out.yy = full(j.yy, shape);
  }
  return out;
}

/** The same jet arithmetic on plain float64 numbers at one point (tests, references). */
export function evalJet64(ast: Node, x: number, y: number, order: Order = 2) {
  const j = evalJet(ast, { v: x, x: 1, y: 0, xx: 0, xy: 0, yy: 0 }, { v: y, x: 0, y: 1, xx: 0, xy: 0, yy: 0 }, order);
  const n = (c: C) => c as number; // every component is a number when the inputs are
  return { value: n(j.v), gx: n(j.x), gy: n(j.y), hxx: n(j.xx), hxy: n(j.xy), hyy: n(j.yy) };
}
