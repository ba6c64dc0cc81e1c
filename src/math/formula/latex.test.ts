// Tests of toLatex: exact LaTeX for a few formulas, covering parentheses, \frac, \cdot and functions.

import katex from 'katex';
import { describe, expect, it, test } from 'vitest';
import { parseFormula } from './parse';
import { regressionLatex, toLatex } from './latex';

function latex(text: string): string {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`"${text}" was rejected: ${r.message}`);
  return toLatex(r.ast);
}

test.each([
  ['x^2 + 10*y^2', 'x^{2} + 10y^{2}'],
  ['(1 - x)^2 + 100*(y - x^2)^2', '\\left(1 - x\\right)^{2} + 100\\left(y - x^{2}\\right)^{2}'],
  ['2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2', '2x^{2} - 1.05x^{4} + \\frac{x^{6}}{6} + x y + y^{2}'],
  ['20 + x^2 - 10*cos(2*pi*x)', '20 + x^{2} - 10\\cos\\left(2\\pi x\\right)'],
  ['tanh(x + 2*y)^2', '\\tanh\\left(x + 2y\\right)^{2}'],
  ['exp(-(x^2 + y^2))*(x + y)', '\\exp\\left(-\\left(x^{2} + y^{2}\\right)\\right)\\left(x + y\\right)'],
  ['(4 - 2.1*x^2 + x^4/3)*x^2', '\\left(4 - 2.1x^{2} + \\frac{x^{4}}{3}\\right)x^{2}'],
  ['2*3', '2 \\cdot 3'],
  ['x*2', 'x \\cdot 2'],
  ['2*3^x', '2 \\cdot 3^{x}'],
  ['2*(1/3)', '2 \\cdot \\frac{1}{3}'],
  ['pi*x', '\\pi x'],
  ['e*x', 'e x'],
  ['x/y/2', '\\frac{\\frac{x}{y}}{2}'],
  ['(x/y)^2', '\\left(\\frac{x}{y}\\right)^{2}'],
  ['-x^2', '-x^{2}'],
  ['(-x)^2', '\\left(-x\\right)^{2}'],
  ['2^-x', '2^{-x}'],
  ['2^3^2', '2^{3^{2}}'],
  ['(2^3)^2', '\\left(2^{3}\\right)^{2}'],
  ['x - -y', 'x - \\left(-y\\right)'],
  ['x - (y - 1)', 'x - \\left(y - 1\\right)'],
  ['x*-y', 'x\\left(-y\\right)'],
  ['-(x*y)', '-x y'],
  ['sqrt(x^2 + 1)', '\\sqrt{x^{2} + 1}'],
  ['abs(x)', '\\left|x\\right|'],
  ['log(x) + atan(y)', '\\ln\\left(x\\right) + \\arctan\\left(y\\right)'],
  ['sinh(x)*cosh(y)*tan(x)', '\\sinh\\left(x\\right)\\cosh\\left(y\\right)\\tan\\left(x\\right)'],
  ['1e-7*x', '10^{-7}x'],
  ['2.5e21', '2.5 \\times 10^{21}'],
  ['2.5e21^x', '\\left(2.5 \\times 10^{21}\\right)^{x}'],
])('%s', (text, expected) => {
  expect(latex(text)).toBe(expected);
});

describe('a regression surface’s loss, typeset as the mean over its data', () => {
  it('for each regression, one term of CONTRACT §4 under a mean over the n rows', () => {
    expect(regressionLatex('linear-regression', 8)).toBe(
      'f(x, y) = \\frac{1}{8}\\sum_{i=1}^{8}\\left(x\\,t_i + y - s_i\\right)^2',
    );
    expect(regressionLatex('exp-regression', 12)).toBe(
      'f(x, y) = \\frac{1}{12}\\sum_{i=1}^{12}\\left(x\\,e^{-y\\,t_i} - s_i\\right)^2',
    );
    expect(regressionLatex('logistic-regression', 500)).toBe(
      'f(x, y) = \\frac{1}{500}\\sum_{i=1}^{500}\\log\\left(1 + e^{-\\ell_i\\,(x\\,a_i + y\\,b_i)}\\right)',
    );
  });
  it('KaTeX typesets each', () => {
    for (const id of ['linear-regression', 'exp-regression', 'logistic-regression'] as const)
      expect(() => katex.renderToString(regressionLatex(id, 8), { throwOnError: true })).not.toThrow();
  });
});
