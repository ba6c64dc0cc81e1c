// Presets and tour steps whose lesson is mid-run open playback at their iteration; the others
// (and any scene changed since) open at the runs' end.
import { describe, expect, it } from 'vitest';
import { presetsFor } from '../math/presets';
import { defaultScene } from '../state/url';
import { tourScene, getTour } from './classroom/tours';
import { openingIteration } from './controls-logic';

describe('openingIteration', () => {
  const preset = (id: string) => presetsFor('rosenbrock').find((p) => p.id === id)!;

  it('the quasi-Newton preset opens at iteration 3, the line-search one at 1, others at the end', () => {
    expect(openingIteration({ ...defaultScene(), ...preset('quasi-newton').scene })).toBe(3);
    expect(openingIteration({ ...defaultScene(), ...preset('line-search').scene })).toBe(1);
    expect(openingIteration({ ...defaultScene(), ...preset('gd-vs-newton').scene })).toBeNull();
    expect(openingIteration(defaultScene())).toBeNull();
  });

  it('a preset changed since opens at the end', () => {
    expect(openingIteration({ ...defaultScene(), ...preset('quasi-newton').scene, steps: 50 })).toBeNull();
  });

  it('a tour step names its own iteration, and rules over a preset', () => {
    const qn = getTour('quasi-newton')!;
    expect(openingIteration(tourScene(qn, 1, defaultScene()))).toBe(3);
    expect(openingIteration(tourScene(qn, 2, defaultScene()))).toBeNull();
    expect(
      openingIteration({ ...defaultScene(), ...preset('quasi-newton').scene, tour: 'quasi-newton', tourStep: 0 }),
    ).toBeNull();
  });
});
