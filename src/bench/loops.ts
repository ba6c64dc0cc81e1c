// The benchmark's baseline: the benchmark formulas and their derivatives written out by hand
// in plain TypeScript loops over the grid, with results in float32 arrays like the app's.
import { axis } from '../math/evaluate';
import type { Order } from '../math/jet';
import type { Eval } from '../math/optimizers/types';
import type { Domain } from '../math/surfaces-types';

export const LOOP_FORMULAS: Record<string, string> = {
  rosenbrock: '(1 - x)^2 + 100*(y - x^2)^2',
  composite: 'tanh(x + 2*y)^2 + exp(-(x^2 + y^2))',
};

type Out = [number, number, number, number, number, number];

/** f, f_x, f_y, f_xx, f_xy, f_yy of Rosenbrock. */
function rosenbrock(x: number, y: number, o: Out) {
  const a = 1 - x;
  const b = y - x * x;
  o[0] = a * a + 100 * b * b;
  o[1] = -2 * a - 400 * x * b;
  o[2] = 200 * b;
  o[3] = 2 - 400 * y + 1200 * x * x;
  o[4] = -400 * x;
  o[5] = 200;
}

/** tanh(u)² + exp(−r²), u = x + 2y: (t²)' = 2t(1 − t²), (t²)'' = 2(1 − t²)(1 − 3t²). */
function composite(x: number, y: number, o: Out) {
  const t = Math.tanh(x + 2 * y);
  const s = 1 - t * t;
  const g1 = 2 * t * s;
  const g2 = 2 * s * (1 - 3 * t * t);
  const e = Math.exp(-(x * x + y * y));
  o[0] = t * t + e;
  o[1] = g1 - 2 * x * e;
  o[2] = 2 * g1 - 2 * y * e;
  o[3] = g2 + (4 * x * x - 2) * e;
  o[4] = 2 * g2 + 4 * x * y * e;
  o[5] = 4 * g2 + (4 * y * y - 2) * e;
}

const FNS: Record<string, (x: number, y: number, o: Out) => void> = { rosenbrock, composite };

/** The formula `key` (and its derivatives up to `order`) on an nx × ny grid, row-major by y. */
export function loopGrid(key: string, domain: Domain, nx: number, ny: number, order: Order): Float32Array[] {
  const fn = FNS[key];
  const xs = axis(domain[0], domain[1], nx);
  const ys = axis(domain[2], domain[3], ny);
  const parts = order === 0 ? 1 : order === 1 ? 3 : 6;
  const out = Array.from({ length: parts }, () => new Float32Array(nx * ny));
  const o: Out = [0, 0, 0, 0, 0, 0];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      if (order === 0) {
        // value only: no derivative work at all
        const x = xs[i];
        const y = ys[j];
        out[0][k] = key === 'rosenbrock' ? (1 - x) ** 2 + 100 * (y - x * x) ** 2 : Math.tanh(x + 2 * y) ** 2 + Math.exp(-(x * x + y * y));
        continue;
      }
      fn(xs[i], ys[j], o);
      for (let p = 0; p < parts; p++) out[p][k] = o[p];
    }
  }
  return out;
}

/** An optimizer evaluator for Rosenbrock by hand (float64): the loop baseline of a run. */
export function rosenbrockEvaluator(xs: number[], ys: number[]): Eval[] {
  const o: Out = [0, 0, 0, 0, 0, 0];
  return xs.map((x, i) => {
    rosenbrock(x, ys[i], o);
    return { value: o[0], gx: o[1], gy: o[2], hxx: o[3], hxy: o[4], hyy: o[5] };
  });
}

/** Himmelblau's four minima (the classes of the baseline's basins). */
const HIMMELBLAU_MINIMA: [number, number][] = [
  [3, 2],
  [-2.805118, 3.131312],
  [-3.77931, -3.283186],
  [3.584428, -1.848126],
];

/**
 * The plain-JavaScript baseline of the basins (issue 16): Newton's method on Himmelblau with its
 * gradient and Hessian written out by hand, in float64, `iterations` steps from each of n × n
 * starts on the same grid as the app's, each start then labelled by the minimum it ended at
 * (within 1e-3), else "other" (a saddle, the maximum, or no limit). The kind of code a
 * visualizer written in plain JavaScript ships.
 */
export function loopBasinsHimmelblau(domain: Domain, n: number, iterations: number): { minima: number[]; other: number } {
  const ax = axis(domain[0], domain[1], n);
  const ay = axis(domain[2], domain[3], n);
  const minima = [0, 0, 0, 0];
  let other = 0;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      let x = ax[i];
      let y = ay[j];
      for (let k = 0; k < iterations; k++) {
        const a = x * x + y - 11;
        const b = x + y * y - 7;
        const gx = 4 * x * a + 2 * b;
        const gy = 2 * a + 4 * y * b;
        const hxx = 12 * x * x + 4 * y - 42;
        const hxy = 4 * x + 4 * y;
        const hyy = 4 * x + 12 * y * y - 26;
        const det = hxx * hyy - hxy * hxy;
        if (!(Math.abs(det) > 1e-12)) break;
        x -= (hyy * gx - hxy * gy) / det;
        y -= (hxx * gy - hxy * gx) / det;
      }
      const m = HIMMELBLAU_MINIMA.findIndex(([mx, my]) => Math.abs(x - mx) < 1e-3 && Math.abs(y - my) < 1e-3);
      if (m >= 0) minima[m]++;
      else other++;
    }
  return { minima, other };
}
