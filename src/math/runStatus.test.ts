// The status classifier on hand-made trajectories: each branch, unknown optimizers and
// statuses, and the number words. (Real runs: compute/runEnds.test.ts.)
import { describe, expect, it } from 'vitest';
import { classifyRun, num, powerBelow, type EndFacts, type RunLike } from './runStatus';

const run = (
  status: string,
  values: number[],
  pos?: [number, number][],
  detail?: RunLike['iterates'][number]['detail'],
): RunLike => ({
  optimizer: 'some-new-method',
  status,
  iterates: values.map((v, k) => ({
    k,
    x: pos ? pos[k][0] : k,
    y: pos ? pos[k][1] : 0,
    value: v,
    gradNorm: Number.isFinite(v) ? 1 : NaN,
    ...(detail && k === values.length - 1 ? { detail } : {}),
  })),
});
const ctx = (end: EndFacts | null = null, range: { min: number; max: number } | null = { min: 0, max: 10 }) => ({
  end,
  range,
  span: 4,
});
const facts = (g: [number, number], h: [number, number, number], value = 1, f32Error = 1e-7): EndFacts => ({
  value,
  gradient: g,
  hessian: h,
  f32Error,
});

describe('classifyRun', () => {
  it('a start where f is undefined, or ∇f is', () => {
    expect(classifyRun(run('diverged', [NaN]), ctx()).code).toBe('start-undefined');
    expect(classifyRun(run('diverged', [-Infinity]), ctx()).words).toMatch(
      /^start is outside f's domain: f is not finite/,
    );
    const noGrad: RunLike = {
      optimizer: 'gd',
      status: 'diverged',
      iterates: [{ k: 0, x: 0, y: 0, value: 0, gradNorm: NaN }],
    };
    expect(classifyRun(noGrad, ctx()).code).toBe('start-no-gradient');
  });

  it('diverged: growing, falling, leaving the domain, or plain', () => {
    expect(classifyRun(run('diverged', [1, 50, 5e4, 5e7, Infinity]), ctx()).words).toBe(
      'diverging (f grew past 10⁷ by iteration 3, then overflowed float32 at iteration 4)',
    );
    expect(classifyRun(run('diverged', [1, 0.5, -Infinity]), ctx()).code).toBe('unbounded-below');
    expect(classifyRun(run('diverged', [1, -5e3, -5e6, NaN]), ctx()).code).toBe('unbounded-below');
    expect(classifyRun(run('diverged', [1, 0.5, NaN]), ctx()).code).toBe('left-domain');
    expect(classifyRun(run('diverged', [1, 0.5, NaN]), ctx()).words).toMatch(/outside f's domain/);
    // position lost without f growing first: still the run running away
    const lost = run(
      'diverged',
      [1, 2, NaN],
      [
        [0, 0],
        [1, 1],
        [NaN, Infinity],
      ],
    );
    expect(classifyRun(lost, ctx()).code).toBe('diverging');
  });

  it('max-steps: still growing far past f’s range is diverging; growth that came back, or within range, is not', () => {
    expect(classifyRun(run('max-steps', [1, 10, 100, 1e3, 1e4]), ctx()).code).toBe('diverging');
    // beyond the range (10 + 10·10 = 110) though not 1000×: still diverging
    expect(classifyRun(run('max-steps', [5, 20, 60, 120, 200]), ctx()).code).toBe('diverging');
    // no range known: needs the 1000× growth
    expect(classifyRun(run('max-steps', [5, 20, 60, 120, 200]), ctx(null, null)).code).toBe('max-steps');
    expect(classifyRun(run('max-steps', [1, 1e4, 1e5, 10, 1]), ctx()).code).toBe('max-steps');
    expect(classifyRun(run('max-steps', [1, 2, 3, 4]), ctx()).words).toBe(
      'reached the step limit (3 iterations) without converging',
    );
    expect(classifyRun(run('max-steps', [1, -100, -1e3, -1e4]), ctx()).code).toBe('unbounded-below');
  });

  it('converged: a minimum, a saddle, a maximum, or only a flat region', () => {
    const c = (end: EndFacts | null) => classifyRun(run('converged', [3, 2, 1]), ctx(end));
    expect(c(facts([1e-6, 0], [2, 0, 20])).code).toBe('converged');
    expect(c(facts([1e-6, 0], [-2, 0, 20])).code).toBe('converged-saddle');
    expect(c(facts([1e-6, 0], [-2, 0, -20])).code).toBe('converged-maximum');
    // the model's stationary point 0.1 away (> 1e-3 · span 4): flat, even though H is positive definite
    expect(c(facts([1e-6, 0], [1e-5, 0, 1e-5])).code).toBe('flat');
    // singular H
    expect(c(facts([0, 0], [0, 0, 1])).code).toBe('flat');
    expect(c(facts([1e-6, 0], [2, 0, 20])).words).toMatch(/^converged after 2 iterations/);
    expect(c(facts([1e-6, 0], [1e-5, 0, -1e-5])).words).toMatch(
      /the gradient is below tol on a flat region, not necessarily a minimum/,
    );
    // no facts: the plain words
    expect(c(null).words).toBe('converged after 2 iterations (‖∇f‖ ≤ tol)');
    expect(c(facts([1e-6, 0], [NaN, 0, 1])).code).toBe('converged');
  });

  it('line search failed: float32 can tell no decrease, or the search truly failed', () => {
    const trials = Array.from({ length: 31 }, (_, i) => ({ t: 2 ** -i }));
    // ∇f·d = −1e-9 at t ≤ 1; |g|²/(2λ) = 1e-12: both below 4 × 1e-6
    const tiny = run('line-search-failed', [9, 8.95], undefined, { trials, slope: -1e-9 });
    const f32 = classifyRun(tiny, ctx(facts([1e-6, 1e-6], [400, 0, 400], 8.95, 1e-6)));
    expect(f32.code).toBe('line-search-float32');
    expect(f32.words).toMatch(
      /^line search cannot decrease f in float32 here: the point is as good as float32 can tell/,
    );
    // a kink: |∇f·d| = 1 is far above float32's rounding of f
    const kink = run('line-search-failed', [1, 0.5], undefined, { trials, slope: -1 });
    expect(classifyRun(kink, ctx(facts([1, 1], [0, 0, 0], 0.5, 1e-7))).code).toBe('line-search-failed');
    // negative curvature at the end: f can still decrease, whatever the search saw
    expect(classifyRun(tiny, ctx(facts([1e-6, 1e-6], [-400, 0, 400], 8.95, 1e-6))).code).toBe('line-search-failed');
    // no facts
    expect(classifyRun(tiny, ctx(null)).words).toMatch(/the line search found no step/);
  });

  it('max-steps where float32 cannot see f decrease: as good as float32 can tell', () => {
    const r = run('max-steps', [9, 8.95, 8.95]);
    expect(classifyRun(r, ctx(facts([4e-4, 1e-4], [396, 0, 396], 8.95, 1e-6))).code).toBe('max-steps-float32');
    expect(classifyRun(r, ctx(facts([4e-4, 1e-4], [396, 0, 396], 8.95, 1e-6))).words).toMatch(
      /^reached the step limit \(2 iterations\) at a point as good as float32 can tell/,
    );
    // a gradient float32 can follow: the plain step limit
    expect(classifyRun(r, ctx(facts([1.8, 0], [2, 0, 200], 3.8, 1e-6))).code).toBe('max-steps');
  });

  it('stalled, singular Hessian, and statuses it does not know', () => {
    expect(classifyRun(run('stalled', [1, 0.5]), ctx(facts([1, 0], [1, 0, 1]))).code).toBe('stalled');
    expect(classifyRun(run('stalled', [1, 0.5]), ctx(facts([1e-9, 0], [1, 0, 1], 0.5, 1e-7))).code).toBe(
      'stalled-float32',
    );
    expect(classifyRun(run('singular-hessian', [1, 0.5]), ctx()).words).toBe(
      'stopped at iteration 1: the Hessian is singular',
    );
    expect(classifyRun(run('weird-new-status', [1, 0.5]), ctx())).toEqual({
      code: 'other',
      words: 'weird-new-status at iteration 1',
    });
    expect(classifyRun({ optimizer: 'x', status: 'max-steps', iterates: [] }, ctx()).code).toBe('other');
  });

  it('numbers in words', () => {
    expect(num(1.5e17)).toBe('1.5·10¹⁷');
    expect(num(1e-9)).toBe('10⁻⁹');
    expect(num(-2.34e-7)).toBe('−2.3·10⁻⁷');
    expect(num(181.6123)).toBe('182');
    expect(num(-0.5)).toBe('−0.5');
    expect(num(NaN)).toBe('undefined');
    expect(powerBelow(4.1e35)).toBe('10³⁵');
    expect(powerBelow(4300)).toBe('1000');
  });
});
