// Reads from a parsed formula whether it is a sum of squares (CONTRACT §4) and, if so, its
// residuals r_i and weights w_i with f = Σ w_i r_i²: what Gauss–Newton and Levenberg–Marquardt need.
import type { Node } from './ast';
import { evalScalar } from './evalScalar';
import { printFormula } from './print';

/** f = Σ weights[i] · terms[i]², every weight positive. */
export interface SumOfSquares {
  terms: Node[];
  weights: number[];
}

function hasVariable(n: Node): boolean {
  switch (n.kind) {
    case 'var':
      return true;
    case 'num':
    case 'const':
      return false;
    case 'neg':
    case 'call':
      return hasVariable(n.arg);
    case 'binary':
      return hasVariable(n.left) || hasVariable(n.right);
  }
}

/** The value of a subtree without variables (`10`, `pi/2`, `2^3`); null where it has any. */
function constantValue(n: Node): number | null {
  return hasVariable(n) ? null : evalScalar(n, 0, 0);
}

const positive = (c: number | null): c is number => c !== null && Number.isFinite(c) && c > 0;

/**
 * Collects the squares of `n` scaled by w: a sum of squares is, at the top level, a sum of
 * `(r)^2`, `c*(r)^2` (or `(r)^2*c`) and `(r)^2/c` with positive constants c, the whole sum
 * optionally multiplied or divided by a positive constant. Scalings by positive constants
 * compose (`(a^2 + 3*b^2)/8` gives weights 1/8 and 3/8). Anything else (a difference, a sign,
 * a product of two variable factors, an odd power) is not one.
 */
function collect(n: Node, w: number, out: SumOfSquares): boolean {
  if (n.kind !== 'binary') return false;
  switch (n.op) {
    case '+':
      return collect(n.left, w, out) && collect(n.right, w, out);
    case '*': {
      const cl = constantValue(n.left);
      if (positive(cl)) return collect(n.right, w * cl, out);
      const cr = constantValue(n.right);
      if (positive(cr)) return collect(n.left, w * cr, out);
      return false;
    }
    case '/': {
      const c = constantValue(n.right);
      return positive(c) && collect(n.left, w / c, out);
    }
    case '^':
      if (constantValue(n.right) !== 2) return false;
      out.terms.push(n.left);
      out.weights.push(w);
      return true;
    case '-':
      return false;
  }
}

/** The residuals and weights of a sum of squares; null where the formula is not one. */
export function sumOfSquares(ast: Node): SumOfSquares | null {
  const out: SumOfSquares = { terms: [], weights: [] };
  return collect(ast, 1, out) && out.terms.length > 0 ? out : null;
}

/** The formula as a message quotes it: printed canonically, cut after 60 characters. */
export function quoteFormula(ast: Node): string {
  const text = printFormula(ast);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
