// How precisely float32 can know f at a point: a first-order running error bound for the
// formula's evaluation (Higham, "Accuracy and Stability of Numerical Algorithms", §3.3), so a
// run that stops because f cannot decrease in float32 can be told from one that truly failed.
import type { Node } from './formula/ast';
import { SCALAR_FUNCTIONS } from './formula/evalScalar';

/** float32 unit roundoff u = 2^-24 (half the spacing of floats in [1, 2)). */
export const F32_U = 2 ** -24;

/** Library functions on a GPU are less exact than + − × ÷: a few units of roundoff. */
const FN_ULPS = 4;

/** Derivatives of the grammar's functions, for propagating an argument's error. */
const DERIV: Record<string, (u: number, v: number) => number> = {
  sin: (u) => Math.cos(u),
  cos: (u) => -Math.sin(u),
  tan: (_u, v) => 1 + v * v,
  atan: (u) => 1 / (1 + u * u),
  sinh: (u) => Math.cosh(u),
  cosh: (u) => Math.sinh(u),
  tanh: (_u, v) => 1 - v * v,
  exp: (_u, v) => v,
  log: (u) => 1 / u,
  sqrt: (_u, v) => 0.5 / v,
  abs: (u) => Math.sign(u),
};

interface ValErr {
  v: number;
  /** a bound on |computed − exact|, to first order in u */
  e: number;
}

/**
 * Walk the tree in float64, carrying each node's value v and error bound e:
 * a ± b: e_a + e_b + u|v|;  a·b: |b|e_a + |a|e_b + u|v|;  a/b: e_a/|b| + |a|e_b/b² + u|v|;
 * a^b: |b a^(b−1)| e_a + |v ln|a|| e_b + u|v|(1 + |b ln|a||) (pow as exp2(b·log2 a));
 * g(a): |g'(a)| e_a + 4u|v|. Inputs and constants carry their own rounding u|v|.
 */
function walk(n: Node, x: number, y: number): ValErr {
  switch (n.kind) {
    case 'num':
      return { v: n.value, e: F32_U * Math.abs(n.value) };
    case 'const': {
      const v = n.name === 'pi' ? Math.PI : Math.E;
      return { v, e: F32_U * v };
    }
    case 'var': {
      const v = n.name === 'x' ? x : y;
      return { v, e: F32_U * Math.abs(v) };
    }
    case 'neg': {
      const a = walk(n.arg, x, y);
      return { v: -a.v, e: a.e };
    }
    case 'call': {
      const a = walk(n.arg, x, y);
      const v = SCALAR_FUNCTIONS[n.fn](a.v);
      const d = DERIV[n.fn](a.v, v);
      return { v, e: Math.abs(d) * a.e + (n.fn === 'abs' ? 0 : FN_ULPS * F32_U * Math.abs(v)) };
    }
    case 'binary': {
      const a = walk(n.left, x, y);
      const b = walk(n.right, x, y);
      switch (n.op) {
        case '+':
        case '-': {
          const v = n.op === '+' ? a.v + b.v : a.v - b.v;
          return { v, e: a.e + b.e + F32_U * Math.abs(v) };
        }
        case '*': {
          const v = a.v * b.v;
          return { v, e: Math.abs(b.v) * a.e + Math.abs(a.v) * b.e + F32_U * Math.abs(v) };
        }
        case '/': {
          const v = a.v / b.v;
          return { v, e: a.e / Math.abs(b.v) + (Math.abs(a.v) * b.e) / (b.v * b.v) + F32_U * Math.abs(v) };
        }
        case '^': {
          const v = Math.pow(a.v, b.v);
          const la = a.v === 0 ? 0 : Math.log(Math.abs(a.v));
          // d/da a^b = b a^(b−1); at a = 0 with b ≥ 1 that is 0 (or b for b = 1)
          const da = a.v === 0 ? (b.v === 1 ? 1 : 0) : b.v * Math.pow(a.v, b.v - 1);
          // a constant exponent carries no error worth propagating through ln|a| (x^2 is x·x)
          const exact = n.right.kind === 'num' && Number.isInteger(b.v);
          const e =
            Math.abs(da) * a.e + (exact ? 0 : Math.abs(v * la) * b.e) + F32_U * Math.abs(v) * (1 + Math.abs(b.v * la));
          return { v, e };
        }
      }
    }
  }
}

/**
 * A bound on the float32 rounding error of f(x, y) as evaluated from its formula: changes of
 * f smaller than this cannot be seen in float32 there. NaN where f is undefined at the point.
 * Floor: half a float32 spacing of f itself.
 */
export function f32ErrorBound(ast: Node, x: number, y: number): number {
  const r = walk(ast, x, y);
  if (!Number.isFinite(r.v) || !Number.isFinite(r.e)) return NaN;
  return Math.max(r.e, F32_U * Math.abs(r.v));
}
