// The marks' geometry in Node: scales, arrows, labels, markers, the Taylor level sets placed in
// pixels, the tooltip's numbers, and the handles' keyboard moves.
import { describe, expect, it } from 'vitest';
import { pointFacts } from '../../math/hessian';
import { newtonStep } from '../../math/taylor';
import { keyMove } from './Handles';
import {
  arrow,
  eigenLabelSide,
  keepInside,
  labelBeyond,
  labelBox,
  markerPath,
  newtonTipText,
  overlaps,
  pointLabel,
  textWidth,
  tipLabel,
} from './geometry';
import { modelLevelSets } from './levels';
import { cursorReadout } from './readout';
import { makeScales, type Geometry } from './scales';
import { clampToDomain, tidy } from './useDrag';

const G: Geometry = { l: 48, t: 8, w: 400, h: 300, xr: [-2, 2], yr: [-1, 2] };
const s = makeScales(G);

describe('scales', () => {
  it('maps the axes’ ends to the plot area’s edges (y down) and back', () => {
    expect(s.x(-2)).toBe(48);
    expect(s.x(2)).toBe(448);
    expect(s.y(-1)).toBe(308);
    expect(s.y(2)).toBe(8);
    for (const p of [
      [0.3, 1.7],
      [-1.99, -0.5],
    ] as [number, number][]) {
      const [cx, cy] = s.at(p);
      const back = s.invert(cx, cy);
      expect(back[0]).toBeCloseTo(p[0], 12);
      expect(back[1]).toBeCloseTo(p[1], 12);
    }
    expect(s.inside([48, 8])).toBe(true);
    expect(s.inside([47, 100])).toBe(false);
  });

  it('turns data directions into unit pixel directions with each axis’s own scale', () => {
    // 100 px per x unit, 100 px per y unit here; y flips
    const e0 = s.dir([1, 0]);
    expect(e0[0]).toBe(1);
    expect(Math.abs(e0[1])).toBe(0);
    const d = s.dir([1, 1]);
    expect(d[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(d[1]).toBeCloseTo(-Math.SQRT1_2, 12);
    const wide = makeScales({ ...G, w: 800 }); // 200 px per x unit
    const e = wide.dir([1, 1]);
    expect(e[1] / e[0]).toBeCloseTo(-0.5, 12);
  });
});

describe('geometry', () => {
  it('names the Newton step’s tip by what it is for T2', () => {
    expect(newtonTipText('minimum')).toBe('min of T2');
    expect(newtonTipText('maximum')).toBe('max of T2');
    expect(newtonTipText('saddle')).toBe('saddle of T2');
  });

  it('draws an arrow whose head ends at the target and whose shaft stops at the head', () => {
    const { shaft, head } = arrow([0, 0], [100, 0], 12);
    expect(shaft).toEqual([
      [0, 0],
      [88, 0],
    ]);
    expect(head![0]).toEqual([100, 0]);
    expect(head![1][0]).toBeCloseTo(88, 12);
    expect(Math.abs(head![1][1] - head![2][1])).toBeCloseTo(2 * 12 * 0.55, 12);
    expect(arrow([5, 5], [5, 5]).head).toBeNull();
  });

  it('puts a label beyond the tip, away from where the step came from, inside the plot', () => {
    const right = labelBeyond([100, 100], [200, 100], G);
    expect(right).toEqual({ x: 216, y: 100, anchor: 'start' });
    const left = labelBeyond([300, 100], [200, 100], G);
    expect(left.anchor).toBe('end');
    expect(left.x).toBe(184);
    // a tip off the plot: the label is pulled to the edge, reading inwards
    const off = labelBeyond([100, 100], [900, 1000], G);
    expect(off.x).toBe(G.l + G.w - 12);
    expect(off.y).toBe(G.t + G.h - 12);
    expect(off.anchor).toBe('end');
  });

  it('puts a short step’s label clear of p, on the side away from ∇f', () => {
    // a 3 px step: the label goes 30 px from p, opposite ∇f (pointing right): to the left
    const l = tipLabel([200, 150], [202, 152], G, [1, 0]);
    expect(l.x).toBe(170);
    expect(l.y).toBe(150);
    expect(l.anchor).toBe('end');
    // a long step: beyond its tip as before
    expect(tipLabel([100, 100], [200, 100], G, [1, 0])).toEqual(labelBeyond([100, 100], [200, 100], G));
  });

  it('draws every marker shape as a closed path about the centre', () => {
    for (const shape of ['circle', 'square', 'diamond', 'triangle'] as const) {
      const d = markerPath(shape, 5);
      expect(d).toMatch(/^M.*Z$/);
      const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(Math.max(...nums.map(Math.abs))).toBeLessThanOrEqual(7);
    }
  });
});

describe('level sets in pixels', () => {
  it('puts each model’s level-set vertices where the model takes that level, at most 7 per model', () => {
    // T1 and T2 of f = x² + 3y² at p = (0.5, 0.5) on a 25 × 25 patch over [−0.3, 1.3] × [−0.3, 1.3]
    const facts = pointFacts(0.5, 0.5, 1, 1, 3, 2, 0, 6);
    const n = 25;
    const xs = Float64Array.from({ length: n }, (_, i) => -0.3 + (1.6 * i) / (n - 1));
    const ys = xs;
    const t1 = new Float32Array(n * n);
    const t2 = new Float32Array(n * n);
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) {
        const [x, y] = [xs[i], ys[j]];
        t1[j * n + i] = 1 + (x - 0.5) + 3 * (y - 0.5);
        t2[j * n + i] = x * x + 3 * y * y;
      }
    const models = modelLevelSets(
      [
        { order: 1, values: t1 },
        { order: 2, values: t2 },
      ],
      { xs, ys },
      facts.value,
      s,
    );
    expect(models.map((m) => m.order)).toEqual([1, 2]);
    const exact: Record<number, (x: number, y: number) => number> = {
      1: (x, y) => 1 + (x - 0.5) + 3 * (y - 0.5),
      2: (x, y) => x * x + 3 * y * y,
    };
    for (const m of models) {
      expect(m.paths.length).toBeGreaterThanOrEqual(5);
      expect(m.paths.length).toBeLessThanOrEqual(7);
      // the level through p is f(p) = 1
      expect(m.paths.some((p) => Math.abs(p.level - 1) < 1e-9)).toBe(true);
      for (const { level, d } of m.paths)
        for (const mt of d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
          const [x, y] = s.invert(Number(mt[1]), Number(mt[2]));
          // T1 is linear: exact to the path's rounding (0.01 px); T2 within interpolation error
          expect(Math.abs(exact[m.order](x, y) - level)).toBeLessThan(m.order === 1 ? 2e-3 : 0.02);
        }
    }
  });
});

describe('cursor readout', () => {
  it('gives T1, T2 and |f − Tk| at the cursor from the facts at p (float64 formulas)', () => {
    // Rosenbrock at p = (0.5, 0.5): f = 6.5, ∇f = (−51, 50), H = [[102, −200], [−200, 200]]
    const facts = pointFacts(0.5, 0.5, 6.5, -51, 50, 102, -200, 200);
    const [x, y] = [0.7, 0.2];
    const f = (1 - x) ** 2 + 100 * (y - x * x) ** 2;
    const [dx, dy] = [x - 0.5, y - 0.5];
    const t1 = 6.5 - 51 * dx + 50 * dy;
    const t2 = t1 + 0.5 * (102 * dx * dx - 400 * dx * dy + 200 * dy * dy);
    const rows = cursorReadout(facts, f, x, y, [1, 2, 3]);
    // order 3 has no evaluator yet: left out, not made up
    expect(rows.map((r) => r.order)).toEqual([1, 2]);
    expect(rows[0].value).toBeCloseTo(t1, 12);
    expect(rows[1].value).toBeCloseTo(t2, 12);
    expect(rows[0].error).toBeCloseTo(Math.abs(f - t1), 12);
    expect(rows[1].error).toBeCloseTo(Math.abs(f - t2), 12);
    expect(cursorReadout(facts, f, x, y, [2])).toHaveLength(1);
    expect(Number.isNaN(cursorReadout(facts, NaN, x, y, [1])[0].error)).toBe(true);
  });

  it('reads out orders above 2 from the derivatives at p where they reach that order', () => {
    // f = x³ at p = (1, 0): derivatives [[1], [3, 0], [6, 0, 0], [6, 0, 0, 0]]; T3 = f exactly
    const facts = pointFacts(1, 0, 1, 3, 0, 6, 0, 0);
    const derivs = [[1], [3, 0], [6, 0, 0], [6, 0, 0, 0]];
    const [x, y] = [1.7, 0.4];
    const rows = cursorReadout(facts, x ** 3, x, y, [2, 3, 4], derivs);
    // T2 = 1 + 3(x − 1) + 3(x − 1)²; T4 is left out (the derivatives stop at order 3)
    expect(rows.map((r) => r.order)).toEqual([2, 3]);
    expect(rows[0].value).toBeCloseTo(1 + 3 * 0.7 + 3 * 0.49, 12);
    expect(rows[1].value).toBeCloseTo(x ** 3, 12);
    expect(rows[1].error).toBeLessThan(1e-12);
  });

  it('the Newton step of the same facts is the saddle of T2', () => {
    const facts = pointFacts(0.5, 0.5, 6.5, -51, 50, 102, -200, 200);
    expect(newtonTipText(newtonStep(facts).kind)).toBe('saddle of T2');
  });
});

describe('handles', () => {
  it('moves by 1/100 of the domain per arrow key (1/10 with Shift), and clamps and tidies to the domain', () => {
    const domain: [number, number, number, number] = [-2, 2, -1, 3];
    expect(keyMove([0, 0], 'ArrowRight', false, domain)).toEqual([0.04, 0]);
    expect(keyMove([0, 0], 'ArrowUp', true, domain)).toEqual([0, 0.4]);
    expect(keyMove([0, 0], 'a', false, domain)).toBeNull();
    expect(clampToDomain([5, -7], domain, s)).toEqual([2, -1]);
    expect(clampToDomain([0.123456, 1.98765], domain, s)).toEqual([0.123, 1.988]);
    expect(tidy(0.30000000000000004, 4)).toBe(0.3);
  });
});

describe('keepInside', () => {
  const frame = { l: 50, t: 0, w: 400, h: 300 };
  it('moves a label that would start left of the plot to start inside it', () => {
    // 'max of T2' ending at x = 80, 110 px wide, would start at −30
    expect(keepInside({ x: 80, y: 290, anchor: 'end' }, 110, frame)).toEqual({ x: 54, y: 290, anchor: 'start' });
  });
  it('moves a label that would end right of the plot to end inside it', () => {
    expect(keepInside({ x: 420, y: 10, anchor: 'start' }, 110, frame)).toEqual({ x: 446, y: 10, anchor: 'end' });
    expect(keepInside({ x: 440, y: 10, anchor: 'middle' }, 60, frame)).toEqual({ x: 446, y: 10, anchor: 'end' });
  });
  it('leaves a label that fits where it is', () => {
    const fits = { x: 200, y: 100, anchor: 'end' as const };
    expect(keepInside(fits, 110, frame)).toBe(fits);
  });
});

describe('labels kept off one another', () => {
  it('a label’s box follows its anchor; boxes overlap only when they come within the padding', () => {
    expect(labelBox({ x: 100, y: 50, anchor: 'middle' }, 20, 13)).toEqual({ l: 90, t: 43.5, r: 110, b: 56.5 });
    expect(labelBox({ x: 100, y: 50, anchor: 'start' }, 20, 13).l).toBe(100);
    expect(labelBox({ x: 100, y: 50, anchor: 'end' }, 20, 13).r).toBe(100);
    const a = { l: 0, t: 0, r: 10, b: 10 };
    expect(overlaps(a, { l: 11, t: 0, r: 20, b: 10 })).toBe(true);
    expect(overlaps(a, { l: 13, t: 0, r: 20, b: 10 })).toBe(false);
    expect(overlaps(a, { l: 0, t: 13, r: 10, b: 20 })).toBe(false);
    expect(textWidth('λ₁', 13)).toBeCloseTo(2 * 0.62 * 13, 9);
    expect(textWidth('T2的最小点', 10)).toBeCloseTo(2 * 6.2 + 4 * 10, 9);
  });

  it('an eigen-axis label goes to the other end where its own end would meet another label', () => {
    const P: [number, number] = [200, 200];
    const d: [number, number] = [1, 0];
    // nothing in the way: the end along d, as always
    expect(eigenLabelSide(P, d, 55, 17, 13, [])).toBe(1);
    // "min of T2" set right where λ₁ would be (Beale at (2, 0)): the other end
    const tip = labelBox({ x: 240, y: 203, anchor: 'start' }, 60, 13);
    expect(eigenLabelSide(P, d, 55, 17, 13, [tip])).toBe(-1);
    // both ends blocked alike: the end along d stays
    const other = labelBox({ x: 145, y: 200, anchor: 'middle' }, 20, 13);
    expect(eigenLabelSide(P, d, 55, 17, 13, [tip, other])).toBe(1);
  });
});

describe("p's label", () => {
  const P: [number, number] = [200, 150];
  const at = (l: { x: number; y: number }) => [Math.round(l.x - P[0]), Math.round(l.y - P[1])];
  const angleTo = (l: { x: number; y: number }, d: [number, number]) =>
    (Math.acos(((l.x - P[0]) * d[0] + (l.y - P[1]) * d[1]) / Math.hypot(l.x - P[0], l.y - P[1]) / Math.hypot(...d)) *
      180) /
    Math.PI;
  it('stays up-right of p, 18 px out, where nothing is drawn from p there', () => {
    expect(at(pointLabel(P, [], [], 9, 15, 18))).toEqual([13, -13]);
    // ∇f down, eigen-axes along x and y: up-right is 45° from all of them
    const marks: [number, number][] = [
      [0, 1],
      [1, 0],
      [-1, 0],
      [0, -1],
      [0, -1],
    ];
    expect(at(pointLabel(P, marks, [], 9, 15, 18))).toEqual([13, -13]);
  });
  it('moves off a Newton step drawn up-right (Beale at (2, 0): its head lay on the "p")', () => {
    const newton: [number, number] = [60, -25];
    const eigen: [number, number][] = [
      [0.8, 0.6],
      [-0.8, -0.6],
      [-0.6, 0.8],
      [0.6, -0.8],
    ];
    const marks = [newton, [0.2, 1] as [number, number], ...eigen];
    const l = pointLabel(P, marks, [], 9, 15, 18);
    // clear of every mark by at least 35°
    for (const m of marks) expect(angleTo(l, m)).toBeGreaterThanOrEqual(35);
    expect(Math.hypot(l.x - P[0], l.y - P[1])).toBeCloseTo(18, 6);
  });
  it('never sits on a label it is told to avoid, and takes the widest gap when no direction is clear', () => {
    // "saddle of T2" written up-right of p
    const tip = labelBox({ x: 205, y: 135, anchor: 'start' }, 80, 13);
    const l = pointLabel(P, [], [tip], 9, 15, 18);
    expect(overlaps(labelBox({ x: l.x, y: l.y, anchor: 'middle' }, 9, 15), tip)).toBe(false);
    expect(at(l)).toEqual([-13, -13]);
    // marks every 30°: no direction is 35° clear; the label goes where the gap is widest (15°)
    const every30 = Array.from({ length: 12 }, (_, k): [number, number] => [
      Math.cos((k * Math.PI) / 6),
      Math.sin((k * Math.PI) / 6),
    ]);
    const w = pointLabel(P, every30, [], 9, 15, 18);
    expect(Math.min(...every30.map((m) => angleTo(w, m)))).toBeCloseTo(15, 6);
  });
});
