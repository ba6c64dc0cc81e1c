// The contour map's scales: data coordinates ↔ the overlay's pixels, from the plot area and
// axis ranges plotly computed. Every mark of the overlay is drawn through one of these.

/** The plot area in the overlay's pixels and the axes' ranges (read from plotly's layout). */
export interface Geometry {
  l: number;
  t: number;
  w: number;
  h: number;
  xr: [number, number];
  yr: [number, number];
}

export interface Scales {
  geometry: Geometry;
  /** data x → pixel x */
  x(v: number): number;
  /** data y → pixel y (y grows downwards on screen) */
  y(v: number): number;
  /** a data point → pixels */
  at(p: readonly [number, number]): [number, number];
  /** pixels → data */
  invert(cx: number, cy: number): [number, number];
  /** a direction in data space as a unit vector in pixels (the axes' scales differ, y flips) */
  dir(v: readonly [number, number]): [number, number];
  /** whether a pixel lies in the plot area */
  inside(c: readonly [number, number]): boolean;
}

export function makeScales(g: Geometry): Scales {
  const sx = g.w / (g.xr[1] - g.xr[0]);
  const sy = g.h / (g.yr[1] - g.yr[0]);
  // the same expressions the overlay has always used, so a dragged p lands on the same numbers
  const x = (v: number) => g.l + ((v - g.xr[0]) / (g.xr[1] - g.xr[0])) * g.w;
  const y = (v: number) => g.t + (1 - (v - g.yr[0]) / (g.yr[1] - g.yr[0])) * g.h;
  return {
    geometry: g,
    x,
    y,
    at: (p) => [x(p[0]), y(p[1])],
    invert: (cx, cy) => [
      g.xr[0] + ((cx - g.l) / g.w) * (g.xr[1] - g.xr[0]),
      g.yr[0] + (1 - (cy - g.t) / g.h) * (g.yr[1] - g.yr[0]),
    ],
    dir: (v) => {
      const a = v[0] * sx;
      const b = -v[1] * sy;
      const n = Math.hypot(a, b) || 1;
      return [a / n, b / n];
    },
    inside: (c) => c[0] >= g.l && c[0] <= g.l + g.w && c[1] >= g.t && c[1] <= g.t + g.h,
  };
}

/** The least share of the plot area's width or height the map keeps at one scale. */
export const MIN_EQUAL_FILL = 0.5;

/** Whether the map draws x and y at one scale: a unit as long on both axes, so that on screen
 *  ∇f meets the level sets at right angles and H's eigen-axes are the axes of T2's ellipses (at
 *  two scales neither looks so). Yes unless it would leave the map less than MIN_EQUAL_FILL of
 *  the plot area's width or height (a domain much wider than tall, say); `area` is the plot
 *  area in pixels (a 4:3 one until plotly has laid it out). */
export function equalScale(domain: readonly number[], area: { w: number; h: number } | null): boolean {
  const dx = domain[1] - domain[0];
  const dy = domain[3] - domain[2];
  const aspect = area && area.w > 0 && area.h > 0 ? area.w / area.h : 4 / 3;
  if (!(dx > 0 && dy > 0)) return false;
  const r = dx / dy / aspect;
  return Math.min(r, 1 / r) >= MIN_EQUAL_FILL;
}

export const sameGeometry = (a: Geometry | null, b: Geometry | null) =>
  a !== null &&
  b !== null &&
  a.l === b.l &&
  a.t === b.t &&
  a.w === b.w &&
  a.h === b.h &&
  a.xr[0] === b.xr[0] &&
  a.xr[1] === b.xr[1] &&
  a.yr[0] === b.yr[0] &&
  a.yr[1] === b.yr[1];
