// The Taylor charts' data (taylorCharts.ts): the slice direction, the log–log slope that reads
// the order off the error chart (k + 1 on exp(x)cos(y), Taylor's theorem), and the slice of a
// quadratic lying on its T2 along any direction; tensors do not leak.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivativesAt64 } from '../math/jetK';
import { maxErrorOnCircle } from '../math/taylorK';
import { ast, useCpu } from '../math/test-setup';
import type { PointFacts } from '../math/hessian';
import { regressionAst, regressionFormula } from '../math/regression';
import {
  aboveFloor,
  effectiveFloor,
  errorChartData,
  logLogSlope,
  modelStationaryT,
  sliceChartData,
  sliceDirection,
} from './taylorCharts';

beforeAll(useCpu);

/** Facts from float64 derivatives (only the fields the charts read). */
function factsOf(text: string, x: number, y: number): { facts: PointFacts; derivs: number[][] } {
  const derivs = derivativesAt64(ast(text), x, y, 6);
  const facts = {
    x,
    y,
    value: derivs[0][0],
    gradient: [derivs[1][0], derivs[1][1]],
    hessian: [
      [derivs[2][0], derivs[2][1]],
      [derivs[2][1], derivs[2][2]],
    ],
  } as unknown as PointFacts;
  return { facts, derivs };
}

describe('sliceDirection', () => {
  it('is −∇f normalised, the Newton direction, or the angle', () => {
    // f = x² + 10 y² at (1, 1): ∇f = (2, 20), H = diag(2, 20), −H⁻¹∇f = (−1, −1)
    const { facts } = factsOf('x^2 + 10*y^2', 1, 1);
    const g = sliceDirection(facts, 'grad')!;
    expect(g[0]).toBeCloseTo(-2 / Math.hypot(2, 20), 12);
    expect(g[1]).toBeCloseTo(-20 / Math.hypot(2, 20), 12);
    const nd = sliceDirection(facts, 'newton')!;
    expect(nd[0]).toBeCloseTo(-Math.SQRT1_2, 12);
    expect(nd[1]).toBeCloseTo(-Math.SQRT1_2, 12);
    const a = sliceDirection(facts, 90)!;
    expect(a[0]).toBeCloseTo(0, 12);
    expect(a[1]).toBeCloseTo(1, 12);
  });

  it('is null where ∇f = 0 (grad) or H is singular (newton)', () => {
    expect(sliceDirection(factsOf('x^2 + y^2', 0, 0).facts, 'grad')).toBeNull();
    expect(sliceDirection(factsOf('x + y', 0.5, 0).facts, 'newton')).toBeNull();
  });
});

describe('modelStationaryT and logLogSlope', () => {
  it('t* = −a1/(2 a2); NaN without curvature', () => {
    expect(modelStationaryT([1, -4, 2])).toBe(1);
    expect(modelStationaryT([1, 2])).toBeNaN();
  });
  it('recovers the exponent of a power law, skipping NaN', () => {
    const rs = [0.01, 0.1, 1, 10];
    expect(
      logLogSlope(
        rs,
        rs.map((r) => 3 * r ** 3),
      ),
    ).toBeCloseTo(3, 12);
    expect(logLogSlope(rs, [NaN, 0.1 ** 2, 1, 100])).toBeCloseTo(2, 12);
    expect(logLogSlope([1], [1])).toBeNaN();
  });
});

describe('errorChartData', () => {
  it('on exp(x)cos(y) the slope above the float32 floor is k + 1 within 10 % (orders 1–3)', () => {
    const text = 'exp(x)*cos(y)';
    const p: [number, number] = [0.3, 0.2];
    const { derivs } = factsOf(text, ...p);
    const before = tf.memory().numTensors;
    const ce = errorChartData(text, ast(text), p, [1, 2, 3], [-3, 3, -3, 3])!;
    expect(tf.memory().numTensors).toBe(before);
    const kept = aboveFloor(ce);
    ce.orders.forEach((k, i) => {
      // the middle radii: the lower half of the log range that is above the floor
      const slope = logLogSlope(ce.radii.slice(0, 20), kept[i].slice(0, 20));
      expect(Math.abs(slope - (k + 1)) / (k + 1)).toBeLessThan(0.1);
    });
    // float64 against the tfjs maxErrorOnCircle (cpu, float32) where float32 resolves the error
    const t32 = maxErrorOnCircle(ast(text), p, derivs, [1, 2, 3], ce.radii);
    ce.orders.forEach((_, i) =>
      kept[i].forEach((e, j) => {
        if (Number.isFinite(e) && e > 100 * ce.floor[j])
          expect(Math.abs(t32.maxError[i][j] - e) / e).toBeLessThan(0.05);
      }),
    );
    // the same inputs give the cached object
    expect(errorChartData(text, ast(text), p, [1, 2, 3], [-3, 3, -3, 3])).toBe(ce);
  });
});

describe('errorChartData on a data set', () => {
  it('reads f from the rows: the same chart as the formula written out term by term', () => {
    // 12 rows of a noisy line: the loss as regressionAst builds it (evaluated from the rows)
    // and as the parser reads the same formula's text (a tree of 12 terms)
    const rows = Array.from({ length: 12 }, (_, i): [number, number] => [
      i / 3,
      1.5 * (i / 3) - 0.5 + 0.4 * Math.sin(7 * i),
    ]);
    const text = regressionFormula('linear-regression', rows);
    const p: [number, number] = [0.3, -0.8];
    const fromRows = errorChartData(text, regressionAst('linear-regression', rows), p, [1, 2], [-1, 4, -3, 2])!;
    const fromText = errorChartData(`${text} `, ast(text), p, [1, 2], [-1, 4, -3, 2])!;
    expect(fromRows.radii).toEqual(fromText.radii);
    fromText.maxError.forEach((row, o) =>
      row.forEach((e, i) => expect(Math.abs(fromRows.maxError[o][i] - e)).toBeLessThanOrEqual(1e-9 * Math.max(1, e))),
    );
    // T1's error grows like r² on a quadratic loss, T2's is rounding only
    expect(fromRows.maxError[0].at(-1)!).toBeGreaterThan(1e-3);
  });
});

describe('effectiveFloor', () => {
  it('is 4× the rounding floor, raised to 3× the noise a model of order ≥ 2 shows at the smallest radius', () => {
    const ce = {
      orders: [1, 2],
      radii: [0.001, 0.01, 0.1],
      maxError: [
        [1e-6, 1e-4, 1e-2],
        [1e-5, 1e-5, 1e-3],
      ],
      floor: [1e-7, 1e-7, 2e-7],
    };
    // the order-2 error at r0 is noise: 1e-5 = 100 floors, so the floor is 300× (scaled per circle)
    expect(effectiveFloor(ce)[0]).toBeCloseTo(3e-5, 15);
    expect(effectiveFloor(ce)[2]).toBeCloseTo(6e-5, 15);
    expect(aboveFloor(ce)).toEqual([
      [NaN, 1e-4, 1e-2],
      [NaN, NaN, 1e-3],
    ]);
    // with T1 alone nothing measures the noise: 4× the floor
    expect(effectiveFloor({ ...ce, orders: [1], maxError: [ce.maxError[0]] })[0]).toBeCloseTo(4e-7, 15);
  });
});

describe('sliceChartData', () => {
  it('the slice of a quadratic lies on T2 along any direction, and T1 is its tangent', () => {
    const text = 'x^2 + 10*y^2 + 3*x*y - x';
    const { facts, derivs } = factsOf(text, 0.4, -0.3);
    for (const dir of ['grad', 'newton', 30, 200] as const) {
      const s = sliceChartData(text, ast(text), facts, derivs, [1, 2], dir, [-2, 2, -2, 2])!;
      const scale = Math.max(...s.f.map(Math.abs));
      s.f.forEach((v, i) => expect(Math.abs(v - s.models[1][i]) / scale).toBeLessThan(1e-5));
      const mid = (s.ts.length - 1) / 2;
      expect(s.models[0][mid]).toBeCloseTo(facts.value, 5);
    }
  });

  it('along the Newton direction, t* reaches the Newton point', () => {
    const text = 'x^2 + 10*y^2';
    const { facts, derivs } = factsOf(text, 1, 1);
    const s = sliceChartData(text, ast(text), facts, derivs, [2], 'newton', [-2, 2, -2, 2])!;
    // p + t* d = (0, 0): t* = |p| = √2
    expect(s.newtonT).toBeCloseTo(Math.SQRT2, 10);
  });
});
