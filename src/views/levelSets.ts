// Level sets of a Taylor model on its small patch, as SVG path data: d3-contour's marching
// squares (linear interpolation) on the patch's samples, for the contour map's levels. They
// are drawn in the map's SVG layer: redrawing them as a plotly figure on every move of p cost
// ~18 ms of the ~100 ms a move takes on a software renderer, for two small paths.
import { contours } from 'd3-contour';

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
