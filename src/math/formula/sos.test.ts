// Sum-of-squares detection (CONTRACT §4): which catalog surfaces and typed formulas are sums of
// squares, and that the residuals and weights read from them rebuild f exactly.
import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces';
import { evalScalar } from './evalScalar';
import { parseFormula } from './parse';
import { printFormula } from './print';
import { quoteFormula, sumOfSquares } from './sos';

const parse = (text: string) => {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(r.message);
  return r.ast;
};

/** Σ w_i r_i² at (x, y) against f there, float64. */
function rebuilds(text: string) {
  const ast = parse(text);
  const sos = sumOfSquares(ast)!;
  for (const [x, y] of [
    [0.3, -1.2],
    [1.7, 0.4],
    [-2.1, 2.5],
  ]) {
    const f = evalScalar(ast, x, y);
    const s = sos.terms.reduce((acc, r, i) => acc + sos.weights[i] * evalScalar(r, x, y) ** 2, 0);
    expect(Math.abs(s - f)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(f)));
  }
  return sos;
}

// CONTRACT §4: these catalog surfaces are sums of squares, and no other
const SOS_IDS = ['rosenbrock', 'himmelblau', 'beale', 'booth', 'quadratic', 'linear-regression', 'exp-regression'];

describe('catalog surfaces', () => {
  for (const s of SURFACES) {
    const expected = SOS_IDS.includes(s.id);
    it(`${s.id} is ${expected ? '' : 'not '}a sum of squares`, () => {
      const sos = sumOfSquares(parse(s.formula));
      expect(sos !== null).toBe(expected);
      if (!expected) return;
      const back = rebuilds(s.formula);
      const rows = s.data ? ('features' in s.data ? s.data.features.length : undefined) : undefined;
      const count: Record<string, number | undefined> = {
        rosenbrock: 2,
        himmelblau: 2,
        beale: 3,
        booth: 2,
        quadratic: 2,
      };
      const n = count[s.id] ?? rows;
      if (n !== undefined) expect(back.terms).toHaveLength(n);
      if (s.id.endsWith('regression')) {
        // the mean: every weight 1/n
        for (const w of back.weights) expect(w).toBeCloseTo(1 / back.terms.length, 15);
      }
    });
  }
  it('every surface the contract names is in the catalog', () => {
    for (const id of SOS_IDS.filter((i) => i !== 'exp-regression'))
      expect(SURFACES.some((s) => s.id === id)).toBe(true);
  });
  it('rosenbrock: r = (1 − x, y − x²), w = (1, 100)', () => {
    const sos = sumOfSquares(parse('(1 - x)^2 + 100*(y - x^2)^2'))!;
    expect(sos.terms.map(printFormula)).toEqual(['1 - x', 'y - x^2']);
    expect(sos.weights).toEqual([1, 100]);
  });
});

describe('typed formulas', () => {
  const positive: [string, number[]][] = [
    ['(x - 1)^2', [1]],
    ['x^2', [1]],
    ['3*(x + y)^2 + (x - y)^2/2', [3, 0.5]],
    ['(x - y)^2*5', [5]],
    ['((x - 1)^2 + (y + 2)^2)/4', [0.25, 0.25]],
    ['2*((x)^2 + 3*(y)^2)', [2, 6]],
    ['sin(x)^2 + cos(x*y)^2', [1, 1]],
    ['pi*(x)^2 + (y)^2/e', [Math.PI, 1 / Math.E]],
    ['(x^2 + y - 11)^2 + (x + y^2 - 7)^2', [1, 1]],
  ];
  for (const [text, weights] of positive) {
    it(`${text} is one, weights ${weights.join(', ')}`, () => {
      const sos = rebuilds(text);
      expect(sos.weights.map((w) => +w.toPrecision(15))).toEqual(weights.map((w) => +w.toPrecision(15)));
    });
  }
  const negative = [
    'sin(x)*cos(y)',
    'x^2 - y^2',
    '-x^2',
    '-(x^2 + y^2)',
    'x^2 + y',
    'x^2 + 1',
    'x^3 + y^2',
    '-2*x^2 + y^2',
    '0*x^2 + y^2',
    'x^2/(-1)',
    'x*y^2',
    'x^2*y',
    '(x^2 + y^2)/x',
    'x^2 + y^2 - 0',
    'exp(x^2)',
    '0.26*(x^2 + y^2) - 0.48*x*y',
    'sqrt(x^2 + y^2)',
  ];
  for (const text of negative) {
    it(`${text} is not one`, () => {
      expect(sumOfSquares(parse(text))).toBeNull();
    });
  }
});

describe('quoteFormula', () => {
  it('prints the formula canonically and cuts it after 60 characters', () => {
    expect(quoteFormula(parse('sin( x ) * cos(y)'))).toBe('sin(x)*cos(y)');
    const long = quoteFormula(parse(Array.from({ length: 30 }, (_, i) => `x^${i + 1}`).join(' + ')));
    expect(long).toHaveLength(58);
    expect(long.endsWith('…')).toBe(true);
  });
});
