// The 3D view's pure geometry: z fit, focus box, clipping, the model/f equality test, and
// Newton's tip against closed forms.
import { describe, expect, it } from 'vitest';
import type { PointFacts } from '../../math/hessian';
import {
  anchorRange,
  clipPolyline,
  clipSegment,
  equalsF,
  fitZRange,
  focusBox,
  rowsClamped,
  zTickLabel,
  plotlyTicks,
  xyTicks,
  zTicks,
  zTicksClearOfTitle,
  zLabelGap,
  type Box,
} from './geometry';
import { modelLayers, newtonTip } from './models';

const grid = (f: (x: number, y: number) => number, [a, b, c, d]: number[], n = 121) => {
  const v = new Float32Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) v[j * n + i] = f(a + ((b - a) * i) / (n - 1), c + ((d - c) * j) / (n - 1));
  return v;
};

describe('fitZRange', () => {
  it('is f’s min to max plus 5 % each side on an ordinary surface (Rosenbrock)', () => {
    const v = grid((x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, [-2, 2, -1, 3]);
    let lo = Infinity;
    let hi = -Infinity;
    for (const t of v) [lo, hi] = [Math.min(lo, t), Math.max(hi, t)];
    const fit = fitZRange(v)!;
    expect(fit.cutAbove).toBeNull();
    // (the ends rounded outward to a tenth of the margin's magnitude: 10 here)
    expect(fit.range[0]).toBe(-130);
    expect(fit.range[1]).toBe(2640);
    expect(lo - 0.05 * (hi - lo)).toBeCloseTo(-125.45, 2);
    // f(-2, -1) = 9 + 100·25 = 2509 is a grid point
    expect(hi).toBeCloseTo(2509, 2);
  });

  it('keeps its range when f changes a little (a data point dragged among many)', () => {
    // a new range would rebuild the 3D axes on every drawing of the drag
    const v = grid((x, y) => 3 * x * x + 5 * y * y + 0.43, [-2, 2, -2, 2]);
    const fit = fitZRange(v)!;
    for (const d of [-0.01, 0.003, 0.02])
      expect(fitZRange(v.map((t) => t * (1 + d / 40) + d))!.range).toEqual(fit.range);
    // …and follows a real change
    expect(fitZRange(v.map((t) => 2 * t))!.range[1]).toBeGreaterThan(1.9 * fit.range[1]);
  });

  it('keeps Beale whole (a steep wall, not a spike)', () => {
    const beale = (x: number, y: number) =>
      (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y ** 3) ** 2;
    const fit = fitZRange(grid(beale, [-4.5, 4.5, -4.5, 4.5]))!;
    expect(fit.cutAbove).toBeNull();
    expect(fit.range[1]).toBeGreaterThan(181_000);
  });

  it('cuts a pole: 1/(x²+y²) keeps the body of the surface in view', () => {
    const v = grid((x, y) => 1 / (x * x + y * y), [-2, 2, -2, 2]);
    const fit = fitZRange(v)!;
    expect(v.some((t) => t === Infinity)).toBe(true); // the pole itself is a grid point: skipped
    expect(fit.cutAbove).not.toBeNull();
    // f's 99th percentile on this grid lies near r ≈ 0.22 (f ≈ 20): the cut is 4 × that
    expect(fit.range[1]).toBeLessThan(200);
    expect(fit.range[1]).toBeGreaterThan(20);
    expect(fit.range[0]).toBeLessThan(1 / 8); // min at the corners: 1/8
  });

  it('does not cut a narrow bump on a flat plane (the bump is the feature)', () => {
    const fit = fitZRange(grid((x, y) => Math.exp(-10 * (x * x + y * y)), [-10, 10, -10, 10]))!;
    expect(fit.cutAbove).toBeNull();
    expect(fit.range[1]).toBeGreaterThan(1);
  });

  it('ignores non-finite values; null when none is finite; a constant gets a span', () => {
    expect(fitZRange([NaN, Infinity, -Infinity])).toBeNull();
    expect(fitZRange([NaN, 2, 4])!.range).toEqual([1.9, 4.1]);
    const c = fitZRange([3, 3, 3])!.range;
    expect(c[0]).toBeLessThan(3);
    expect(c[1]).toBeGreaterThan(3);
  });
});

describe('clipPolyline', () => {
  const box: Box = { x: [-2, 2], y: [-1, 3], z: [0, 100] };

  it('cuts a diverging run where it leaves the box, exactly', () => {
    // gd from (0, 0) with values growing tenfold and the last at 1e17
    const pts = [
      { x: 0, y: 0, z: 1 },
      { x: 0.5, y: 0.5, z: 50 },
      { x: 1, y: 1, z: 150 },
      { x: -30, y: 40, z: 1e17 },
    ];
    const c = clipPolyline(pts, box);
    expect(c.clipped).toBe(true);
    // kept: the first two iterates and the cut at z = 100 on the segment (0.5,0.5,50)→(1,1,150)
    expect(c.z).toEqual([1, 50, 100]);
    expect(c.x[2]).toBeCloseTo(0.75, 12);
    expect(c.vertex).toEqual([true, true, false]);
    for (const z of c.z) if (z !== null) expect(z).toBeLessThanOrEqual(100);
  });

  it('puts a gap between pieces and re-enters at the face', () => {
    const pts = [
      { x: 0, y: 0, z: 50 },
      { x: 0, y: 0, z: 300 },
      { x: 1, y: 1, z: 300 },
      { x: 1, y: 1, z: 50 },
    ];
    const c = clipPolyline(pts, box);
    expect(c.z).toEqual([50, 100, null, 100, 50]);
    expect(c.vertex).toEqual([true, false, false, false, true]);
  });

  it('breaks at non-finite points and keeps an untouched run as it is', () => {
    const inside = [
      { x: 0, y: 0, z: 1 },
      { x: 1, y: 1, z: 2 },
    ];
    expect(clipPolyline(inside, box)).toEqual({
      x: [0, 1],
      y: [0, 1],
      z: [1, 2],
      vertex: [true, true],
      clipped: false,
    });
    const c = clipPolyline([inside[0], { x: NaN, y: 0, z: 0 }, inside[1]], box);
    expect(c.z).toEqual([1, null, 2]);
    expect(c.clipped).toBe(true);
  });

  it('clipSegment: misses and parallel cases', () => {
    expect(clipSegment({ x: 5, y: 0, z: 0 }, { x: 6, y: 0, z: 0 }, box)).toBeNull();
    expect(clipSegment({ x: -3, y: 0, z: 10 }, { x: 3, y: 0, z: 10 }, box)).toEqual([1 / 6, 5 / 6]);
  });
});

describe('focus box, clamping, equality', () => {
  it('focusBox spans the patch and f, T1, T2 on it, within the full range', () => {
    const b = focusBox([0, 1, 2, 3], [new Float32Array([1, 2]), new Float32Array([0, 5])], [-100, 100])!;
    expect(b.x).toEqual([0, 1]);
    expect(b.y).toEqual([2, 3]);
    expect(b.z[0]).toBeCloseTo(-0.4, 6);
    expect(b.z[1]).toBeCloseTo(5.4, 6);
    expect(focusBox([0, 1, 2, 3], [new Float32Array([-500, 5])], [-10, 100])!.z[0]).toBe(-10);
    expect(focusBox([0, 1, 2, 3], [new Float32Array([NaN])], [-10, 100])).toBeNull();
  });

  it('rowsClamped: gaps, clamping into the anchor range, lift', () => {
    const a = anchorRange([0, 100]);
    expect(a).toEqual([-2, 102]);
    expect(rowsClamped(new Float32Array([NaN, 1e17, -5, 50]), 2, 2, a, 1)).toEqual([
      [null, 102],
      [-2, 51],
    ]);
  });

  it('equalsF: T2 of a quadratic in float32 equals f; a non-quadratic does not', () => {
    const n = 25;
    const f = new Float32Array(n * n);
    const t2 = new Float32Array(n * n);
    const t2cubic = new Float32Array(n * n);
    for (let i = 0; i < n * n; i++) {
      const x = -1 + (2 * (i % n)) / (n - 1);
      const y = 1 + (2 * Math.floor(i / n)) / (n - 1);
      // f = x² + 10y² at p = (0, 1): T2 = 10 + 20(y−1) + x² + 10(y−1)², summed in another order
      f[i] = Math.fround(x * x) + Math.fround(10 * y * y);
      t2[i] = Math.fround(10 + 20 * (y - 1)) + Math.fround(x * x + 10 * (y - 1) ** 2);
      t2cubic[i] = f[i] + 1e-3 * x ** 3;
    }
    expect(equalsF(t2, f)).toBe(true);
    expect(equalsF(t2cubic, f)).toBe(false);
  });
});

describe('models', () => {
  const facts = (
    x: number,
    y: number,
    value: number,
    g: [number, number],
    h: [[number, number], [number, number]],
    curvature: PointFacts['curvature'],
  ): PointFacts => ({
    x,
    y,
    value,
    gradient: g,
    hessian: h,
    eigenvalues: [0, 0],
    eigenvectors: [
      [1, 0],
      [0, 1],
    ],
    curvature,
    condition: 1,
    gradNorm: Math.hypot(...g),
  });

  it('newtonTip on Rosenbrock at (-1, 1): the closed-form step and T2 there', () => {
    // f = (1−x)² + 100(y−x²)²; at (−1, 1): f = 4, ∇f = (−4, 0), H = [[402, 400], [400, 200]]
    const t = newtonTip(
      facts(
        -1,
        1,
        4,
        [-4, 0],
        [
          [402, 400],
          [400, 200],
        ],
        'indefinite',
      ),
    )!;
    // s = −H⁻¹∇f: det = 402·200 − 400² = −79600; H⁻¹∇f = [200·(−4), −400·(−4)] / det
    const sx = -((200 * -4) / -79600);
    const sy = -((-400 * -4) / -79600);
    expect(t.tip.x).toBeCloseTo(-1 + sx, 12);
    expect(t.tip.y).toBeCloseTo(1 + sy, 12);
    // T2 at the stationary point: f + ½ ∇f·s
    expect(t.tip.z).toBeCloseTo(4 + 0.5 * (-4 * sx), 10);
    expect(t.label).toBe('saddle of T2');
    expect(t.from).toEqual({ x: -1, y: 1, z: 4 });
  });

  it('labels by curvature; no tip where H is singular', () => {
    // f = x² + 10y² at (1, 1): f = 11, ∇f = (2, 20); Newton lands on f's minimum (0, 0, 0)
    const bowl = newtonTip(
      facts(
        1,
        1,
        11,
        [2, 20],
        [
          [2, 0],
          [0, 20],
        ],
        'positive-definite',
      ),
    )!;
    expect(bowl.label).toBe('min of T2');
    expect(bowl.tip).toEqual({ x: 0, y: 0, z: 0 });
    expect(
      newtonTip(
        facts(
          0,
          0,
          0,
          [1, 1],
          [
            [-1, 0],
            [0, -1],
          ],
          'negative-definite',
        ),
      )!.label,
    ).toBe('max of T2');
    expect(
      newtonTip(
        facts(
          0,
          0,
          0,
          [1, 1],
          [
            [1, 1],
            [1, 1],
          ],
          'semidefinite',
        ),
      ),
    ).toBeNull();
    expect(newtonTip(null)).toBeNull();
  });

  it('modelLayers is generic over the shown orders', () => {
    const patch = { t1: new Float32Array(1), t2: new Float32Array(1), f: new Float32Array(1) };
    const { drawn, missing } = modelLayers(patch, [2, 1, 2, 4]);
    expect(drawn.map((d) => d.order)).toEqual([1, 2]);
    expect(missing).toEqual([4]);
    // orders 3–6 come in the patch's `higher` (compute/taylorModels.ts)
    expect(modelLayers({ ...patch, higher: { 3: new Float32Array(1) } }, [3]).drawn[0].order).toBe(3);
  });
});

describe('zTicks', () => {
  it('puts no tick in the lowest 15% of the box, where its label met the corner labels of x and y', () => {
    // Himmelblau's box: f from 0 to ~890, 5% below and above
    const z: [number, number] = [-44.5, 934.5];
    const t = zTicks(z);
    expect(t).toEqual([200, 400, 600, 800]);
    expect(t.every((v) => v >= z[0] + 0.15 * (z[1] - z[0]))).toBe(true);
  });
  it('gives round values, every one inside the box', () => {
    const z: [number, number] = [0.05, 0.93];
    const t = zTicks(z);
    expect(t).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(t.every((v) => v >= z[0] && v <= z[1])).toBe(true);
  });
  it('leaves at least two ticks', () => {
    expect(zTicks([0.9, 2.1])).toEqual([1.5, 2]);
    expect(zTicks([0, 0.00001]).length).toBeGreaterThanOrEqual(2);
  });
});

describe('zTicksClearOfTitle (presenter mode)', () => {
  it('leaves the middle of the axis, where plotly writes “f”, without labels; their grid lines stay', () => {
    // Rosenbrock's box: 1000 lay 9% below the middle; finer steps give 500, 2000 and 2500
    const r = zTicksClearOfTitle([-130, 2640]);
    expect(r.vals).toEqual([500, 1000, 1500, 2000, 2500]);
    expect(r.text).toEqual(['500', '', '', '2000', '2500']);
    // Himmelblau's: 400 blank, the rest labelled
    expect(zTicksClearOfTitle([-44.5, 934.5]).text).toEqual(['200', '', '600', '800']);
  });
  it('in a small view keeps labels apart: on a 1280×720 projector 2500 sat on 2000', () => {
    // the 3D view's box there is ~330 px high: two labels need ~24% of z's span between them
    expect(zLabelGap(330)).toBe(0.25);
    expect(zLabelGap(560)).toBe(0.15);
    expect(zLabelGap(2000)).toBe(0.05);
    expect(zLabelGap(100)).toBe(0.3);
    expect(zLabelGap(0)).toBe(0);
    const small = zTicksClearOfTitle([-130, 2640], zLabelGap(330));
    expect(small.vals).toEqual([500, 1000, 1500, 2000, 2500]);
    expect(small.text).toEqual(['500', '', '', '2000', '']);
    // on 1920×1080 (~560 px) all three fit, as before
    expect(zTicksClearOfTitle([-130, 2640], zLabelGap(560)).text).toEqual(['500', '', '', '2000', '2500']);
    // Himmelblau at 720: 800 is 20% above 600
    expect(zTicksClearOfTitle([-44.5, 934.5], zLabelGap(330)).text).toEqual(['200', '', '600', '']);
  });
  it('writes labels as plotly does', () => {
    expect([0, -1.5, 2000, 150000, 2.5e6, 3e9].map(zTickLabel)).toEqual(['0', '−1.5', '2000', '150k', '2.5M', '3B']);
  });
  it('writes every minus sign as a minus, the exponent’s too', () => {
    expect([-2e-7, 3e-9, -4e6].map(zTickLabel)).toEqual(['−2e−7', '3e−9', '−4M']);
  });
});

describe('x and y ticks', () => {
  it('are the ticks plotly chooses for nticks 4', () => {
    expect(plotlyTicks([-5, 5], 4)).toEqual([-5, 0, 5]);
    expect(plotlyTicks([-2, 2], 4)).toEqual([-2, 0, 2]);
    expect(plotlyTicks([-1, 3], 4)).toEqual([0, 2]);
    expect(plotlyTicks([-4.5, 4.5], 4)).toEqual([-4, -2, 0, 2, 4]);
    expect(plotlyTicks([0.1, 0.7], 4)).toEqual([0.2, 0.4, 0.6]);
  });
  it('leave y’s first label empty where it meets x’s at the near corner (Himmelblau’s “−5−5”)', () => {
    const h = xyTicks([-5, 5], [-5, 5], 4);
    expect(h.x.text).toEqual(['−5', '0', '5']);
    expect(h.y).toEqual({ vals: [-5, 0, 5], text: ['', '0', '5'] });
    // Rosenbrock: x's −2 is at the corner, y starts at 0, halfway up its axis: no clash
    expect(xyTicks([-2, 2], [-1, 3], 4).y.text).toEqual(['0', '2']);
    // x with no tick near its low end: y keeps its label there
    expect(xyTicks([-3, 3], [-4, 4], 4).y.text).toEqual(['−4', '−2', '0', '2', '4']);
  });
});
