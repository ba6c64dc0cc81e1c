// Plain float64 evaluation of a syntax tree in JavaScript: a tree walk (evalScalar) and a
// tree of closures built once (compileScalar), the baseline the benchmark compares against.
// No eval, no Function: the tree is interpreted.

import type { BinaryOp, FnName, Node } from './ast';

/** The functions of the grammar as Math functions; `log` is the natural logarithm. */
export const SCALAR_FUNCTIONS: Readonly<Record<FnName, (v: number) => number>> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  exp: Math.exp,
  log: Math.log, // NaN below 0, -Infinity at 0
  sqrt: Math.sqrt,
  abs: Math.abs,
};

function applyOp(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return Math.pow(a, b);
  }
}

/** f(x, y) for the formula `ast`, by walking the tree. */
export function evalScalar(ast: Node, x: number, y: number): number {
  switch (ast.kind) {
    case 'num':
      return ast.value;
    case 'var':
      return ast.name === 'x' ? x : y;
    case 'const':
      return ast.name === 'pi' ? Math.PI : Math.E;
    case 'neg':
      return -evalScalar(ast.arg, x, y);
    case 'call':
      return SCALAR_FUNCTIONS[ast.fn](evalScalar(ast.arg, x, y));
    case 'binary':
      return applyOp(ast.op, evalScalar(ast.left, x, y), evalScalar(ast.right, x, y));
  }
}

type Fn2 = (x: number, y: number) => number;

/**
 * The same function as evalScalar, as nested closures built once: the dispatch on node kinds
 * and operators happens here, not at every call. Results are bit-for-bit those of evalScalar.
 */
export function compileScalar(ast: Node): Fn2 {
  switch (ast.kind) {
    case 'num': {
      const v = ast.value;
      return () => v;
    }
    case 'var':
      return ast.name === 'x' ? (x) => x : (_x, y) => y;
    case 'const': {
      const v = ast.name === 'pi' ? Math.PI : Math.E;
      return () => v;
    }
    case 'neg': {
      const f = compileScalar(ast.arg);
      return (x, y) => -f(x, y);
    }
    case 'call': {
      const g = SCALAR_FUNCTIONS[ast.fn];
      const f = compileScalar(ast.arg);
      return (x, y) => g(f(x, y));
    }
    case 'binary': {
      const a = compileScalar(ast.left);
      const b = compileScalar(ast.right);
      switch (ast.op) {
        case '+':
          return (x, y) => a(x, y) + b(x, y);
        case '-':
          return (x, y) => a(x, y) - b(x, y);
        case '*':
          return (x, y) => a(x, y) * b(x, y);
        case '/':
          return (x, y) => a(x, y) / b(x, y);
        case '^':
          return (x, y) => Math.pow(a(x, y), b(x, y));
      }
    }
  }
}
