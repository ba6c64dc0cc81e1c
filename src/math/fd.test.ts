// Finite-difference error curves in float32: truncation slopes 1 (forward) and 2 (central)
// for large h, and the rounding rise for small h, against float64 expectations.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fdErrors, fdGradients, logLogSlope, logspace } from './fd';
import { evalJet64 } from './jet';
import { ast, useCpu } from './test-setup';

beforeAll(useCpu);

// f = sin(x)·exp(y) at (0.7, 0.3): smooth, every derivative nonzero there.
const F = 'sin(x)*exp(y)';
const P: [number, number] = [0.7, 0.3];

describe('fdErrors', () => {
  const c = () => fdErrors(ast(F), P[0], P[1]);

  it('log-spaces h from 1e-8 to 1 and uses the exact AD gradient', () => {
    const { hs, exact } = c();
    expect(hs.length).toBe(33);
    expect(hs[0]).toBeCloseTo(1e-8, 20);
    expect(hs[32]).toBeCloseTo(1, 12);
    // ∇(sin x e^y) = (cos x e^y, sin x e^y), float64 by hand
    expect(exact[0]).toBeCloseTo(Math.cos(0.7) * Math.exp(0.3), 5);
    expect(exact[1]).toBeCloseTo(Math.sin(0.7) * Math.exp(0.3), 5);
  });

  it('truncation regime: forward error slope ≈ 1, central ≈ 2 in log-log', () => {
    const { hs, forward, central } = c();
    expect(logLogSlope(hs, forward, 3e-3, 0.3)).toBeGreaterThan(0.85);
    expect(logLogSlope(hs, forward, 3e-3, 0.3)).toBeLessThan(1.15);
    expect(logLogSlope(hs, central, 3e-2, 0.3)).toBeGreaterThan(1.8);
    expect(logLogSlope(hs, central, 3e-2, 0.3)).toBeLessThan(2.2);
  });

  it('forward truncation error matches h/2·‖∇(∂f/∂h-direction)‖ from the float64 Hessian', () => {
    // forward error ≈ (h/2)·(fxx, fyy) for small h (leading Taylor term)
    const j = evalJet64(ast(F), P[0], P[1]);
    const { hs, forward } = c();
    const i = hs.findIndex((h) => h > 0.009 && h < 0.02);
    const predicted = (hs[i] / 2) * Math.hypot(j.hxx, j.hyy);
    expect(Math.abs(forward[i] - predicted) / predicted).toBeLessThan(0.1);
  });

  it('rounding regime: the error rises again for small h and far exceeds its minimum', () => {
    const { hs, forward, central, best } = c();
    const minC = Math.min(...central);
    // at h = 1e-8 float32 cannot even see the step (x + h rounds to x): the error is O(|∇f|)
    expect(central[0]).toBeGreaterThan(1000 * minC);
    expect(forward[0]).toBeGreaterThan(100 * Math.min(...forward));
    // slope ≈ −1 in the rounding regime (error ~ eps|f|/h), noisy: allow a wide band
    const s = logLogSlope(hs, central, 1e-6, 1e-4);
    expect(s).toBeLessThan(-0.5);
    // the best central step in float32 sits near eps^(1/3) ≈ 4e-3 (between 1e-4 and 0.1), not at 1e-8
    expect(best.central).toBeGreaterThan(1e-4);
    expect(best.central).toBeLessThan(0.1);
    expect(best.forward).toBeGreaterThan(1e-5);
    expect(best.forward).toBeLessThan(1e-2);
  });

  it('undefined f gives NaN errors, not a throw', () => {
    const r = fdErrors(ast('log(x)'), 0.5, 0, 1e-8, 1, 9);
    expect(Number.isNaN(r.central[8])).toBe(true); // x − 1 < 0
    expect(Number.isFinite(r.central[4])).toBe(true);
  });

  it('keeps tf.memory().numTensors flat', () => {
    c();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) c();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('helpers', () => {
  it('fdGradients: forward and central on a quadratic in float64', () => {
    // f = x² at x = 1: forward (1.21 − 1)/0.1 = 2.1, central (1.21 − 0.81)/0.2 = 2
    const g = fdGradients(1, 1.21, 0.81, 1, 1, 0.1);
    expect(g.forward[0]).toBeCloseTo(2.1, 12);
    expect(g.central[0]).toBeCloseTo(2, 12);
  });
  it('logLogSlope recovers a power law', () => {
    const hs = logspace(1e-3, 1, 10);
    expect(
      logLogSlope(
        hs,
        hs.map((h) => 3 * h ** 2),
        1e-3,
        1,
      ),
    ).toBeCloseTo(2, 10);
  });
});
