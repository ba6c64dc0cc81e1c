// Level sets of a Taylor model on its small patch, as SVG path data: d3-contour's marching
// squares (linear interpolation) on the patch's samples, at a handful of levels chosen over
// the model's own range (`chooseLevels`), one path per level so each line can be counted.
// They are drawn in the map's SVG layer: redrawing them as a plotly figure on every move of
// p cost ~18 ms of the ~100 ms a move takes on a software renderer.
import { contours } from 'd3-contour';

/** Most levels drawn per model: a student counts them at a glance. */
export const MAX_LEVELS = 7;

/** `v` rounded up to two significant digits (0.3712 → 0.38, 1234 → 1300). */
export function roundUp2(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return v;
  const e = 10 ** (Math.floor(Math.log10(v)) - 1);
  // toPrecision drops the float noise of the product (0.38000000000000006)
  return Number((Math.ceil(v / e - 1e-9) * e).toPrecision(2));
}

/**
 * A handful of evenly spaced levels over a model's range on the patch (`values`: nx × ny
 * samples, row-major), one of them through `through` (the model's value at p, f(p), so the
 * models' level sets through p touch there). The spacing is the range / `count` rounded up to
 * two significant digits, so the levels read as `through + k·step`; the lines stay evenly
 * spaced in value, so their spacing on the map still shows the slope.
 *
 * The range is min to max of the finite values, except around an extremum inside the patch
 * (a minimum below everything on the patch's rim, or a maximum above it): then it ends at
 * the rim's lowest (highest) value, so every level is a closed curve around the extremum,
 * the ellipses of T2 at a minimum, instead of arcs cut by the patch's corners. (Only where
 * that keeps a tenth of the range at least: an extremum just inside the rim gets the
 * whole range.) Levels within 2% of the range's ends are left out (a dot at a minimum, a
 * sliver in a corner): with count = 6 this leaves 5 or 6 levels, never more than MAX_LEVELS.
 * A model that does not vary beyond float32 noise (T1 where ∇f = 0) gets none.
 */
export function chooseLevels(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  through: number,
  count = 6,
): { levels: number[]; step: number } {
  let lo = Infinity;
  let hi = -Infinity;
  let rimLo = Infinity;
  let rimHi = -Infinity;
  for (let k = 0; k < nx * ny && k < values.length; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    const i = k % nx;
    const j = Math.floor(k / nx);
    if (i === 0 || j === 0 || i === nx - 1 || j === ny - 1) {
      if (v < rimLo) rimLo = v;
      if (v > rimHi) rimHi = v;
    }
  }
  const span = hi - lo;
  if (!(span > 1e-5 * Math.max(Math.abs(lo), Math.abs(hi), 1e-30))) return { levels: [], step: 0 };
  const minInside = lo < rimLo && hi <= rimHi && rimLo - lo >= 0.1 * span;
  const maxInside = hi > rimHi && lo >= rimLo && hi - rimHi >= 0.1 * span;
  const [a0, b0] = minInside ? [lo, rimLo] : maxInside ? [rimHi, hi] : [lo, hi];
  const range = b0 - a0;
  const n = Math.min(Math.max(1, Math.round(count)), MAX_LEVELS - 1);
  const step = roundUp2(range / n);
  // the grid's anchor: p's value where it is in the range, else the extremum's end
  const a =
    Number.isFinite(through) && through >= a0 && through <= b0
      ? through
      : minInside
        ? a0
        : maxInside
          ? b0
          : (a0 + b0) / 2;
  const margin = 0.02 * range;
  const levels: number[] = [];
  for (let k = Math.ceil((a0 - a) / step); k <= Math.floor((b0 - a) / step); k++) {
    const level = a + k * step;
    if (level > a0 + margin && level < b0 - margin) levels.push(level);
  }
  return { levels: levels.slice(0, MAX_LEVELS), step };
}

/** One level's lines as SVG path data (empty where the model does not reach it). */
export interface LevelPath {
  level: number;
  d: string;
}

/**
 * Like `levelSetPath`, one path per level, in the order of `levels` (levels the values do not
 * cross are left out).
 */
export function levelSetPaths(
  values: ArrayLike<number | null>,
  nx: number,
  ny: number,
  levels: number[],
  toPx: (i: number, j: number) => [number, number],
): LevelPath[] {
  return levels.map((level) => ({ level, d: levelSetPath(values, nx, ny, [level], toPx) })).filter((p) => p.d !== '');
}

/**
 * The lines where `values` (nx × ny samples, row-major with y as the row, null or NaN in a
 * gap) cross each of `levels`, as one SVG path `d` string. `toPx(i, j)` places a point given
 * in sample units (i = column, j = row, fractional between samples) in pixels.
 */
export function levelSetPath(
  values: ArrayLike<number | null>,
  nx: number,
  ny: number,
  levels: number[],
  toPx: (i: number, j: number) => [number, number],
): string {
  if (nx < 2 || ny < 2 || !levels.length) return '';
  const grid = Array.from({ length: nx * ny }, (_, k) => values[k] ?? NaN);
  // d3-contour returns the regions above each level; their outlines are the level sets plus
  // pieces of the grid's frame (d3 places sample i at i + 0.5 and closes regions along 0 and
  // nx). Segments touching the frame are left out; the rest are the lines.
  const onFrame = (p: number[]) => p[0] === 0 || p[0] === nx || p[1] === 0 || p[1] === ny;
  const fmt = (p: number[]) => {
    const [x, y] = toPx(p[0] - 0.5, p[1] - 0.5);
    return `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;
  };
  const parts: string[] = [];
  for (const region of contours().size([nx, ny]).thresholds(levels)(grid)) {
    for (const polygon of region.coordinates)
      for (const ring of polygon) {
        let open = false;
        for (let k = 1; k < ring.length; k++) {
          const a = ring[k - 1];
          const b = ring[k];
          if (onFrame(a) || onFrame(b)) {
            open = false;
            continue;
          }
          if (!open) parts.push(`M${fmt(a)}`);
          parts.push(`L${fmt(b)}`);
          open = true;
        }
      }
  }
  return parts.join('');
}
