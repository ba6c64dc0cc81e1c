// Prints a syntax tree back as a canonical formula in the contract's grammar, with as few
// parentheses as reading it back needs: parseFormula(printFormula(t)) gives t again.
// Also sameTree, the structural equality (positions ignored) that statement is about.

import type { BinaryOp, Node } from './ast';

// Binding strength, as parse.ts reads it: + - < * / < unary minus < ^ < atoms.
const SUM = 1;
const PRODUCT = 2;
const PREFIX = 3;
const POWER = 4;
const ATOM = 5;

const OP_PREC: Record<BinaryOp, number> = { '+': SUM, '-': SUM, '*': PRODUCT, '/': PRODUCT, '^': POWER };

function isNegative(v: number): boolean {
  return v < 0 || Object.is(v, -0);
}

function prec(n: Node): number {
  switch (n.kind) {
    case 'num':
      // A negative literal never comes out of the parser, but a tree built by hand may
      // hold one: it prints with a leading sign, so it binds like unary minus.
      return Number.isFinite(n.value) && isNegative(n.value) ? PREFIX : ATOM;
    case 'var':
    case 'const':
    case 'call':
      return ATOM;
    case 'neg':
      return PREFIX;
    case 'binary':
      return OP_PREC[n.op];
  }
}

/** A number as text that reads back as the same double. */
export function formatNumber(v: number): string {
  // String() gives the shortest text that round-trips, e.g. 0.1, 1e-7, 1e+21.
  if (Number.isFinite(v)) return isNegative(v) ? `-${String(-v)}` : String(v);
  // Not expressible as a literal in the grammar; these at least evaluate to the same value.
  if (Number.isNaN(v)) return '(0/0)';
  return v > 0 ? '(1/0)' : '(-1/0)';
}

function wrap(text: string, needed: boolean): string {
  return needed ? `(${text})` : text;
}

/** The formula for `ast`, e.g. `x^2 + 10*y^2` (spaces around + and - only, as in the catalog). */
export function printFormula(ast: Node): string {
  switch (ast.kind) {
    case 'num':
      return formatNumber(ast.value);
    case 'var':
    case 'const':
      return ast.name;
    case 'neg':
      // `-x^2` reads as -(x^2), `--x` as -(-x); sums and products need parentheses.
      return `-${wrap(printFormula(ast.arg), prec(ast.arg) < PREFIX)}`;
    case 'call':
      return `${ast.fn}(${printFormula(ast.arg)})`;
    case 'binary': {
      const p = OP_PREC[ast.op];
      const lp = prec(ast.left);
      const rp = prec(ast.right);
      // ^ is right-associative and binds tighter than a sign on its left (`(-x)^2`), but a
      // sign may open its exponent (`2^-x`). The others are left-associative.
      const leftParens = ast.op === '^' ? lp <= POWER : lp < p;
      const rightParens = ast.op === '^' ? rp < PREFIX : rp <= p;
      const sep = ast.op === '+' || ast.op === '-' ? ` ${ast.op} ` : ast.op;
      return `${wrap(printFormula(ast.left), leftParens)}${sep}${wrap(printFormula(ast.right), rightParens)}`;
    }
  }
}

/** Structural equality, ignoring positions; numbers are equal when Object.is says so. */
export function sameTree(a: Node, b: Node): boolean {
  switch (a.kind) {
    case 'num':
      return b.kind === 'num' && Object.is(a.value, b.value);
    case 'var':
      return b.kind === 'var' && a.name === b.name;
    case 'const':
      return b.kind === 'const' && a.name === b.name;
    case 'neg':
      return b.kind === 'neg' && sameTree(a.arg, b.arg);
    case 'call':
      return b.kind === 'call' && a.fn === b.fn && sameTree(a.arg, b.arg);
    case 'binary':
      return b.kind === 'binary' && a.op === b.op && sameTree(a.left, b.left) && sameTree(a.right, b.right);
  }
}
