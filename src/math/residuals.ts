// The residuals of a sum of squares and their gradients (the rows of J) at a batch of points,
// by the same forward-mode jets as f itself (order 1): on tfjs for the app, in float64 for tests.
import * as tf from '@tensorflow/tfjs-core';
import type { SumOfSquares } from './formula/sos';
import { derivatives, evalJet64 } from './jet';
import type { ResidualValues } from './optimizers/types';

/** Evaluates the residuals of `sos` and their gradients at the points (xs[i], ys[i]). */
export type ResidualEvaluator = (sos: SumOfSquares, xs: number[], ys: number[]) => ResidualValues[];

/**
 * On tfjs: every residual's jet over all points in one tidy, stacked, one read-back. The
 * work is that of evaluating f op by op (the residuals are f's own subtrees).
 */
export const tfResiduals: ResidualEvaluator = (sos, xs, ys) => {
  const n = xs.length;
  const R = sos.terms.length;
  if (n === 0) return [];
  const stacked = tf.tidy(() => {
    const X = tf.tensor1d(Float32Array.from(xs));
    const Y = tf.tensor1d(Float32Array.from(ys));
    const rows: tf.Tensor[] = [];
    for (const term of sos.terms) {
      const d = derivatives(term, X, Y, 1);
      rows.push(d.v, d.x!, d.y!);
    }
    return tf.stack(rows);
  });
  const data = stacked.dataSync() as Float32Array;
  stacked.dispose();
  // row 3i is r_i, 3i + 1 and 3i + 2 its partial derivatives; column j the point
  const out: ResidualValues[] = [];
  for (let j = 0; j < n; j++) {
    const r: number[] = [];
    const jx: number[] = [];
    const jy: number[] = [];
    for (let i = 0; i < R; i++) {
      r.push(data[3 * i * n + j]);
      jx.push(data[(3 * i + 1) * n + j]);
      jy.push(data[(3 * i + 2) * n + j]);
    }
    out.push({ r, jx, jy });
  }
  return out;
};

/** The same in float64 with plain numbers (tests, references). */
export const residuals64: ResidualEvaluator = (sos, xs, ys) =>
  xs.map((x, j) => {
    const r: number[] = [];
    const jx: number[] = [];
    const jy: number[] = [];
    for (const term of sos.terms) {
      const e = evalJet64(term, x, ys[j], 1);
      r.push(e.value);
      jx.push(e.gx);
      jy.push(e.gy);
    }
    return { r, jx, jy };
  });
