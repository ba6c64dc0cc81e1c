// jetK (derivatives of any order) against independent references: the float64 symbolic values
// of shared/reference/reference-v2.json (catalog) and sympy values of jetK-sympy.json (one
// case per rule, and typed formulas), in float64 and through tfjs in float32.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalScalar } from './formula/evalScalar';
import { evalJet64 } from './jet';
import { derivativesAt, derivativesAt64, derivativesAtPoints, jetSize, RULES } from './jetK';
import { ast, useCpu } from './test-setup';

beforeAll(useCpu);

interface Case {
  name: string;
  formula: string;
  point: [number, number];
  derivatives: number[][];
}

function readJson<V>(candidates: string[]): V {
  const path = candidates.map((c) => fileURLToPath(new URL(c, import.meta.url))).find(existsSync);
  if (!path) throw new Error(`none of ${candidates.join(', ')} exists`);
  return JSON.parse(readFileSync(path, 'utf8')) as V;
}

// The project's shared reference beside the checkout, else a copy in fixtures/ (fresh clone).
const refV2 = readJson<{ derivatives: (Case & { surface: string })[] }>([
  '../../../shared/reference/reference-v2.json',
  './fixtures/reference-v2.json',
]);
const sympy = readJson<{ cases: (Case & { group: string })[] }>(['./fixtures/jetK-sympy.json']);

/**
 * Largest deviation of each order n, relative to 1 + the largest |reference| of that order
 * (a derivative that cancels to ~0 is only as exact as its largest neighbours).
 */
function errorsByOrder(got: number[][], want: number[][]): number[] {
  return want.map((row, n) => {
    const scale = 1 + Math.max(...row.map(Math.abs));
    return Math.max(...row.map((w, j) => Math.abs(got[n][j] - w) / scale));
  });
}

/**
 * The float32 bound of order n at the point p: 1 + max |order n| + |p| · max |order n + 1|.
 * The point and the arguments formed from it (2πx in rastrigin) are rounded to float32, which
 * moves them by ~6e-8·|p|; an order-n derivative then changes by that much times the order
 * n + 1 derivatives. At rastrigin's (1, −1) the odd orders are exactly 0 but their neighbours
 * are 10 (2π)^(n+1): float32 gives ~0.017 at order 5, which is 2e-8 of this bound.
 */
function float32Scale(ref: number[][], n: number, p: [number, number]): number {
  const maxAbs = (row: number[] | undefined) => (row ? Math.max(...row.map(Math.abs)) : 0);
  return 1 + maxAbs(ref[n]) + Math.hypot(p[0], p[1]) * maxAbs(ref[n + 1]);
}
function errorsFloat32(got: number[][], ref: number[][], p: [number, number]): number[] {
  return got.map((row, n) => Math.max(...row.map((g, j) => Math.abs(g - ref[n][j]) / float32Scale(ref, n, p))));
}

const ORDERS = [0, 1, 2, 3, 4, 5, 6];

describe('catalog surfaces (reference-v2.json), every order up to 6', () => {
  it('holds all 13 formula surfaces at four points each', () => {
    expect(refV2.derivatives.length).toBe(52);
    expect(refV2.derivatives.every((r) => r.derivatives.length === 7)).toBe(true);
  });
  for (const ref of refV2.derivatives) {
    it(`${ref.surface} at (${ref.point.join(', ')})`, () => {
      const a = ast(ref.formula);
      // float64: exact arithmetic up to rounding.
      for (const e of errorsByOrder(derivativesAt64(a, ref.point[0], ref.point[1], 6), ref.derivatives))
        expect(e).toBeLessThan(1e-9);
      // float32 on tfjs, every K (a lower K must give the same leading rows). A catalog
      // coefficient passes through a handful of roundings of 6e-8 (products of up to 6
      // factors, sums of a few terms); we measure at most ~8e-8 of the bound above (the
      // summary test prints it), so 1e-6 leaves a margin of ~12x.
      for (const K of ORDERS) {
        const got = derivativesAt(a, ref.point[0], ref.point[1], K);
        expect(got.length).toBe(K + 1);
        errorsFloat32(got, ref.derivatives, ref.point).forEach((e) => expect(e).toBeLessThan(1e-6));
      }
    });
  }
  it('worst float32 error per order over the catalog stays well inside the bound', () => {
    const worst = ORDERS.map(() => 0);
    const worstPlain = ORDERS.map(() => 0);
    for (const ref of refV2.derivatives) {
      const got = derivativesAt(ast(ref.formula), ref.point[0], ref.point[1], 6);
      errorsFloat32(got, ref.derivatives, ref.point).forEach((e, n) => (worst[n] = Math.max(worst[n], e)));
      errorsByOrder(got, ref.derivatives).forEach((e, n) => (worstPlain[n] = Math.max(worstPlain[n], e)));
    }
    const fmt = (ws: number[]) => ws.map((w) => w.toExponential(1)).join(' ');
    console.log(
      `catalog float32, worst by order 0..6: ${fmt(worst)} (of the bound); ${fmt(worstPlain)} (of 1 + max|order n|)`,
    );
    expect(Math.max(...worst)).toBeLessThan(1e-6);
  });
});

describe('one case per rule and per order against sympy (jetK-sympy.json)', () => {
  const rules = sympy.cases.filter((c) => c.group === 'rule');
  it('covers every rule of the table, powers, division, variable exponents and constants', () => {
    const names = new Set(rules.map((c) => c.name));
    for (const fn of Object.keys(RULES)) expect(names.has(fn)).toBe(true);
    for (const extra of ['pow', 'div', 'varpow', 'const', 'neg']) expect(names.has(extra)).toBe(true);
  });
  for (const c of rules) {
    it(`${c.name}: ${c.formula} at (${c.point.join(', ')})`, () => {
      const a = ast(c.formula);
      // Every order K separately: the jet of order K must reproduce rows 0..K.
      for (const K of ORDERS) {
        const got = derivativesAt64(a, c.point[0], c.point[1], K);
        errorsByOrder(got, c.derivatives.slice(0, K + 1)).forEach((e) => expect(e).toBeLessThan(1e-10));
      }
      // float32 through tfjs: one rule on a polynomial argument, a few dozen roundings of
      // 6e-8 at most; measured below 1e-6 of the bound (summary test), so 1e-5.
      const got32 = derivativesAt(a, c.point[0], c.point[1], 6);
      errorsFloat32(got32, c.derivatives, c.point).forEach((e) => expect(e).toBeLessThan(1e-5));
    });
  }
});

describe('typed formulas (compositions of rules) against sympy', () => {
  const formulas = sympy.cases.filter((c) => c.group === 'formula');
  for (const c of formulas) {
    it(`${c.formula} at (${c.point.join(', ')})`, () => {
      const a = ast(c.formula);
      errorsByOrder(derivativesAt64(a, c.point[0], c.point[1], 6), c.derivatives).forEach((e) =>
        expect(e).toBeLessThan(1e-9),
      );
      // Compositions of several nonlinear rules lose more digits in float32 (each rule's
      // coefficients are rounded, then multiplied through the powers of (u − u0)): measured
      // up to 1e-5 of the bound at order 6 (x^y = exp(y log x)), so 1e-4.
      errorsFloat32(derivativesAt(a, c.point[0], c.point[1], 6), c.derivatives, c.point).forEach((e) =>
        expect(e).toBeLessThan(1e-4),
      );
    });
  }
  it('worst float32 error per order, rules and formulas', () => {
    for (const group of ['rule', 'formula']) {
      const worst = ORDERS.map(() => 0);
      for (const c of sympy.cases.filter((k) => k.group === group)) {
        const got = derivativesAt(ast(c.formula), c.point[0], c.point[1], 6);
        errorsFloat32(got, c.derivatives, c.point).forEach((e, n) => (worst[n] = Math.max(worst[n], e)));
      }
      console.log(
        `sympy ${group}s float32, worst by order 0..6 (of the bound): ${worst.map((w) => w.toExponential(1)).join(' ')}`,
      );
      expect(Math.max(...worst)).toBeLessThan(group === 'rule' ? 1e-5 : 1e-4);
    }
  });
});

describe('consistency with the order-2 engine and the plain evaluator', () => {
  it('rows 0..2 equal jet.ts (evalJet64) and row 0 equals evalScalar, in float64', () => {
    for (const c of sympy.cases) {
      const a = ast(c.formula);
      const d = derivativesAt64(a, c.point[0], c.point[1], 2);
      const j = evalJet64(a, c.point[0], c.point[1]);
      const want = [[j.value], [j.gx, j.gy], [j.hxx, j.hxy, j.hyy]];
      errorsByOrder(d, want).forEach((e) => expect(e).toBeLessThan(1e-12));
      expect(d[0][0]).toBeCloseTo(evalScalar(a, c.point[0], c.point[1]), 12);
    }
  });
  it('a batch of points gives each point its own derivatives', () => {
    const a = ast('exp(x)*cos(y) + x^3*y');
    const xs = [0.1, -0.5, 1.2];
    const ys = [0.3, 0.9, -1.1];
    const batch = derivativesAtPoints(a, xs, ys, 5);
    xs.forEach((x, i) => {
      errorsByOrder(batch[i], derivativesAt64(a, x, ys[i], 5)).forEach((e) => expect(e).toBeLessThan(1e-5));
    });
  });
});

describe('gaps and edge cases', () => {
  it('points where f is undefined give NaN in every entry, on both paths, and never throw', () => {
    for (const [text, x, y] of [
      ['log(x)', -1, 0],
      ['sqrt(x - y)', 0, 1],
      ['x^y', -2, 0.5],
      ['(x - 3)^0.5 + y', 1, 1],
    ] as const) {
      const a = ast(text);
      for (const d of [derivativesAt64(a, x, y, 4), derivativesAt(a, x, y, 4)]) {
        expect(d.length).toBe(5);
        expect(d.flat().every(Number.isNaN)).toBe(true);
      }
    }
  });
  it('a constant formula has zero derivatives; K = 0 is the value', () => {
    const d = derivativesAt(ast('2 + pi'), 0.3, 0.4, 3);
    expect(d[0][0]).toBeCloseTo(2 + Math.PI, 5);
    expect(
      d
        .slice(1)
        .flat()
        .every((v) => v === 0),
    ).toBe(true);
    expect(derivativesAt64(ast('x*y'), 2, 3, 0)).toEqual([[6]]);
  });
  it('has (K+1)(K+2)/2 coefficients', () => {
    expect([0, 1, 2, 6].map(jetSize)).toEqual([1, 3, 6, 28]);
  });
});

describe('tensor lifetime', () => {
  it('keeps tf.memory().numTensors flat across repeated computations', () => {
    const a = ast('tanh(x + 2*y)^2 + sqrt(abs(x)) + x^y + log(1 + x^2 + y^2)/(2 + sin(x*y))');
    derivativesAt(a, 0.3, 0.4, 6);
    const before = tf.memory().numTensors;
    for (let K = 0; K <= 6; K++) {
      derivativesAt(a, 0.3 + K / 10, 0.4, K);
      derivativesAtPoints(a, [0.1, 0.2], [0.3, -0.4], K);
      derivativesAt(ast('log(x)'), -1, 0, K);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
