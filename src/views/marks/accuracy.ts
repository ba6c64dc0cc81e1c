// Where each Taylor model can be trusted (issue 17): on the patch around p, the region where
// |f − T_k| < ε, as one filled SVG path per shown order. ε is given relative to f's range on
// the patch (a slider on a log scale), so one setting means the same on every surface.
import { contours } from 'd3-contour';
import type { ModelOnPatch, PatchAxes } from './levels';
import type { Scales } from './scales';

export interface AccuracyRegion {
  order: number;
  /** the region's outline, filled (empty where no sample is within ε) */
  d: string;
  /** how many patch samples lie within ε: grows with the order near p */
  samples: number;
}

/** ε in f's units: `relative` × the spread of f's finite values on the patch (0 if f is flat). */
export function absoluteEpsilon(f: ArrayLike<number>, relative: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < f.length; k++) {
    const v = f[k];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi > lo ? relative * (hi - lo) : 0;
}

/** The regions |f − T_k| < eps around `p` on the patch (samples nx × ny, row-major with y as
 *  the row): the connected part holding the sample nearest p (its 4-neighbours within ε, and
 *  theirs), which grows with the order near p. Far away the error crosses ε again in bands
 *  where f and T_k happen to cross: those are left out, they say nothing about trusting T_k. */
export function accuracyRegions(
  f: ArrayLike<number>,
  models: ModelOnPatch[],
  patch: PatchAxes,
  eps: number,
  s: Scales,
  p: readonly [number, number],
): AccuracyRegion[] {
  const nx = patch.xs.length;
  const ny = patch.ys.length;
  if (nx < 2 || ny < 2 || !(eps > 0)) return models.map((m) => ({ order: m.order, d: '', samples: 0 }));
  const x0 = patch.xs[0];
  const y0 = patch.ys[0];
  const dx = (patch.xs[nx - 1] - x0) / (nx - 1);
  const dy = (patch.ys[ny - 1] - y0) / (ny - 1);
  const pi = Math.min(nx - 1, Math.max(0, Math.round((p[0] - x0) / dx)));
  const pj = Math.min(ny - 1, Math.max(0, Math.round((p[1] - y0) / dy)));
  // d3-contour places sample i at i + 0.5; the region's edge is clamped to the patch's frame
  const px = (i: number) => s.x(x0 + Math.min(nx - 1, Math.max(0, i - 0.5)) * dx);
  const py = (j: number) => s.y(y0 + Math.min(ny - 1, Math.max(0, j - 0.5)) * dy);
  const r2 = (v: number) => Math.round(v * 100) / 100;
  return models.map(({ order, values }) => {
    const within = (k: number) => Math.abs(f[k] - values[k]) < eps;
    // the part around p: a flood fill from p's sample
    const inside = new Uint8Array(nx * ny);
    const stack = within(pj * nx + pi) ? [pj * nx + pi] : [];
    let samples = 0;
    for (const k of stack) inside[k] = 1;
    while (stack.length) {
      const k = stack.pop()!;
      samples++;
      const i = k % nx;
      const j = (k - i) / nx;
      for (const [a, b] of [
        [i - 1, j],
        [i + 1, j],
        [i, j - 1],
        [i, j + 1],
      ]) {
        if (a < 0 || b < 0 || a >= nx || b >= ny) continue;
        const q = b * nx + a;
        if (!inside[q] && within(q)) {
          inside[q] = 1;
          stack.push(q);
        }
      }
    }
    if (samples === 0) return { order, d: '', samples };
    // −|f − T| ≥ −ε: d3-contour's region above −ε, its edges interpolated between samples;
    // samples within ε but not in the part around p count as just outside it (−2ε)
    const closeness = Array.from({ length: nx * ny }, (_, k) => {
      const e = Math.abs(f[k] - values[k]);
      if (!Number.isFinite(e)) return -Infinity;
      return inside[k] || e >= eps ? -e : -2 * eps;
    });
    const [region] = contours().size([nx, ny]).thresholds([-eps])(closeness);
    const d = region.coordinates
      .flatMap((polygon) => polygon.map((ring) => `M${ring.map(([i, j]) => `${r2(px(i))},${r2(py(j))}`).join('L')}Z`))
      .join('');
    return { order, d, samples };
  });
}
