// The panels' engine values (compute/panels.ts) against analytic ones, and their caching.
import { beforeAll, describe, expect, it } from 'vitest';
import { runOptimizers } from '../math/engine';
import { ast, useCpu } from '../math/test-setup';
import { fdCurve, inverseHessianGaps, lineValues, panelStats, pointFacts, runHessians } from './panels';

beforeAll(useCpu);

describe('compute/panels', () => {
  it('pointFacts: f, ∇f, H of x²y + y³ at (1, 2) (f = 10, ∇f = (4, 13), H = [[4, 2], [2, 12]]), computed once', () => {
    const a = ast('x^2*y + y^3');
    const before = panelStats.computed;
    const f = pointFacts(a, 1, 2)!;
    expect(f.value).toBeCloseTo(10, 4);
    expect(f.gradient[0]).toBeCloseTo(4, 4);
    expect(f.gradient[1]).toBeCloseTo(13, 4);
    expect(f.hessian).toEqual([
      [expect.closeTo(4, 4), expect.closeTo(2, 4)],
      [expect.closeTo(2, 4), expect.closeTo(12, 4)],
    ]);
    expect(pointFacts(a, 1, 2)).toBe(f);
    expect(panelStats.computed - before).toBe(1);
    // undefined there: null, not a throw (log of a negative number is NaN in the facts)
    expect(pointFacts(ast('log(x)'), -1, 0)?.value ?? NaN).toBeNaN();
  });

  it('runHessians: the true H at every iterate (constant diag(2, 20) on x² + 10y²), one evaluation per run', () => {
    const a = ast('x^2 + 10*y^2');
    const [run] = runOptimizers(a, ['gd'], { start: [1, 1], steps: 5, tol: 1e-9 }, { lr: 0.01, beta: 0, h: 0 });
    const before = panelStats.computed;
    const hs = runHessians(a, run);
    expect(hs).toHaveLength(run.iterates.length);
    for (const h of hs) expect(h).toEqual([expect.closeTo(2, 5), 0, 0, expect.closeTo(20, 5)]);
    expect(runHessians(a, run)).toBe(hs);
    expect(panelStats.computed - before).toBe(1);
  });

  it('inverseHessianGaps: B = I against H⁻¹ = diag(1/2, 1/20) is √(0.5² + 0.95²)/√(0.5² + 0.05²); BFGS learns H⁻¹', () => {
    const a = ast('x^2 + 10*y^2');
    const [run] = runOptimizers(a, ['bfgs'], { start: [-2.5, 1.2], steps: 30, tol: 1e-6 }, { lr: 0, beta: 0, h: 0 });
    const { ks, g } = inverseHessianGaps(a, run);
    expect(ks[0]).toBe(0);
    expect(g[0]).toBeCloseTo(Math.hypot(0.5, 0.95) / Math.hypot(0.5, 0.05), 4);
    expect(Math.min(...g.slice(2))).toBeLessThan(0.05);
  });

  it('lineValues: φ(t) = f(x + t d) on a line (x² + y² from (1, 0) along (−1, 0): (1 − t)²)', () => {
    const v = lineValues(ast('x^2 + y^2'), [1, 0], [-1, 0], [0, 0.5, 1, 2])!;
    expect(Array.from(v)).toEqual([1, 0.25, 0, 1]);
  });

  it('fdCurve: the exact gradient of sin(x)cos(y), and at h = 1 the truncation errors (h/2·|∇²f·e| forward, h²/6·|f‴| central)', () => {
    const c = fdCurve(ast('sin(x)*cos(y)'), 0.3, 0.2)!;
    expect(c.exact[0]).toBeCloseTo(Math.cos(0.3) * Math.cos(0.2), 5);
    expect(c.exact[1]).toBeCloseTo(-Math.sin(0.3) * Math.sin(0.2), 5);
    // at the largest h (1) truncation dominates: the central error is far below the forward one
    const last = c.hs.length - 1;
    expect(c.hs[last]).toBeCloseTo(1, 6);
    const f = (x: number, y: number) => Math.sin(x) * Math.cos(y);
    const fwd = Math.hypot(f(1.3, 0.2) - f(0.3, 0.2) - c.exact[0], f(0.3, 1.2) - f(0.3, 0.2) - c.exact[1]);
    expect(c.forward[last]).toBeCloseTo(fwd, 3);
    expect(c.central[last]).toBeLessThan(c.forward[last] / 2);
  });
});
