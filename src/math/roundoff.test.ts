// The float32 error bound holds: tfjs's float32 value of f (cpu backend) differs from the
// float64 value by no more than the bound, at many points of several formulas; and it is
// the size float32 arithmetic suggests where cancellation happens.
import { beforeAll, describe, expect, it } from 'vitest';
import { evalPoints } from './evaluate';
import { evalScalar } from './formula/evalScalar';
import { F32_U, f32ErrorBound } from './roundoff';
import { getSurface } from './surfaces';
import { ast, useCpu } from './test-setup';

beforeAll(useCpu);

/** A fixed pseudo-random sequence (no test flakiness). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('f32ErrorBound', () => {
  for (const id of ['rastrigin', 'rosenbrock', 'beale', 'himmelblau', 'six-hump-camel', 'mccormick']) {
    it(`${id}: |f32 − f64| ≤ bound at 400 points`, () => {
      const s = getSurface(id)!;
      const a = ast(s.formula);
      const rnd = lcg(7);
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < 400; i++) {
        xs.push(s.domain[0] + (s.domain[1] - s.domain[0]) * rnd());
        ys.push(s.domain[2] + (s.domain[3] - s.domain[2]) * rnd());
      }
      const v32 = evalPoints(a, xs, ys, 0).v;
      for (let i = 0; i < xs.length; i++) {
        const exact = evalScalar(a, xs[i], ys[i]);
        const err = Math.abs(v32[i] - exact);
        expect(err, `(${xs[i]}, ${ys[i]})`).toBeLessThanOrEqual(f32ErrorBound(a, xs[i], ys[i]));
      }
    });
  }

  it('Rastrigin near its minimum: 20 − 10 − 10 cancels, so f is known only to ~u·40', () => {
    const a = ast(getSurface('rastrigin')!.formula);
    const b = f32ErrorBound(a, 1e-4, -2e-4);
    expect(b).toBeGreaterThan(20 * F32_U);
    expect(b).toBeLessThan(400 * F32_U);
  });

  it('Rosenbrock at its minimum: no cancellation left, f = 0 is exact', () => {
    const a = ast(getSurface('rosenbrock')!.formula);
    expect(f32ErrorBound(a, 1, 1)).toBeLessThan(1e-12);
    expect(f32ErrorBound(ast('log(x)'), -1, 0)).toBeNaN();
  });
});
