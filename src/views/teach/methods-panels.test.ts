// The pure parts of the conjugate-gradients and least-squares panels, on runs made as the app
// makes them (tfjs, float32), against analytic values.
import { beforeAll, describe, expect, it } from 'vitest';
import { runOptimizers } from '../../math/engine';
import { teaches } from '../../math/optimizers/registry';
import { ast, useCpu } from '../../math/test-setup';
import { conjugacyRows } from './ConjugacyPanel';
import { angleBetween } from '../../math/teach';
import { muFactor, muRows } from './LeastSquaresPanel';

beforeAll(useCpu);

describe('conjugacyRows', () => {
  it('on x² + 10y² (H = diag(2, 20)) CG’s two directions are H-conjugate and not orthogonal', () => {
    const a = ast('x^2 + 10*y^2');
    const [run] = runOptimizers(a, ['cg'], { start: [-2.5, 1.2], steps: 10, tol: 1e-5 }, { lr: 0, beta: 0, h: 0 });
    expect(run.iterates.length - 1).toBe(2);
    const rows = conjugacyRows(
      run,
      run.iterates.map(() => [2, 0, 0, 20]),
    );
    expect(rows).toHaveLength(1);
    const [r] = rows;
    expect(r.k).toBe(1);
    // d₀ = −∇f(x₀) = (5, −24); d₀ᵀHd₁ = 0 up to float32
    expect(r.prev[0]).toBeCloseTo(5, 4);
    expect(r.prev[1]).toBeCloseTo(-24, 3);
    expect(Math.abs(r.normalised)).toBeLessThan(1e-4);
    expect(Math.abs(r.angle - 90)).toBeGreaterThan(10);
    expect(r.restart).toBe(false);
  });
  it('skips iterations where H is undefined', () => {
    const a = ast('x^2 + 10*y^2');
    const [run] = runOptimizers(a, ['cg'], { start: [-2.5, 1.2], steps: 10, tol: 1e-5 }, { lr: 0, beta: 0, h: 0 });
    expect(
      conjugacyRows(
        run,
        run.iterates.map(() => null),
      ),
    ).toEqual([]);
  });
});

describe('least squares panel', () => {
  it('angleBetween: 0, 90 and 180 degrees, NaN for a zero vector', () => {
    expect(angleBetween([1, 0], [2, 0])).toBeCloseTo(0, 6);
    expect(angleBetween([1, 0], [0, 3])).toBeCloseTo(90, 6);
    expect(angleBetween([1, 1], [-1, -1])).toBeCloseTo(180, 4);
    expect(angleBetween([0, 0], [1, 0])).toBeNaN();
  });
  it('muRows: LM on Rosenbrock starts at μ = 1e-3·max(diag G) = 1.154, then moves by the contract’s rule', () => {
    const a = ast('(1 - x)^2 + 100*(y - x^2)^2');
    const [run] = runOptimizers(
      a,
      ['lm'],
      { start: [-1.2, 1], steps: 100, tol: 1e-5 },
      { lr: 0, beta: 0, h: 0 },
      undefined,
    );
    const rows = muRows(run);
    expect(rows[0].mu).toBeCloseTo(1.154, 3);
    // independent: μ_next = μ·max(1/3, 1 − (2ρ − 1)³) after a taken step, μ·ν after a rejected one
    for (let i = 1; i < rows.length; i++) {
      const p = rows[i - 1];
      const want = p.accepted ? p.mu * Math.max(1 / 3, 1 - (2 * p.rho - 1) ** 3) : p.mu * p.nu;
      expect(rows[i].mu).toBeCloseTo(want, 10);
      expect(muFactor(p)).toBeCloseTo(want / p.mu, 12);
    }
    expect(rows.some((r) => r.accepted && r.rho < 0.5)).toBe(true);
  });
  it('the registry puts each method in its panels', () => {
    expect(teaches('cg', 'conjugacy')).toBe(true);
    expect(teaches('lbfgs', 'quasi-newton')).toBe(true);
    expect(teaches('lbfgs', 'line-search')).toBe(true);
    expect(teaches('gd', 'line-search')).toBe(false);
    expect(teaches('lm', 'least-squares')).toBe(true);
    expect(teaches('nesterov', 'look-ahead')).toBe(true);
    expect(teaches('momentum', 'look-ahead')).toBe(false);
  });
});
