// Taylor models of any order (taylorK.ts): exact at p, exact for polynomials of degree ≤ k,
// the slice, the tfjs grid against the float64 formula, and the error on circles that
// shrinks like r^(k+1) (Taylor's theorem), with gaps and tensor lifetime.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalScalar } from './formula/evalScalar';
import { derivativesAt, derivativesAt64 } from './jetK';
import { logRadii, maxErrorOnCircle, sliceCoefficients, slicePolynomial, taylorGridK, taylorValue } from './taylorK';
import { ast, useCpu } from './test-setup';

beforeAll(useCpu);

const ORDERS = [1, 2, 3, 4, 5, 6];

describe('taylorValue', () => {
  it('T_k(p) = f(p) for every k', () => {
    for (const [text, x, y] of [
      ['exp(x)*cos(y)', 0.3, 0.2],
      ['log(1 + x^2 + y^2) + atan(x*y)', -0.7, 1.1],
      ['(1 - x)^2 + 100*(y - x^2)^2', 0.5, 0.5],
    ] as const) {
      const a = ast(text);
      const d = derivativesAt64(a, x, y, 6);
      for (const k of [0, ...ORDERS]) expect(taylorValue(d, k, 0, 0)).toBe(d[0][0]);
      expect(d[0][0]).toBeCloseTo(evalScalar(a, x, y), 12);
    }
  });

  it('T_k of a polynomial of degree ≤ k is the polynomial (and T_{k−1} is not)', () => {
    const cases = [
      ['x^3*y - 2*x*y^2 + 0.5*y^3 + x - 3', 4],
      ['(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2', 6], // six-hump camel
      ['x^2 + 10*y^2', 2],
      ['x^3 - 3*x*y^2', 3],
    ] as const;
    const p: [number, number] = [0.7, -0.4];
    const offsets = [
      [0.5, 0.25],
      [-1.3, 0.8],
      [2, -1.5],
    ];
    for (const [text, degree] of cases) {
      const a = ast(text);
      const d = derivativesAt64(a, p[0], p[1], 6);
      for (const [du, dv] of offsets) {
        const f = evalScalar(a, p[0] + du, p[1] + dv);
        for (let k = degree; k <= 6; k++)
          expect(Math.abs(taylorValue(d, k, du, dv) - f)).toBeLessThan(1e-12 * (1 + Math.abs(f)) * 100);
        expect(Math.abs(taylorValue(d, degree - 1, du, dv) - f)).toBeGreaterThan(1e-3);
      }
    }
  });

  it('is the contract formula term by term (a hand-written T3)', () => {
    // T3 = f + fx u + fy v + (fxx u² + 2 fxy u v + fyy v²)/2 + (fxxx u³ + 3 fxxy u² v + 3 fxyy u v² + fyyy v³)/6
    const d = [[1], [2, 3], [4, 5, 6], [7, 8, 9, 10]];
    const [u, v] = [0.3, -0.7];
    const t3 =
      1 +
      2 * u +
      3 * v +
      (4 * u * u + 2 * 5 * u * v + 6 * v * v) / 2 +
      (7 * u ** 3 + 3 * 8 * u * u * v + 3 * 9 * u * v * v + 10 * v ** 3) / 6;
    expect(taylorValue(d, 3, u, v)).toBeCloseTo(t3, 14);
  });
});

describe('the slice along a direction', () => {
  it('slicePolynomial(a, k, t) = T_k(p + t d)', () => {
    const d = derivativesAt64(ast('sin(x)*exp(y) + x^2*y'), 0.4, -0.2, 6);
    const dir: [number, number] = [0.6, -0.8];
    const a = sliceCoefficients(d, dir);
    expect(a.length).toBe(7);
    for (const k of ORDERS)
      for (const t of [-1.5, -0.2, 0.3, 1.1])
        expect(slicePolynomial(a, k, t)).toBeCloseTo(taylorValue(d, k, t * dir[0], t * dir[1]), 12);
  });
  it('a_n = (1/n!) d^n/dt^n f(p + t d) at t = 0: along a line, exp(x)·cos(y) is a known series', () => {
    // f(t) = exp(t c)·cos(t s) = Re exp(t (c + i s)) = Re exp(t e^{iφ}): a_n = cos(n φ)/n!.
    const phi = 0.7;
    const a = sliceCoefficients(derivativesAt64(ast('exp(x)*cos(y)'), 0, 0, 6), [Math.cos(phi), Math.sin(phi)]);
    a.forEach((an, n) => expect(an).toBeCloseTo(Math.cos(n * phi) / [1, 1, 2, 6, 24, 120, 720][n], 14));
  });
  it('the slice of a quadratic lies exactly on T2 along any direction', () => {
    const a = ast('0.26*(x^2 + y^2) - 0.48*x*y + 3*x - y');
    const d = derivativesAt(a, 1.5, -0.5, 2); // float32 derivatives (the app's)
    for (const phi of [0, 1, 2.5, 4]) {
      const dir: [number, number] = [Math.cos(phi), Math.sin(phi)];
      const c = sliceCoefficients(d, dir);
      for (const t of [-2, -0.5, 0.7, 3]) {
        const f = evalScalar(a, 1.5 + t * dir[0], -0.5 + t * dir[1]);
        expect(Math.abs(slicePolynomial(c, 2, t) - f)).toBeLessThan(1e-6 * (1 + Math.abs(f)));
      }
    }
  });
});

describe('taylorGridK on tfjs', () => {
  it('each model on the grid equals taylorValue at the grid points (float32), in the orders asked', () => {
    const a = ast('exp(x)*cos(y) + x^3*y');
    const p: [number, number] = [0.3, -0.2];
    const d = derivativesAt(a, p[0], p[1], 6);
    const orders = [6, 1, 3];
    const g = taylorGridK(d, p, [-0.7, 1.3, -1.2, 0.8], 25, 21, orders);
    expect(g.models.length).toBe(3);
    expect(g.orders).toEqual(orders);
    for (const [i, k] of orders.entries()) {
      expect(g.models[i].length).toBe(25 * 21);
      for (const [ix, iy] of [
        [0, 0],
        [12, 10],
        [24, 3],
        [7, 20],
      ]) {
        const want = taylorValue(d, k, g.xs[ix] - p[0], g.ys[iy] - p[1]);
        expect(Math.abs(g.models[i][iy * 25 + ix] - want)).toBeLessThan(1e-5 * (1 + Math.abs(want)));
      }
    }
  });
  it('T6 on a 25×25 patch of radius 0.2 approximates f to float32 accuracy', () => {
    const a = ast('sin(x + 2*y)*exp(-x*y)');
    const p: [number, number] = [0.4, 0.1];
    const d = derivativesAt(a, p[0], p[1], 6);
    const g = taylorGridK(d, p, [0.2, 0.6, -0.1, 0.3], 25, 25, [6]);
    let worst = 0;
    for (let iy = 0; iy < 25; iy++)
      for (let ix = 0; ix < 25; ix++)
        worst = Math.max(worst, Math.abs(g.models[0][iy * 25 + ix] - evalScalar(a, g.xs[ix], g.ys[iy])));
    // Remainder ~ |3|^7 (0.28)^7 / 7! < 2e-5 and float32 rounding ~1e-6.
    expect(worst).toBeLessThan(3e-5);
  });
});

/** Least-squares slope of log e against log r. */
function slope(rs: number[], es: number[]): number {
  const lx = rs.map(Math.log);
  const ly = es.map(Math.log);
  const mx = lx.reduce((s, v) => s + v, 0) / lx.length;
  const my = ly.reduce((s, v) => s + v, 0) / ly.length;
  let num = 0;
  let den = 0;
  lx.forEach((x, i) => {
    num += (x - mx) * (ly[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

describe('maxErrorOnCircle', () => {
  it('the error of exp(x)·cos(y) shrinks like r^(k+1) (slope within 10%) above the float32 floor', () => {
    const a = ast('exp(x)*cos(y)');
    const p: [number, number] = [0.3, 0.2];
    const d = derivativesAt(a, p[0], p[1], 6);
    const radii = logRadii(1e-3, 3, 49);
    const r = maxErrorOnCircle(a, p, d, ORDERS, radii, 64);
    const slopes: number[] = [];
    ORDERS.forEach((k, i) => {
      // The first octave of radii whose error is 100× above the rounding floor (asymptotic
      // regime: the next term is ~r/(k+2) of this one).
      const ok = radii.map((_, j) => r.maxError[i][j] > 100 * r.floor[j]);
      const first = ok.indexOf(true);
      const idx = radii.map((_, j) => j).filter((j) => j >= first && radii[j] <= 2 * radii[first]);
      expect(idx.length).toBeGreaterThanOrEqual(5);
      const s = slope(
        idx.map((j) => radii[j]),
        idx.map((j) => r.maxError[i][j]),
      );
      slopes.push(s);
      expect(Math.abs(s - (k + 1))).toBeLessThan(0.1 * (k + 1));
    });
    console.log('exp(x)cos(y) error slopes, k = 1..6:', slopes.map((s) => s.toFixed(2)).join(' '));
  });

  it('matches a float64 evaluation of max |f − T_k| where the error is above the floor', () => {
    const a = ast('log(1 + x^2 + y^2) + sin(x - y)');
    const p: [number, number] = [0.2, -0.5];
    const d = derivativesAt64(a, p[0], p[1], 6);
    const radii = [0.05, 0.2, 0.6];
    const n = 48;
    const r = maxErrorOnCircle(a, p, d, [1, 3, 6], radii, n);
    [1, 3, 6].forEach((k, i) =>
      radii.forEach((rad, j) => {
        let want = 0;
        for (let t = 0; t < n; t++) {
          const th = (2 * Math.PI * t) / n;
          const [u, v] = [rad * Math.cos(th), rad * Math.sin(th)];
          want = Math.max(want, Math.abs(evalScalar(a, p[0] + u, p[1] + v) - taylorValue(d, k, u, v)));
        }
        expect(Math.abs(r.maxError[i][j] - want)).toBeLessThan(0.01 * want + 4 * r.floor[j]);
      }),
    );
  });

  it('beyond the radius of convergence a higher order is worse: log(1 + x² + y²) at 0', () => {
    const a = ast('log(1 + x^2 + y^2)');
    const d = derivativesAt(a, 0, 0, 6);
    const r = maxErrorOnCircle(a, [0, 0], d, [2, 6], [0.5, 1.3], 32);
    // Inside (r² < 1) the series converges: T6 beats T2. Outside it diverges: T6 loses.
    expect(r.maxError[1][0]).toBeLessThan(r.maxError[0][0]);
    expect(r.maxError[1][1]).toBeGreaterThan(r.maxError[0][1]);
  });

  it('a circle that crosses a gap of f is NaN, a circle inside the domain is not', () => {
    const a = ast('log(x) + y');
    const d = derivativesAt(a, 0.5, 0, 4);
    const r = maxErrorOnCircle(a, [0.5, 0], d, [1, 4], [0.1, 1], 16);
    expect(Number.isFinite(r.maxError[0][0]) && Number.isFinite(r.maxError[1][0])).toBe(true);
    expect(Number.isNaN(r.maxError[0][1]) && Number.isNaN(r.maxError[1][1])).toBe(true);
  });

  it('logRadii spans rMin to rMax evenly in log scale', () => {
    const rs = logRadii(1e-3, 1, 4);
    [1e-3, 1e-2, 1e-1, 1].forEach((v, i) => expect(rs[i]).toBeCloseTo(v, 12));
  });
});

describe('tensor lifetime', () => {
  it('keeps tf.memory().numTensors flat', () => {
    const a = ast('exp(x)*cos(y) + sqrt(abs(x))');
    const d = derivativesAt(a, 0.3, 0.2, 6);
    taylorGridK(d, [0.3, 0.2], [-1, 1, -1, 1], 25, 25, ORDERS);
    maxErrorOnCircle(a, [0.3, 0.2], d, ORDERS, [0.1, 0.5], 16);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      taylorGridK(d, [0.3, 0.2], [-1, 1, -1, 1], 25, 25, ORDERS.slice(i));
      maxErrorOnCircle(a, [0.3, 0.2], d, ORDERS.slice(i), [0.1, 0.5, 2], 16);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
