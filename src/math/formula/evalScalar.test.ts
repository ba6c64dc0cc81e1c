// Tests of evalScalar and compileScalar against the catalog formulas written by hand in JavaScript.

import { describe, expect, test } from 'vitest';
import { parseFormula } from './parse';
import { compileScalar, evalScalar } from './evalScalar';

type F = (x: number, y: number) => number;

const sq = (v: number) => v * v;

const CATALOG: [string, F][] = [
  ['x^2 + 10*y^2', (x, y) => x * x + 10 * y * y],
  ['(1 - x)^2 + 100*(y - x^2)^2', (x, y) => sq(1 - x) + 100 * sq(y - x * x)],
  ['(x^2 + y - 11)^2 + (x + y^2 - 7)^2', (x, y) => sq(x * x + y - 11) + sq(x + y * y - 7)],
  [
    '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    (x, y) => sq(1.5 - x + x * y) + sq(2.25 - x + x * y * y) + sq(2.625 - x + x * y * y * y),
  ],
  ['(x + 2*y - 7)^2 + (2*x + y - 5)^2', (x, y) => sq(x + 2 * y - 7) + sq(2 * x + y - 5)],
  ['0.26*(x^2 + y^2) - 0.48*x*y', (x, y) => 0.26 * (x * x + y * y) - 0.48 * x * y],
  ['2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2', (x, y) => 2 * x ** 2 - 1.05 * x ** 4 + x ** 6 / 6 + x * y + y * y],
  [
    '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
    (x, y) => (4 - 2.1 * x ** 2 + x ** 4 / 3) * x ** 2 + x * y + (-4 + 4 * y ** 2) * y ** 2,
  ],
  ['x^2 - y^2', (x, y) => x * x - y * y],
  ['x^3 - 3*x*y^2', (x, y) => x ** 3 - 3 * x * y * y],
  [
    '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
    (x, y) => 20 + x * x - 10 * Math.cos(2 * Math.PI * x) + y * y - 10 * Math.cos(2 * Math.PI * y),
  ],
  [
    '(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)/2',
    (x, y) => (x ** 4 - 16 * x * x + 5 * x + y ** 4 - 16 * y * y + 5 * y) / 2,
  ],
  ['sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1', (x, y) => Math.sin(x + y) + sq(x - y) - 1.5 * x + 2.5 * y + 1],
  ['tanh(x + 2*y)^2', (x, y) => sq(Math.tanh(x + 2 * y))],
  ['exp(-(x^2 + y^2))*(x + y)', (x, y) => Math.exp(-(x * x + y * y)) * (x + y)],
];

const POINTS: [number, number][] = [
  [0, 0],
  [0.3, -0.7],
  [1.5, 2.25],
  [-2.5, 0.5],
];

describe.each(CATALOG)('%s', (text, hand) => {
  const r = parseFormula(text);
  test('agrees with hand-written JavaScript', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const compiled = compileScalar(r.ast);
    for (const [x, y] of POINTS) {
      const expected = hand(x, y);
      const tol = 1e-12 * Math.max(1, Math.abs(expected));
      expect(Math.abs(evalScalar(r.ast, x, y) - expected)).toBeLessThanOrEqual(tol);
      expect(Object.is(compiled(x, y), evalScalar(r.ast, x, y))).toBe(true);
    }
  });
});

test('float64 semantics: NaN and infinities pass through', () => {
  const at = (text: string, x: number, y = 0) => {
    const r = parseFormula(text);
    if (!r.ok) throw new Error(r.message);
    return [evalScalar(r.ast, x, y), compileScalar(r.ast)(x, y)];
  };
  expect(at('log(x)', -1)).toEqual([NaN, NaN]);
  expect(at('log(x)', 0)).toEqual([-Infinity, -Infinity]);
  expect(at('1/x', 0)).toEqual([Infinity, Infinity]);
  expect(at('x^0.5', -4)).toEqual([NaN, NaN]);
  expect(at('(-8)^(1/3)', 0)).toEqual([NaN, NaN]);
  expect(at('0^0', 0)).toEqual([1, 1]);
  expect(at('y', 1, 7)).toEqual([7, 7]);
});
