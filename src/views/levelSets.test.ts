import { describe, expect, it } from 'vitest';
import { levelSetPath } from './levelSets';

/** The path's polylines as arrays of points. */
function polylines(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const m of d.matchAll(/([ML])([-\d.e]+),([-\d.e]+)/g)) {
    const p: [number, number] = [Number(m[2]), Number(m[3])];
    if (m[1] === 'M') out.push([p]);
    else out[out.length - 1].push(p);
  }
  return out;
}

const field = (n: number, f: (i: number, j: number) => number) => {
  const v: number[] = [];
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) v.push(f(i, j));
  return v;
};
const identity = (i: number, j: number): [number, number] => [i, j];

describe('levelSetPath', () => {
  it('draws a plane’s level set as the straight line where it takes that value, edge to edge', () => {
    // v = i + 0.3 j on 25 × 25 samples: the level 10 is the line i = 10 − 0.3 j
    const lines = polylines(levelSetPath(field(25, (i, j) => i + 0.3 * j), 25, 25, [10], identity));
    expect(lines).toHaveLength(1);
    const pts = lines[0];
    for (const [i, j] of pts) expect(Math.abs(i + 0.3 * j - 10)).toBeLessThan(0.011);
    // it spans the patch from the first row to the last, and no point lies outside it
    const js = pts.map((p) => p[1]).sort((a, b) => a - b);
    expect(js[0]).toBeCloseTo(0, 5);
    expect(js[js.length - 1]).toBeCloseTo(24, 5);
    for (const [i, j] of pts) {
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThanOrEqual(24);
      expect(j).toBeGreaterThanOrEqual(0);
      expect(j).toBeLessThanOrEqual(24);
    }
  });

  it('draws closed level sets of a bowl on the circle of that level, one per level', () => {
    const bowl = field(41, (i, j) => (i - 20) ** 2 + (j - 20) ** 2);
    const lines = polylines(levelSetPath(bowl, 41, 41, [25, 100], identity));
    expect(lines).toHaveLength(2);
    const radii = lines.map((l) => l.map(([i, j]) => Math.hypot(i - 20, j - 20)));
    // linear interpolation of r² between samples: within a few hundredths of the radius
    const [r5, r10] = radii.sort((a, b) => a[0] - b[0]);
    for (const r of r5) expect(Math.abs(r - 5)).toBeLessThan(0.06);
    for (const r of r10) expect(Math.abs(r - 10)).toBeLessThan(0.06);
    // closed: the line ends where it began
    for (const l of lines) expect(l[0]).toEqual(l[l.length - 1]);
  });

  it('places points with toPx, and draws nothing for levels the values do not reach', () => {
    const plane = field(5, (i) => i);
    const d = levelSetPath(plane, 5, 5, [2.5], (i, j) => [100 + 10 * i, 50 - 10 * j]);
    for (const [x] of polylines(d).flat()) expect(x).toBeCloseTo(125, 6);
    expect(levelSetPath(plane, 5, 5, [7, -1], identity)).toBe('');
    expect(levelSetPath(plane, 5, 5, [], identity)).toBe('');
  });

  it('leaves gaps (null or NaN samples) without lines through them', () => {
    const v: (number | null)[] = field(9, (i) => i);
    for (let j = 0; j < 9; j++) v[j * 9 + 4] = j < 4 ? null : NaN;
    for (const [i] of polylines(levelSetPath(v, 9, 9, [4], identity)).flat()) expect(Math.abs(i - 4)).toBeGreaterThan(0.4);
  });
});
