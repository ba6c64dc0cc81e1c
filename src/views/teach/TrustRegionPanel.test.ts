// The trust-region panel's words and rows: the rule ρ triggers (CONTRACT §5 thresholds 0.1,
// 0.25, 0.75) and the Δ/ρ series read from the iterates, rejected steps kept.
import { describe, expect, it } from 'vitest';
import type { TrustRegionDetail } from '../../math/optimizers/types';
import { ruleText, trRows } from './TrustRegionPanel';

const base: TrustRegionDetail = {
  radius: 1,
  step: [1, 0],
  lambda: 0,
  interior: false,
  hard: false,
  predicted: 1,
  actual: 1,
  rho: 1,
  accepted: true,
  nextRadius: 2,
  cauchy: [1, 0],
};

describe('ruleText', () => {
  it('grows Δ on a good step at the boundary', () => {
    expect(ruleText(base)).toBe(
      'ρ > 0.1: the step is taken; ρ > 0.75 and the step reached the boundary: the model is good, Δ doubles to 2.',
    );
  });
  it('keeps Δ for a good step inside the region, and for a middling ρ', () => {
    expect(ruleText({ ...base, step: [0.5, 0], interior: true, nextRadius: 1 })).toContain(
      'but the step is inside the region: Δ stays 1',
    );
    expect(ruleText({ ...base, rho: 0.5, nextRadius: 1 })).toContain('0.25 ≤ ρ ≤ 0.75: Δ stays 1');
  });
  it('shrinks Δ below 0.25, takes the step above 0.1, rejects it below (NaN too)', () => {
    expect(ruleText({ ...base, rho: 0.2, nextRadius: 0.25 })).toBe(
      'ρ > 0.1: the step is taken; ρ < 0.25: the model was not trusted enough, Δ shrinks to Δ/4 = 0.25.',
    );
    expect(ruleText({ ...base, rho: -3, accepted: false, nextRadius: 0.25 })).toMatch(
      /^ρ ≤ 0.1: the step is rejected.*Δ\/4/,
    );
    expect(ruleText({ ...base, rho: NaN, accepted: false, nextRadius: 0.25 })).toContain('shrinks');
  });
});

describe('trRows', () => {
  it('one row per iteration with a detail, rejected ones kept', () => {
    const rows = trRows([
      { k: 0, detail: { trustRegion: base } },
      { k: 1, detail: { trustRegion: { ...base, radius: 2, rho: -1, accepted: false, nextRadius: 0.5 } } },
      { k: 2 },
    ]);
    expect(rows).toEqual([
      { k: 0, radius: 1, rho: 1, accepted: true },
      { k: 1, radius: 2, rho: -1, accepted: false },
    ]);
  });
});
