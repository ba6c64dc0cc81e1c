import { describe, expect, it } from 'vitest';
import { equalScale, makeScales, MIN_EQUAL_FILL } from './scales';

describe('equalScale: x and y at one scale on the map where the area allows', () => {
  it('draws the catalog domains at one scale on a laptop and in a narrow embed', () => {
    const laptop = { w: 375, h: 282 };
    const embed = { w: 310, h: 362 };
    for (const domain of [
      [-2, 2, -1, 3],
      [-5, 5, -5, 5],
      [-3, 3, -2, 2],
      [-1.5, 4, -3, 4],
    ]) {
      expect(equalScale(domain, laptop)).toBe(true);
      expect(equalScale(domain, embed)).toBe(true);
    }
  });

  it('keeps two scales where one would leave the map less than half the area', () => {
    // 20 wide, 2 tall in a 4:3 area: at one scale the map would be a strip 13% as tall
    expect(equalScale([-10, 10, -1, 1], { w: 400, h: 300 })).toBe(false);
    expect(equalScale([-1, 1, -10, 10], { w: 400, h: 300 })).toBe(false);
    // at the limit: a domain twice as wide as the area's shape keeps exactly half (one scale);
    // a little wider, two
    expect(MIN_EQUAL_FILL).toBe(0.5);
    expect(equalScale([0, 8, 0, 3], { w: 400, h: 300 })).toBe(true);
    expect(equalScale([0, 8.1, 0, 3], { w: 400, h: 300 })).toBe(false);
    // before plotly has laid the area out: a 4:3 one
    expect(equalScale([-2, 2, -1, 3], null)).toBe(true);
    // a degenerate domain never asks for one scale
    expect(equalScale([1, 1, 0, 1], { w: 400, h: 300 })).toBe(false);
  });

  it('at one scale a unit is as long in x as in y, so a direction keeps its angle on screen', () => {
    // the axes' box plotly makes at one scale for [-2, 2] x [-1, 3] in a 375 x 282 area
    const s = makeScales({ l: 94.5, t: 8, w: 282, h: 282, xr: [-2, 2], yr: [-1, 3] });
    expect(s.x(1) - s.x(0)).toBeCloseTo(s.y(0) - s.y(1), 10);
    // ∇f = (1, 1) and the level set's tangent (1, -1) stay at right angles on screen
    const g = s.dir([1, 1]);
    const tangent = s.dir([1, -1]);
    expect(g[0] * tangent[0] + g[1] * tangent[1]).toBeCloseTo(0, 12);
  });
});
