import { describe, expect, it } from 'vitest';
import { chooseLevels, levelSetPath, levelSetPaths, MAX_LEVELS, roundUp2 } from './levelSets';

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
    const lines = polylines(
      levelSetPath(
        field(25, (i, j) => i + 0.3 * j),
        25,
        25,
        [10],
        identity,
      ),
    );
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
    for (const [i] of polylines(levelSetPath(v, 9, 9, [4], identity)).flat())
      expect(Math.abs(i - 4)).toBeGreaterThan(0.4);
  });
});

describe('chooseLevels', () => {
  const range = (v: number[]) => [Math.min(...v), Math.max(...v)];

  it('rounds the spacing up to two significant digits', () => {
    expect(roundUp2(0.3712)).toBe(0.38);
    expect(roundUp2(1234)).toBe(1300);
    expect(roundUp2(0.5)).toBe(0.5);
    expect(roundUp2(9.91)).toBe(10);
    expect(roundUp2(2.5e-7)).toBe(2.5e-7);
  });

  it('picks 5 or 6 evenly spaced levels inside the model’s range, one through p’s value, for any range', () => {
    // planes, bowls and saddles of very different scales, p's value anywhere in the range
    const fields = [
      field(25, (i, j) => 3 * i - 2 * j),
      field(25, (i, j) => 1e4 * ((i - 3) ** 2 + 7 * (j - 20) ** 2) + 1e6),
      field(25, (i, j) => 1e-3 * ((i - 12) ** 2 - (j - 12) ** 2)),
      field(25, (i, j) => Math.sin(i / 4) * Math.cos(j / 5) - 170),
    ];
    for (const v of fields) {
      const [lo, hi] = range(v);
      for (const t of [0, 0.13, 0.5, 0.97].map((q) => lo + q * (hi - lo))) {
        const { levels, step } = chooseLevels(v, 25, 25, t);
        expect(levels.length).toBeGreaterThanOrEqual(5);
        expect(levels.length).toBeLessThanOrEqual(Math.min(6, MAX_LEVELS));
        // spread over the range: the levels cover 4 of its ~6 steps at least, all strictly inside
        expect(levels[levels.length - 1] - levels[0]).toBeGreaterThan(0.6 * (hi - lo));
        for (const l of levels) {
          expect(l).toBeGreaterThan(lo);
          expect(l).toBeLessThan(hi);
          // on the grid through t
          const k = (l - t) / step;
          expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
        }
        for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeCloseTo(step, 9);
      }
    }
  });

  it('draws no level for a model that is flat to float32 (T1 where ∇f = 0), and skips gaps', () => {
    expect(
      chooseLevels(
        field(25, () => 170),
        25,
        25,
        170,
      ).levels,
    ).toEqual([]);
    expect(
      chooseLevels(
        field(25, (i) => 170 + i * 1e-7),
        25,
        25,
        170,
      ).levels,
    ).toEqual([]);
    expect(chooseLevels([NaN, NaN], 2, 1, 0).levels).toEqual([]);
    const holes = field(25, (i, j) => i + j).map((v, k) => (k % 7 === 0 ? NaN : v));
    expect(chooseLevels(holes, 25, 25, 24).levels.length).toBeGreaterThanOrEqual(5);
  });

  it('T2 at a minimum inside the patch: 5 or more closed curves around it, every level below the patch’s rim', () => {
    // T2(x) = ½ (x − m)ᵀ H (x − m) with H = diag(2, 6) around m = (12, 11), p at (15, 13)
    const t2 = field(25, (i, j) => (i - 12) ** 2 + 3 * (j - 11) ** 2 + 4);
    const p = t2[13 * 25 + 15];
    const { levels } = chooseLevels(t2, 25, 25, p);
    expect(levels).toContain(p);
    const paths = levelSetPaths(t2, 25, 25, levels, identity);
    expect(paths.length).toBe(levels.length);
    const rim = Math.min(...t2.filter((_, k) => k % 25 === 0 || k % 25 === 24 || k < 25 || k >= 600));
    let closed = 0;
    for (const { level, d } of paths) {
      expect(level).toBeLessThan(rim);
      const lines = polylines(d);
      expect(lines, `level ${level}`).toHaveLength(1);
      const l = lines[0];
      expect(l[0]).toEqual(l[l.length - 1]);
      // an ellipse around m: every point at T2 = level, i.e. on (i−12)² + 3(j−11)² = level − 4,
      // up to linear interpolation between samples (d3’s marching squares: within 1 of the level on this unit grid)
      for (const [i, j] of l) expect(Math.abs((i - 12) ** 2 + 3 * (j - 11) ** 2 - (level - 4))).toBeLessThan(1);
      const is = l.map((q) => q[0]);
      const js = l.map((q) => q[1]);
      expect(Math.min(...is)).toBeLessThan(12);
      expect(Math.max(...is)).toBeGreaterThan(12);
      expect(Math.min(...js)).toBeLessThan(11);
      expect(Math.max(...js)).toBeGreaterThan(11);
      closed++;
    }
    expect(closed).toBeGreaterThanOrEqual(5);
  });

  it('T2 at a saddle: levels on both sides of the saddle’s value, each a hyperbola’s two branches', () => {
    const t2 = field(25, (i, j) => (i - 12) ** 2 - 2 * (j - 12) ** 2);
    const { levels } = chooseLevels(t2, 25, 25, t2[10 * 25 + 16]);
    expect(levels.some((l) => l > 0)).toBe(true);
    expect(levels.some((l) => l < 0)).toBe(true);
    for (const { level, d } of levelSetPaths(t2, 25, 25, levels, identity)) {
      if (Math.abs(level) < 1) continue;
      const pts = polylines(d).flat();
      // open curves (no closed ring), on the hyperbola (i−12)² − 2(j−12)² = level, and on both
      // sides of the saddle: left and right for a level above its value, below and above under it
      for (const l of polylines(d)) expect(l[0]).not.toEqual(l[l.length - 1]);
      for (const [i, j] of pts) expect(Math.abs((i - 12) ** 2 - 2 * (j - 12) ** 2 - level)).toBeLessThan(1);
      const side = pts.map(([i, j]) => Math.sign(level > 0 ? i - 12 : j - 12));
      expect(side).toContain(1);
      expect(side).toContain(-1);
      expect(side).not.toContain(0);
    }
  });
});
