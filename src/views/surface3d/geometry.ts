// Pure geometry of the 3D view: the z range fitted to f over the domain, the "focus on p"
// box, clipping trails and the Newton step to the box, and the models' small lift against
// z-fighting. No DOM, no plotly: unit-tested in Node (geometry.test.ts).
import { ticks } from '../ticks';

export type Range = [number, number];
export interface Box {
  x: Range;
  y: Range;
  z: Range;
}

/** Relative margin added above and below a fitted z range. */
export const Z_MARGIN = 0.05;
/** A spike is cut when f's full span exceeds SPIKE_RATIO × the span of its lowest 99 %. */
export const SPIKE_RATIO = 10;
/** …and then the range ends at SPIKE_KEEP × that 99 % span above f's minimum. */
export const SPIKE_KEEP = 4;

export interface ZFit {
  /** the axis range: f's minimum to its maximum (or to the cut), plus Z_MARGIN each side */
  range: Range;
  /** f's values above this are not shown (a spike was cut); null when all of f fits */
  cutAbove: number | null;
}

/**
 * z range for f's finite values on the grid. Normally [min, max] plus a 5 % margin; when a
 * spike dominates (max − min > 10 × (q99 − min), as near a pole of 1/(x²+y²)) the range ends
 * at min + 4 × (q99 − min), so the other 99 % of the surface is not squashed flat. A body
 * that is itself negligible (q99 − min < 1e-4 × span: a narrow bump on a flat plane) is not
 * treated as a spike: the bump is the feature then. Null when there is no finite value.
 * Trails never enter this: a diverging run cannot rescale the picture.
 */
export function fitZRange(values: ArrayLike<number>): ZFit | null {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite.push(v);
  }
  if (finite.length === 0) return null;
  const sorted = Float64Array.from(finite).sort();
  const lo = sorted[0];
  const max = sorted[sorted.length - 1];
  const q99 = sorted[Math.floor(0.99 * (sorted.length - 1))];
  const span = max - lo;
  const body = q99 - lo;
  const spike = body > 1e-4 * span && span > SPIKE_RATIO * body;
  const hi = spike ? lo + SPIKE_KEEP * body : max;
  return { range: pad([lo, hi], Z_MARGIN, 1), cutAbove: spike ? hi : null };
}

/**
 * [lo, hi] widened by `frac` of its span each side; a zero span gets ±5 % of |lo| (or ±1).
 * The ends are rounded outward to 10^−digits of the margin's magnitude, so the last-digit noise
 * of a recomputed grid (−125.44999999997607 vs …606) never moves the axes. The whole view's z
 * range takes digits 1 (a tenth of the margin: at most half a percent of the span more), so that
 * a small change of f (one data point dragged among 500) keeps the range: a new range makes
 * plotly rebuild the 3D axes' ticks and grid lines, linking a shader program, on every drawing.
 */
export function pad([lo, hi]: Range, frac: number, digits = 4): Range {
  const span = hi - lo;
  const m = span > 0 ? span * frac : Math.abs(lo) > 0 ? Math.abs(lo) * 0.05 : 1;
  const e = Math.floor(Math.log10(m)) - digits;
  return [outward(lo - m, e, Math.floor), outward(hi + m, e, Math.ceil)];
}

/** v rounded to a multiple of 10^e by `dir` (floor or ceil), a value already on the grid
 *  (within its own rounding) kept there. */
function outward(v: number, e: number, dir: (q: number) => number): number {
  const q = e < 0 ? v * 10 ** -e : v / 10 ** e;
  const r = Math.round(q);
  const n = Math.abs(q - r) < 1e-6 ? r : dir(q);
  return e < 0 ? n / 10 ** -e : n * 10 ** e;
}

/** The range that data must stay inside so plotly's data scale never changes: the axis
 *  range widened by 2 %. Values clamped to its ends lie outside the axis range, where the
 *  scene's clip bounds cut them (a surface is cut along the axis plane, within a cell). */
export function anchorRange(z: Range): Range {
  const d = 0.02 * (z[1] - z[0]);
  return [z[0] - d, z[1] + d];
}

/**
 * The "focus on p" box: x and y are the patch's own square; z spans the given layers on the
 * patch (the drawn models, so that they fill the frame), finite values only, plus an 8 %
 * margin, within `full` (the whole view's z range: what lies beyond it is clamped out of the
 * data, see anchorRange). Null when the layers hold no finite value.
 */
export function focusBox(patchDomain: readonly number[], layers: ArrayLike<number>[], full: Range): Box | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of layers) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  if (!(lo <= hi)) return null;
  const [a, b] = pad([lo, hi], 0.08);
  const z: Range = [Math.max(full[0], a), Math.min(full[1], b)];
  if (!(z[0] < z[1])) return null;
  return { x: [patchDomain[0], patchDomain[1]], y: [patchDomain[2], patchDomain[3]], z };
}

/** Row-major values (row j is y = ys[j]) as plotly's z rows: gaps (null) where not finite,
 *  finite values clamped into `clamp` (see anchorRange), then raised by `lift`. */
export function rowsClamped(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  clamp: Range,
  lift = 0,
): (number | null)[][] {
  const out: (number | null)[][] = [];
  for (let j = 0; j < ny; j++) {
    const row: (number | null)[] = new Array<number | null>(nx);
    for (let i = 0; i < nx; i++) {
      const v = values[j * nx + i];
      row[i] = Number.isFinite(v) ? Math.min(clamp[1], Math.max(clamp[0], v + lift)) : null;
    }
    out.push(row);
  }
  return out;
}

export interface Point3 {
  x: number;
  y: number;
  z: number;
}

export interface ClippedLine {
  x: (number | null)[];
  y: (number | null)[];
  z: (number | null)[];
  /** true where the point is one of the input points, false where a piece was cut at the box
   *  (and at the null gaps): markers are drawn only at the input points */
  vertex: boolean[];
  /** whether any part of the polyline was cut away */
  clipped: boolean;
}

const finite3 = (p: Point3) => Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.z);
/** Whether a point is finite and inside the box (faces included). */
export const inBox = (p: Point3, b: Box) =>
  finite3(p) && p.x >= b.x[0] && p.x <= b.x[1] && p.y >= b.y[0] && p.y <= b.y[1] && p.z >= b.z[0] && p.z <= b.z[1];

/** The parameter interval [t0, t1] ⊆ [0, 1] of a + t(b − a) inside the box (Liang–Barsky),
 *  or null when the segment misses it. */
export function clipSegment(a: Point3, b: Point3, box: Box): Range | null {
  let t0 = 0;
  let t1 = 1;
  const axes: [number, number, Range][] = [
    [a.x, b.x - a.x, box.x],
    [a.y, b.y - a.y, box.y],
    [a.z, b.z - a.z, box.z],
  ];
  for (const [p, d, [lo, hi]] of axes) {
    if (!Number.isFinite(d)) return null;
    if (d === 0) {
      if (p < lo || p > hi) return null;
      continue;
    }
    let ta = (lo - p) / d;
    let tb = (hi - p) / d;
    if (ta > tb) [ta, tb] = [tb, ta];
    if (ta > t0) t0 = ta;
    if (tb < t1) t1 = tb;
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/**
 * A polyline cut to the box: pieces inside it are kept, each cut where it leaves (or
 * enters) the box, with a null gap between pieces; non-finite points break the line. The
 * cut points are computed in float64 from the two iterates on either side, so a run that
 * diverges to 1e17 still leaves the box at the right place.
 */
export function clipPolyline(points: readonly Point3[], box: Box): ClippedLine {
  const out: ClippedLine = { x: [], y: [], z: [], vertex: [], clipped: false };
  const emit = (p: Point3, vertex: boolean) => {
    out.x.push(p.x);
    out.y.push(p.y);
    out.z.push(p.z);
    out.vertex.push(vertex);
  };
  const gap = () => {
    const n = out.x.length;
    if (n > 0 && out.x[n - 1] !== null) {
      out.x.push(null);
      out.y.push(null);
      out.z.push(null);
      out.vertex.push(false);
    }
  };
  const lerp = (a: Point3, b: Point3, t: number): Point3 =>
    t === 0 ? a : t === 1 ? b : { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y), z: a.z + t * (b.z - a.z) };
  for (let i = 0; i < points.length; i++) {
    const b = points[i];
    if (!inBox(b, box)) out.clipped = true;
    const a = i > 0 ? points[i - 1] : null;
    if (!a || !finite3(a) || !finite3(b)) {
      // a first point, or one after a break: it starts a piece of its own if it is inside
      gap();
      if (inBox(b, box)) emit(b, true);
      continue;
    }
    const t = clipSegment(a, b, box);
    if (!t) {
      gap();
      continue;
    }
    // entering from outside: a new piece starts at the box's face
    if (t[0] > 0) {
      gap();
      emit(lerp(a, b, t[0]), false);
    }
    emit(lerp(a, b, t[1]), t[1] === 1);
    if (t[1] < 1) gap();
  }
  // no trailing gap
  while (out.x.length > 0 && out.x[out.x.length - 1] === null) {
    out.x.pop();
    out.y.pop();
    out.z.pop();
    out.vertex.pop();
  }
  return out;
}

/** Whether a model equals f on the patch to float32 accuracy (T2 of a quadratic): then the
 *  two surfaces coincide and the view says so instead of showing depth-test speckle. The
 *  tolerance is a few float32 ulps of the values' magnitude (2⁻²³ ≈ 1.2e-7, ×64). */
export function equalsF(model: ArrayLike<number>, f: ArrayLike<number>): boolean {
  let scale = 0;
  let diff = 0;
  let any = false;
  for (let i = 0; i < f.length; i++) {
    const a = model[i];
    const b = f[i];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    any = true;
    scale = Math.max(scale, Math.abs(a), Math.abs(b));
    diff = Math.max(diff, Math.abs(a - b));
  }
  return any && diff <= 64 * 2 ** -23 * Math.max(scale, 1e-30);
}

/** The models are raised by this fraction of the shown z span: far below what an eye can
 *  see as an offset, enough for the depth test to put them in front of f where they touch
 *  it (plotly offers no polygon offset), so T1 at p and T2 = f do not speckle. */
export const MODEL_LIFT = 0.004;

/** Where z's ticks may stand: not in the lowest 15% of the box, where their labels meet the end
 *  labels of x and y at the corner (Himmelblau's and Rastrigin's z "0" was drawn on y's "5"). */
const Z_TICK_FLOOR = 0.15;

/** z's ticks over the shown box: round values (../ticks, up to 5 steps), none near the floor
 *  unless fewer than two would be left. */
export function zTicks(z: readonly [number, number], count = 5): number[] {
  // to 12 digits: a sum of steps (0.1 + 0.2) is shown as the round value it stands for
  const all = ticks({ lo: z[0], hi: z[1] }, count).map((v) => Number(v.toPrecision(12)));
  const kept = all.filter((v) => v >= z[0] + Z_TICK_FLOOR * (z[1] - z[0]));
  return kept.length >= 2 ? kept : all;
}

/** Share of the z span, each side of its middle, kept free of tick labels in presenter mode:
 *  plotly draws the axis title ("f") at the middle of the axis, just beyond the tick labels, and
 *  a projector's larger labels there ran into it ("f" read against "1000" on Rosenbrock). */
export const Z_TITLE_ZONE = 0.12;

/** A z tick's label as plotly writes a round value: a true minus, k / M / B from 10⁴ up. */
export function zTickLabel(v: number): string {
  const a = Math.abs(v);
  const [d, unit] = a >= 1e9 ? [1e9, 'B'] : a >= 1e6 ? [1e6, 'M'] : a >= 1e4 ? [1e3, 'k'] : [1, ''];
  return `${Number((v / d).toPrecision(12))}${unit}`.replaceAll('-', '−');
}

/** The ticks plotly chooses for `nticks` (its autoTicks: 2, 5 or 10 × 10ᵏ, the least above
 *  span / nticks; −5, 0, 5 on [−5, 5]), at multiples of the step within the range; a finer
 *  step (5 → 2 → 1 × 10ᵏ) where that leaves fewer than two (plotly's one 0 on [−4.5, 4.5]). */
export function plotlyTicks(r: readonly [number, number], nticks: number): number[] {
  const span = r[1] - r[0];
  if (!(span > 0)) return [r[0]];
  const rough = span / nticks;
  const base = 10 ** Math.floor(Math.log10(rough));
  const v = rough / base;
  let step = base * (v < 2 ? 2 : v < 5 ? 5 : 10);
  const at = (d: number) => {
    const out: number[] = [];
    for (let k = Math.ceil(r[0] / d - 1e-9); k * d <= r[1] + 1e-9 * span; k++)
      out.push(Number((k * d).toPrecision(12)) || 0);
    return out;
  };
  let out = at(step);
  for (let i = 0; out.length < 2 && i < 6; i++) {
    const mag = 10 ** Math.floor(Math.log10(step) + 1e-9);
    const m = Math.round(step / mag);
    step = m === 5 ? 2 * mag : m === 2 ? mag : 0.5 * mag;
    out = at(step);
  }
  return out;
}

/** Share of a span, from its low end, where x's and y's first labels meet at the near corner. */
export const XY_CORNER = 0.08;

/**
 * x's and y's ticks (round values, as plotly's own for `count`) with their labels. The home
 * camera looks from the corner (x low, y low), where both axes' first labels are drawn: where
 * both have a tick there (Himmelblau's −5 and −5, read "−5−5"), y's keeps its grid line with
 * an empty label.
 */
export function xyTicks(
  x: readonly [number, number],
  y: readonly [number, number],
  count: number,
): { x: { vals: number[]; text: string[] }; y: { vals: number[]; text: string[] } } {
  const at = (r: readonly [number, number]) => plotlyTicks(r, count);
  const nearLow = (v: number, r: readonly [number, number]) => v - r[0] < XY_CORNER * (r[1] - r[0]);
  const xs = at(x);
  const ys = at(y);
  const clash = xs.some((v) => nearLow(v, x));
  return {
    x: { vals: xs, text: xs.map(zTickLabel) },
    y: { vals: ys, text: ys.map((v) => (clash && nearLow(v, y) ? '' : zTickLabel(v))) },
  };
}

/** Share of z's span that two labels on the z axis need between them in a 3D view of this
 *  height in pixels, at a projector's label size: z's axis is drawn about 0.36 of the view's
 *  height long by the home camera, and a label takes ~28 px (0 where there is room for all,
 *  at most 0.3; in twentieths, so a box that changes by a pixel keeps its labels). */
export function zLabelGap(height: number): number {
  if (!(height > 0)) return 0;
  const g = 28 / (0.36 * height);
  return Math.min(0.3, Math.ceil(g * 20) / 20);
}

/**
 * zTicks with their labels, none in the middle of the axis (Z_TITLE_ZONE), where the title is:
 * those ticks keep their grid lines with an empty label, as do those closer than `minGap` of the
 * span to the label below (zLabelGap: on a small projector view 2500 sat on 2000). Where fewer
 * than two labels would be left, finer steps are tried (Rosenbrock: 500, 2000, 2500 instead of
 * 1000, 2000).
 */
export function zTicksClearOfTitle(z: readonly [number, number], minGap = 0): { vals: number[]; text: string[] } {
  const mid = (z[0] + z[1]) / 2;
  const zone = Z_TITLE_ZONE * (z[1] - z[0]);
  for (const count of [5, 8, 10]) {
    const vals = zTicks(z, count);
    let last = -Infinity;
    const text = vals.map((v) => {
      // clear of the title, and of the label below it by minGap of the span (bottom up)
      if (Math.abs(v - mid) < zone || v - last < minGap * (z[1] - z[0])) return '';
      last = v;
      return zTickLabel(v);
    });
    if (text.filter(Boolean).length >= 2) return { vals, text };
  }
  // no step leaves two labels clear of the title: zTicks as elsewhere, every one labelled
  const vals = zTicks(z);
  return { vals, text: vals.map(zTickLabel) };
}
