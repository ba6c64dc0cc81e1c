// Typesets a syntax tree as LaTeX for KaTeX: \frac for division, braced exponents, \left( \right)
// around groups, juxtaposition for products (\cdot only where a digit would run into a number).

import type { RegressionId } from '../regression';
import type { FnName, Node } from './ast';

/** How a piece of LaTeX binds, to decide where parentheses are needed. */
type Kind = 'sum' | 'product' | 'frac' | 'neg' | 'power' | 'atom';

const FN_TEX: Record<Exclude<FnName, 'sqrt' | 'abs'>, string> = {
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  atan: '\\arctan',
  sinh: '\\sinh',
  cosh: '\\cosh',
  tanh: '\\tanh',
  exp: '\\exp',
  log: '\\ln', // log is the natural logarithm
};

function isNegative(v: number): boolean {
  return v < 0 || Object.is(v, -0);
}

function kindOf(n: Node): Kind {
  switch (n.kind) {
    case 'num':
      if (!Number.isFinite(n.value)) return 'atom';
      if (isNegative(n.value)) return 'neg';
      return String(n.value).includes('e') ? 'product' : 'atom'; // 1e-7 is set as 1 \times 10^{-7}
    case 'var':
    case 'const':
    case 'call':
      return 'atom';
    case 'neg':
      return 'neg';
    case 'binary':
      return n.op === '+' || n.op === '-' ? 'sum' : n.op === '*' ? 'product' : n.op === '/' ? 'frac' : 'power';
  }
}

function numberTex(v: number): string {
  if (Number.isNaN(v)) return '\\mathrm{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (isNegative(v)) return `-${numberTex(-v)}`;
  const s = String(v);
  const i = s.indexOf('e');
  if (i < 0) return s;
  const mantissa = s.slice(0, i);
  const exponent = Number(s.slice(i + 1)); // drops the "+" of "1e+21"
  return mantissa === '1' ? `10^{${exponent}}` : `${mantissa} \\times 10^{${exponent}}`;
}

function paren(tex: string, needed: boolean): string {
  return needed ? `\\left(${tex}\\right)` : tex;
}

/** Writes a product by juxtaposition, with \cdot where two numbers would run together. */
function product(left: string, right: string): string {
  if (/^[0-9.]/.test(right) || (right.startsWith('\\frac') && /[0-9]$/.test(left))) {
    return `${left} \\cdot ${right}`;
  }
  // A space keeps `x y` apart and ends a control word (`\pi x`, not `\pix`).
  if (/[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right)) return `${left} ${right}`;
  return left + right;
}

/** LaTeX for `ast`, e.g. `x^{2} + 10y^{2}` for x^2 + 10*y^2. */
export function toLatex(ast: Node): string {
  switch (ast.kind) {
    case 'num':
      return numberTex(ast.value);
    case 'var':
      return ast.name;
    case 'const':
      return ast.name === 'pi' ? '\\pi' : 'e';
    case 'neg': {
      const k = kindOf(ast.arg);
      return `-${paren(toLatex(ast.arg), k === 'sum' || k === 'neg')}`;
    }
    case 'call': {
      const arg = toLatex(ast.arg);
      if (ast.fn === 'sqrt') return `\\sqrt{${arg}}`;
      if (ast.fn === 'abs') return `\\left|${arg}\\right|`;
      return `${FN_TEX[ast.fn]}\\left(${arg}\\right)`;
    }
    case 'binary': {
      const lk = kindOf(ast.left);
      const rk = kindOf(ast.right);
      const left = toLatex(ast.left);
      const right = toLatex(ast.right);
      switch (ast.op) {
        case '+':
        case '-':
          // A sign right after + or - reads badly: x - (-y).
          return `${left} ${ast.op} ${paren(right, rk === 'sum' || rk === 'neg')}`;
        case '*':
          return product(paren(left, lk === 'sum'), paren(right, rk === 'sum' || rk === 'neg' || rk === 'product'));
        case '/':
          return `\\frac{${left}}{${right}}`;
        case '^':
          // The exponent is braced, so it never needs parentheses; the base does unless atomic.
          return `${paren(left, lk !== 'atom')}^{${right}}`;
      }
    }
  }
}

/** The loss of a regression surface as the mean over its n data points (CONTRACT §4: linear and
 *  exp-regression rows are (t, s), logistic rows (a, b, label ℓ = ±1)). */
export function regressionLatex(id: RegressionId, n: number): string {
  const mean = `\\frac{1}{${n}}\\sum_{i=1}^{${n}}`;
  switch (id) {
    case 'linear-regression':
      return `f(x, y) = ${mean}\\left(x\\,t_i + y - s_i\\right)^2`;
    case 'exp-regression':
      return `f(x, y) = ${mean}\\left(x\\,e^{-y\\,t_i} - s_i\\right)^2`;
    case 'logistic-regression':
      return `f(x, y) = ${mean}\\log\\left(1 + e^{-\\ell_i\\,(x\\,a_i + y\\,b_i)}\\right)`;
  }
}
