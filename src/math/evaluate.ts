// Evaluating a formula and its derivatives on tfjs: on a batch of points (optimizers,
// point facts) or on a grid (surfaces, Taylor patches). Tensors live only inside tf.tidy;
// results come back as plain typed arrays.
import * as tf from '@tensorflow/tfjs-core';
import type { Node } from './formula/ast';
import { canFuse, fusedDerivatives, fusedGrid, fusedGridValues } from './fused';
import { derivatives, type Order } from './jet';
import type { Domain } from './surfaces-types';
import { dataOfAst } from './regression';
import { meanLossRows } from './data-loss';

/** f, ∇f and H at a batch of points, as float32 arrays (absent beyond the order asked). */
export interface PointValues {
  v: Float32Array;
  gx?: Float32Array;
  gy?: Float32Array;
  hxx?: Float32Array;
  hxy?: Float32Array;
  hyy?: Float32Array;
}

// Whether each formula can run as one fused WebGL program (see fused.ts), per backend.
const fusable = new WeakMap<Node, string>();
let fuseEnabled = true;

/** Turn the fused WebGL path off (benchmarks compare it with op-by-op evaluation). */
export function setFused(on: boolean) {
  fuseEnabled = on;
}

/** Whether evaluations of this formula run as one fused WebGL program on the current backend. */
export function runsFused(ast: Node): boolean {
  // a data set's loss runs from the data as tensors (read), never compiled into a program
  if (!fuseEnabled || dataOfAst(ast)) return false;
  const backend = tf.getBackend();
  const known = fusable.get(ast);
  if (known !== undefined) return known === backend;
  const ok = canFuse(ast);
  fusable.set(ast, ok ? backend : '');
  return ok;
}

function read(ast: Node, X: tf.Tensor, Y: tf.Tensor, order: Order): PointValues {
  // One read-back for all components: stack them, then slice on the CPU.
  const stacked = tf.tidy(() => {
    // (A [1, n] output measured 2-6× slower to read back than [3, n] on SwiftShader, so a batch
    // asks for the gradient too; the extra rows are dropped by split.)
    if (runsFused(ast)) return fusedDerivatives(ast, tf.reshape(X, [-1]), tf.reshape(Y, [-1]), order === 0 ? 1 : order);
    const d = derivatives(ast, X, Y, order);
    const parts = [d.v, d.x, d.y, d.xx, d.xy, d.yy].filter((t): t is tf.Tensor => t !== undefined);
    return tf.stack(parts.map((t) => tf.reshape(t, [-1])));
  });
  const data = stacked.dataSync() as Float32Array;
  stacked.dispose();
  return split(data, X.size, order);
}

/** Components stacked as rows [f; fx; fy; fxx; fxy; fyy] → named views. */
function split(data: Float32Array, n: number, order: Order): PointValues {
  const part = (i: number) => data.subarray(i * n, (i + 1) * n);
  const out: PointValues = { v: part(0) };
  if (order >= 1) {
    out.gx = part(1);
    out.gy = part(2);
  }
  if (order >= 2) {
    out.hxx = part(3);
    out.hxy = part(4);
    out.hyy = part(5);
  }
  return out;
}

/** Evaluate at the points (xs[i], ys[i]). */
export function evalPoints(ast: Node, xs: ArrayLike<number>, ys: ArrayLike<number>, order: Order): PointValues {
  // a data set's loss: from the data as tensors, the points as they are
  const own = dataOfAst(ast);
  if (own) return split(meanLossRows(own.id, own.rows, xs, ys, order), xs.length, order);
  const X = tf.tensor1d(Float32Array.from(xs));
  const Y = tf.tensor1d(Float32Array.from(ys));
  try {
    return read(ast, X, Y, order);
  } finally {
    X.dispose();
    Y.dispose();
  }
}

/** Sample coordinates of an n-point axis from lo to hi, inclusive. */
export function axis(lo: number, hi: number, n: number): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = lo + ((hi - lo) * i) / (n - 1);
  return a;
}

export interface GridValues extends PointValues {
  xs: Float64Array;
  ys: Float64Array;
  /** samples per axis; arrays are row-major with y as the row: index = j * nx + i */
  nx: number;
  ny: number;
}

/** Evaluate on an nx × ny grid over the domain. */
export function evalGrid(ast: Node, domain: Domain, nx: number, ny: number, order: Order): GridValues {
  const xs = axis(domain[0], domain[1], nx);
  const ys = axis(domain[2], domain[3], ny);
  if (runsFused(ast)) {
    // One program computes the coordinates and the jet: nothing to upload, one readPixels.
    const dense = fusedGridValues(ast, domain, nx, ny, order);
    if (dense) return { ...split(dense, nx * ny, order), xs, ys, nx, ny };
    const t = fusedGrid(ast, domain, nx, ny, order);
    try {
      return { ...split(t.dataSync() as Float32Array, nx * ny, order), xs, ys, nx, ny };
    } finally {
      t.dispose();
    }
  }
  if (dataOfAst(ast)) {
    // Row j is y = ys[j]: x varies along columns, y along rows.
    const px = Float64Array.from({ length: nx * ny }, (_, k) => xs[k % nx]);
    const py = Float64Array.from({ length: nx * ny }, (_, k) => ys[Math.floor(k / nx)]);
    return { ...evalPoints(ast, px, py, order), xs, ys, nx, ny };
  }
  const [X, Y] = tf.tidy(() => {
    const gx = tf.tensor1d(Float32Array.from(xs));
    const gy = tf.tensor1d(Float32Array.from(ys));
    // Row j is y = ys[j]: X varies along columns, Y along rows.
    return [tf.tile(tf.reshape(gx, [1, nx]), [ny, 1]), tf.tile(tf.reshape(gy, [ny, 1]), [1, nx])];
  });
  try {
    return { ...read(ast, X, Y, order), xs, ys, nx, ny };
  } finally {
    X.dispose();
    Y.dispose();
  }
}
