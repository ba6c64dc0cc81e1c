// The panels' math against independent values, and the quasi-Newton estimate B the optimizers
// record, checked against BFGS written in its dual (Hessian) form in float64.
import { beforeAll, describe, expect, it } from 'vitest';
import { runOptimizers } from './engine';
import { evalJet64 } from './jet';
import { makeRun, runAll, type Evaluator } from './optimizers';
import { armijo, inv2, phiValues, unitEllipse, type Mat2 } from './teach';
import { ast, useCpu } from './test-setup';

beforeAll(useCpu);

const f64 = (text: string): Evaluator => {
  const a = ast(text);
  return (xs, ys) => xs.map((x, i) => evalJet64(a, x, ys[i]));
};

describe('inv2 and unitEllipse', () => {
  it('inverts and refuses singular matrices', () => {
    expect(inv2([2, 1, 1, 3])).toEqual([0.6, -0.2, -0.2, 0.4]);
    expect(inv2([1, 2, 2, 4])).toBeNull();
  });
  it('points on the ellipse satisfy dᵀ M⁻¹ d = 1', () => {
    const M: Mat2 = [0.5, 0.2, 0.2, 0.1];
    const e = unitEllipse(M)!;
    const Mi = inv2(M)!;
    for (const s of [0, 0.7, 2, 4]) {
      const u = e.a * Math.cos(s);
      const v = e.b * Math.sin(s);
      const d = [u * Math.cos(e.angle) - v * Math.sin(e.angle), u * Math.sin(e.angle) + v * Math.cos(e.angle)];
      const q = d[0] * (Mi[0] * d[0] + Mi[1] * d[1]) + d[1] * (Mi[2] * d[0] + Mi[3] * d[1]);
      expect(q).toBeCloseTo(1, 12);
    }
    // H = diag(2, 20): H⁻¹ = diag(0.5, 0.05), semi-axes 1/√2 along x and 1/√20 along y
    const h = unitEllipse([0.5, 0, 0, 0.05])!;
    expect(h.a).toBeCloseTo(Math.SQRT1_2, 12);
    expect(h.b).toBeCloseTo(1 / Math.sqrt(20), 12);
    expect(Math.abs(Math.cos(h.angle))).toBeCloseTo(1, 12);
    expect(unitEllipse([1, 0, 0, -1])).toBeNull();
  });
});

describe('line search', () => {
  it('φ(t) on tfjs matches f along the line, and the Armijo bound', () => {
    const v = phiValues(ast('x^2 + 10*y^2'), [1, 1], [-1, -2], [0, 0.5, 1]);
    // f(1 − t, 1 − 2t): 11, 0.25 + 0, 0 + 10
    expect(Array.from(v)).toEqual([11, 0.25, 10]);
    expect(armijo(11, -42, 0.5)).toBeCloseTo(11 - 1e-4 * 0.5 * 42, 12);
  });
});

/** BFGS in its dual form on the Hessian estimate: H₊ = H + y yᵀ/(yᵀs) − H s sᵀ H/(sᵀ H s). */
function bfgsDualInverse(steps: { s: [number, number]; y: [number, number] }[]): Mat2 {
  let H: Mat2 = [1, 0, 0, 1];
  for (const { s, y } of steps) {
    const ys = y[0] * s[0] + y[1] * s[1];
    const Hs = [H[0] * s[0] + H[1] * s[1], H[2] * s[0] + H[3] * s[1]];
    const sHs = s[0] * Hs[0] + s[1] * Hs[1];
    H = [
      H[0] + (y[0] * y[0]) / ys - (Hs[0] * Hs[0]) / sHs,
      H[1] + (y[0] * y[1]) / ys - (Hs[0] * Hs[1]) / sHs,
      H[2] + (y[1] * y[0]) / ys - (Hs[1] * Hs[0]) / sHs,
      H[3] + (y[1] * y[1]) / ys - (Hs[1] * Hs[1]) / sHs,
    ];
  }
  return inv2(H)!;
}

describe('BFGS estimate B after k steps on a quadratic', () => {
  const F = 'x^2 + 10*y^2';
  it('the first step by hand: from (1, 1), d = −g = (−2, −20), t = 1/16, B₁ as computed', () => {
    const t = runAll([makeRun('bfgs', { start: [1, 1], steps: 3, tol: 1e-12 }, { lr: 0, beta: 0, h: 0 })], f64(F))[0];
    const d0 = t.iterates[0].detail!;
    // φ(t) = (1 − 2t)² + 10(1 − 20t)²; Armijo holds first at t = 1/16: x = (0.875, −0.25)
    expect(d0.trials!.map((r) => r.t)).toEqual([1, 0.5, 0.25, 0.125, 0.0625]);
    expect(d0.s).toEqual([-0.125, -1.25]);
    // y = g₁ − g₀ = (1.75 − 2, −5 − 20) = (−0.25, −25)
    expect(d0.yv![0]).toBeCloseTo(-0.25, 12);
    expect(d0.yv![1]).toBeCloseTo(-25, 12);
    // sᵀy = 0.03125 + 31.25 = 31.28125, ρ = 1/31.28125; B₁ = (I − ρ s yᵀ)(I − ρ y sᵀ) + ρ s sᵀ
    const r = 1 / 31.28125;
    const s = [-0.125, -1.25];
    const y = [-0.25, -25];
    const L = [1 - r * s[0] * y[0], -r * s[0] * y[1], -r * s[1] * y[0], 1 - r * s[1] * y[1]];
    const B1 = [
      L[0] * L[0] + L[1] * L[1] + r * s[0] * s[0],
      L[0] * L[2] + L[1] * L[3] + r * s[0] * s[1],
      L[2] * L[0] + L[3] * L[1] + r * s[1] * s[0],
      L[2] * L[2] + L[3] * L[3] + r * s[1] * s[1],
    ];
    t.iterates[1].detail!.B!.forEach((v, i) => expect(v).toBeCloseTo(B1[i], 12));
  });

  it('B after 3 steps equals the dual-form BFGS in float64, and the tfjs (float32) run agrees', () => {
    const t = runAll(
      [makeRun('bfgs', { start: [-2.5, 1.2], steps: 4, tol: 1e-12 }, { lr: 0, beta: 0, h: 0 })],
      f64(F),
    )[0];
    const steps = t.iterates.slice(0, 3).map((it) => ({ s: it.detail!.s!, y: it.detail!.yv! }));
    const ref = bfgsDualInverse(steps);
    const B3 = t.iterates[3].detail!.B!;
    B3.forEach((v, i) => expect(v).toBeCloseTo(ref[i], 9));
    // secant condition on the last step: B₃ y₂ = s₂
    const { s, y } = steps[2];
    expect(B3[0] * y[0] + B3[1] * y[1]).toBeCloseTo(s[0], 9);
    const t32 = runOptimizers(
      ast(F),
      ['bfgs'],
      { start: [-2.5, 1.2], steps: 4, tol: 1e-12 },
      { lr: 0, beta: 0, h: 0 },
    )[0];
    t32.iterates[3].detail!.B!.forEach((v, i) =>
      expect(Math.abs(v - ref[i])).toBeLessThan(1e-3 * Math.max(1, Math.abs(ref[i]))),
    );
  });
});
