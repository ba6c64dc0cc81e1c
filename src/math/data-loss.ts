// The per-point losses of a regression surface evaluated on tfjs with the data as tensors: one pass
// gives every row's loss and its derivatives, whatever the number of rows (a formula of 500 terms
// would cost thousands of tensor operations). For sgd's mini-batches and large data sets.
import * as tf from '@tensorflow/tfjs-core';
import type { Node } from './formula/ast';
import { evalJet, seed, type C, type Jet, type Order } from './jet';
import type { Eval } from './optimizers/types';
import type { DataRows, RegressionId } from './regression';

/** Every row's loss f_i and gradient ∇f_i at one point (float32 arrays from tfjs). */
export interface PointLosses {
  values: ArrayLike<number>;
  gx: ArrayLike<number>;
  gy: ArrayLike<number>;
}

// Two-argument building blocks, pushed through the jet engine (jet.ts) so that values and
// derivatives follow exactly the formula's arithmetic: x and y stand for the two operand jets.
const node = {
  num: (value: number): Node => ({ kind: 'num', value, pos: 0 }),
  x: { kind: 'var', name: 'x', pos: 0 } as Node,
  y: { kind: 'var', name: 'y', pos: 0 } as Node,
};
const MUL: Node = { kind: 'binary', op: '*', left: node.x, right: node.y, pos: 0 };
const ADD: Node = { kind: 'binary', op: '+', left: node.x, right: node.y, pos: 0 };
const SUB: Node = { kind: 'binary', op: '-', left: node.x, right: node.y, pos: 0 };
const SQUARE: Node = { kind: 'binary', op: '^', left: node.x, right: node.num(2), pos: 0 };
const EXP: Node = { kind: 'call', fn: 'exp', arg: node.x, pos: 0 };
// log(1 + exp(x)), as the formula writes the logistic loss
const SOFTPLUS: Node = {
  kind: 'call',
  fn: 'log',
  arg: { kind: 'binary', op: '+', left: node.num(1), right: EXP, pos: 0 },
  pos: 0,
};

const constant = (v: C): Jet => ({ v, x: 0, y: 0, xx: 0, xy: 0, yy: 0 });

/**
 * The per-point loss jets for data columns `cols` (tensors of shape [1, n]) at X, Y (jets of
 * shape [m, 1]): components broadcast to [m, n]. Call inside tf.tidy.
 */
function lossJets(id: RegressionId, cols: tf.Tensor[], X: Jet, Y: Jet, order: Order): Jet {
  const op = (tpl: Node, a: Jet, b: Jet = constant(0)) => evalJet(tpl, a, b, order);
  const d = cols.map(constant);
  switch (id) {
    case 'linear-regression': // (x*t + y - s)^2
      return op(SQUARE, op(SUB, op(ADD, op(MUL, X, d[0]), Y), d[1]));
    case 'exp-regression': // (x*exp(-y*t) - s)^2
      return op(SQUARE, op(SUB, op(MUL, X, op(EXP, op(MUL, Y, constant(tf.neg(cols[0]))))), d[1]));
    case 'logistic-regression': // log(1 + exp(-label*(x*a + y*b)))
      return op(SOFTPLUS, op(MUL, constant(tf.neg(cols[2])), op(ADD, op(MUL, X, d[0]), op(MUL, Y, d[1]))));
  }
}

/** Each data set's columns as float32 arrays, made once: the races evaluate the loss at every
 *  step, and building the columns from the rows each time was a tenth of a data point's drag
 *  on 500 rows. Rows are never changed in place (an edit makes new rows), so they are the key. */
const COLUMNS = new WeakMap<DataRows, Float32Array[]>();

function columnArrays(rows: DataRows, count: number): Float32Array[] {
  let cols = COLUMNS.get(rows);
  if (!cols || cols.length < count) {
    cols = Array.from({ length: count }, (_, j) => {
      const c = new Float32Array(rows.length);
      for (let i = 0; i < rows.length; i++) c[i] = rows[i][j];
      return c;
    });
    COLUMNS.set(rows, cols);
  }
  return cols;
}

/** The data's columns as [1, n] tensors (float32). */
function columns(rows: DataRows, count: number): tf.Tensor[] {
  return columnArrays(rows, count)
    .slice(0, count)
    .map((c) => tf.tensor2d(c, [1, rows.length]));
}

const COMPONENTS: Record<Order, (keyof Jet)[]> = {
  0: ['v'],
  1: ['v', 'x', 'y'],
  2: ['v', 'x', 'y', 'xx', 'xy', 'yy'],
};

function full(c: C, shape: number[]): tf.Tensor {
  return typeof c === 'number' ? tf.fill(shape, c) : tf.broadcastTo(c, shape);
}

/** Every row's loss and gradient at (x, y): one tfjs pass, one read-back. */
export function evalPointLosses(id: RegressionId, rows: DataRows, x: number, y: number): PointLosses {
  const n = rows.length;
  const out = tf.tidy(() => {
    const cols = columns(rows, id === 'logistic-regression' ? 3 : 2);
    const j = lossJets(id, cols, seed(tf.tensor2d([x], [1, 1]), 'x'), seed(tf.tensor2d([y], [1, 1]), 'y'), 1);
    return tf.concat([full(j.v, [1, n]), full(j.x, [1, n]), full(j.y, [1, n])], 0);
  });
  const data = out.dataSync() as Float32Array;
  out.dispose();
  return { values: data.subarray(0, n), gx: data.subarray(n, 2 * n), gy: data.subarray(2 * n, 3 * n) };
}

/** Points per tfjs pass: m·n elements per component stay near 2^20. */
const CHUNK_ELEMENTS = 1 << 20;

/**
 * The mean loss and its derivatives up to `order` at m points (xs[i], ys[i]), stacked as rows [f; fx; fy; fxx; fxy; fyy] (as many as the order has) of length m:
 * the layout evaluate.ts reads. The rows are tensors and the points go in chunks of at most
 * CHUNK_ELEMENTS point-row pairs, so the operation count does not grow with the data.
 */
export function meanLossRows(
  id: RegressionId,
  rows: DataRows,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  order: Order,
): Float32Array {
  const n = rows.length;
  const m = xs.length;
  const names = COMPONENTS[order];
  const out = new Float32Array(names.length * m);
  const chunk = Math.max(1, Math.floor(CHUNK_ELEMENTS / Math.max(1, n)));
  for (let at = 0; at < m; at += chunk) {
    const k = Math.min(chunk, m - at);
    const t = tf.tidy(() => {
      const cols = columns(rows, id === 'logistic-regression' ? 3 : 2);
      const Xk = tf.tensor2d(
        Float32Array.from({ length: k }, (_, i) => xs[at + i]),
        [k, 1],
      );
      const Yk = tf.tensor2d(
        Float32Array.from({ length: k }, (_, i) => ys[at + i]),
        [k, 1],
      );
      const j = lossJets(id, cols, seed(Xk, 'x'), seed(Yk, 'y'), order);
      return tf.stack(names.map((c) => tf.mean(full(j[c], [k, n]), 1)));
    });
    const data = t.dataSync() as Float32Array;
    t.dispose();
    for (let r = 0; r < names.length; r++) out.set(data.subarray(r * k, (r + 1) * k), r * m + at);
  }
  return out;
}

/**
 * The surface (the mean of the per-point losses) and its derivatives up to `order` at the points
 * (xs[i], ys[i]), with the data as tensors: an evaluator for optimizer runs on any data size (meanLossRows as Eval objects).
 * Derivatives beyond the order are NaN, as in engine.ts's tfEvaluator.
 */
export function evalMeanLoss(
  id: RegressionId,
  rows: DataRows,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  order: Order,
): Eval[] {
  const names = COMPONENTS[order];
  const data = meanLossRows(id, rows, xs, ys, order);
  const m = xs.length;
  return Array.from({ length: m }, (_, i) => {
    const get = (c: keyof Jet) => {
      const row = names.indexOf(c);
      return row < 0 ? NaN : data[row * m + i];
    };
    return { value: get('v'), gx: get('x'), gy: get('y'), hxx: get('xx'), hxy: get('xy'), hyy: get('yy') };
  });
}
