// Axis ticks at round values, for the charts drawn by the app itself (teach/Chart) and for the
// 3D view's z axis (surface3d/geometry).

/** Round tick values over an axis: powers of ten on a log axis, steps of 1, 2 or 5 × 10ᵏ on a
 *  linear one, no closer than span / `count` (2 to `count` + 1 of them). */
export function ticks(a: { lo: number; hi: number; log?: boolean }, count = 4): number[] {
  if (a.log) {
    const lo = Math.ceil(Math.log10(a.lo) - 1e-9);
    const hi = Math.floor(Math.log10(a.hi) + 1e-9);
    const every = Math.max(1, Math.ceil((hi - lo + 1) / 6));
    const out: number[] = [];
    for (let e = lo; e <= hi; e++) if ((e - lo) % every === 0) out.push(10 ** e);
    return out;
  }
  const span = a.hi - a.lo;
  if (!(span > 0)) return [a.lo];
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(a.lo / step) * step; v <= a.hi + 1e-9 * span; v += step)
    out.push(Math.abs(v) < 1e-12 * span ? 0 : v);
  return out;
}
