// The derivative engine against independent references: the float64 symbolic values of
// shared/reference, central differences of a float64 tree-walking evaluator, and tf.grad.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalGrid, evalPoints } from './evaluate';
import { evalScalar } from './formula/evalScalar';
import { derivatives, disposeConstants, evalJet64, withConstants, type Constants } from './jet';
import { ast, close, reference, useCpu } from './test-setup';

beforeAll(useCpu);

describe('jet derivatives on tfjs (float32) against the float64 reference', () => {
  for (const ref of reference.derivatives) {
    it(`${ref.surface} at (${ref.point.join(', ')})`, () => {
      const r = evalPoints(ast(ref.formula), [ref.point[0]], [ref.point[1]], 2);
      // float32: relative 1e-4 for values and gradients, 1e-3 for second derivatives,
      // relative to the largest entry of the same quantity (entries that cancel to ~0 are
      // only as exact as their largest neighbours).
      const gs = Math.max(1, ...ref.gradient.map(Math.abs));
      const hs = Math.max(1, ...ref.hessian.flat().map(Math.abs));
      expect(close(r.v[0], ref.value, 1e-4, Math.max(1, Math.abs(ref.value)))).toBe(true);
      expect(close(r.gx![0], ref.gradient[0], 2e-4, gs)).toBe(true);
      expect(close(r.gy![0], ref.gradient[1], 2e-4, gs)).toBe(true);
      expect(close(r.hxx![0], ref.hessian[0][0], 1e-3, hs)).toBe(true);
      expect(close(r.hxy![0], ref.hessian[0][1], 1e-3, hs)).toBe(true);
      expect(close(r.hyy![0], ref.hessian[1][1], 1e-3, hs)).toBe(true);
    });
  }
});

/** Float64 central differences of the tree-walking evaluator: an independent reference. */
function fdReference(text: string, x: number, y: number) {
  const a = ast(text);
  const f = (u: number, v: number) => evalScalar(a, u, v);
  const h1 = 1e-6;
  const h2 = 1e-4;
  return {
    value: f(x, y),
    gx: (f(x + h1, y) - f(x - h1, y)) / (2 * h1),
    gy: (f(x, y + h1) - f(x, y - h1)) / (2 * h1),
    hxx: (f(x + h2, y) - 2 * f(x, y) + f(x - h2, y)) / (h2 * h2),
    hyy: (f(x, y + h2) - 2 * f(x, y) + f(x, y - h2)) / (h2 * h2),
    hxy: (f(x + h2, y + h2) - f(x + h2, y - h2) - f(x - h2, y + h2) + f(x - h2, y - h2)) / (4 * h2 * h2),
  };
}

// Formulas beyond the catalog: every function of the contract, compositions, powers.
const FORMULAS = [
  'tanh(x + 2*y)^2',
  'exp(-(x^2 + y^2))*(x + y)',
  'tanh(x + 2*y)^2 + (x - 1)^2/4',
  'sin(x)*cos(y) + tan(x/3)',
  'atan(x*y) + sinh(x/2) - cosh(y/3)',
  'log(1 + x^2 + y^2) + sqrt(4 + x*y)',
  'abs(x - 3) + x^3*y - y^4/(2 + x^2)',
  'x^y + 2^x',
  '(x^2 + y^2)^1.5 - e^(x/4) + pi*y',
  '-x^2 + 1/(1 + exp(-x - y))',
  'x^-2 + y^0.5',
];
const POINTS: [number, number][] = [
  [0.7, 1.3],
  [1.9, 0.4],
  [1.2, 2.1],
];

describe('jet derivatives against float64 central differences, beyond the catalog', () => {
  for (const text of FORMULAS) {
    it(text, () => {
      const a = ast(text);
      const r = evalPoints(
        a,
        POINTS.map((p) => p[0]),
        POINTS.map((p) => p[1]),
        2,
      );
      POINTS.forEach(([x, y], i) => {
        const ref = fdReference(text, x, y);
        const exact64 = evalJet64(a, x, y);
        const gs = Math.max(1, Math.abs(ref.gx), Math.abs(ref.gy));
        const hs = Math.max(1, Math.abs(ref.hxx), Math.abs(ref.hxy), Math.abs(ref.hyy));
        // float64 jet vs. float64 differences: agree to the differences' own accuracy.
        expect(close(exact64.gx, ref.gx, 1e-7, gs)).toBe(true);
        expect(close(exact64.hxy, ref.hxy, 1e-5, hs)).toBe(true);
        // float32 tfjs jet vs. the float64 references.
        expect(close(r.v[i], ref.value, 1e-5)).toBe(true);
        expect(close(r.gx![i], ref.gx, 2e-4, gs)).toBe(true);
        expect(close(r.gy![i], ref.gy, 2e-4, gs)).toBe(true);
        expect(close(r.hxx![i], ref.hxx, 1e-3, hs)).toBe(true);
        expect(close(r.hxy![i], ref.hxy, 1e-3, hs)).toBe(true);
        expect(close(r.hyy![i], ref.hyy, 1e-3, hs)).toBe(true);
      });
    });
  }
});

describe('squares', () => {
  it('u^2 gives exactly the values of u*u, in fewer operations', async () => {
    // Himmelblau's squares, at points where the terms are large and small
    const xs = [3, -2.805118, 0.1, 4.7, -5];
    const ys = [2, 3.131312, -0.3, -4.9, 5];
    const u = '(x^2 + y - 11)';
    const v = '(x + y^2 - 7)';
    const pow = evalPoints(ast(`${u}^2 + ${v}^2`), xs, ys, 2);
    const prod = evalPoints(ast(`${u}*${u} + ${v}*${v}`), xs, ys, 2);
    for (const k of ['v', 'gx', 'gy', 'hxx', 'hxy', 'hyy'] as const)
      expect(Array.from(pow[k]!), k).toEqual(Array.from(prod[k]!));
    const kernels = async (text: string) => {
      const X = tf.tensor1d(xs);
      const Y = tf.tensor1d(ys);
      const p = await tf.profile(() => tf.tidy(() => void derivatives(ast(text), X, Y, 2)));
      tf.dispose([X, Y]);
      return p.kernels.length;
    };
    expect(await kernels(`${u}^2 + ${v}^2`)).toBeLessThan(await kernels(`${u}*${u} + ${v}*${v}`));
  });
});

describe('first order against tf.grad', () => {
  it('matches tf.grads on a composite formula', () => {
    const text = 'exp(-(x^2 + y^2))*(x + y) + tanh(x + 2*y)^2';
    const xs = [0.3, -0.8, 1.1];
    const ys = [0.5, 0.2, -0.4];
    const r = evalPoints(ast(text), xs, ys, 1);
    const f = (x: tf.Tensor, y: tf.Tensor) =>
      tf.add(
        tf.mul(tf.exp(tf.neg(tf.add(tf.square(x), tf.square(y)))), tf.add(x, y)),
        tf.square(tf.tanh(tf.add(x, tf.mul(2, y)))),
      );
    const [dx, dy] = tf.grads(f)([tf.tensor1d(xs), tf.tensor1d(ys)]);
    const gx = dx.dataSync();
    const gy = dy.dataSync();
    tf.dispose([dx, dy]);
    for (let i = 0; i < xs.length; i++) {
      expect(r.gx![i]).toBeCloseTo(gx[i], 5);
      expect(r.gy![i]).toBeCloseTo(gy[i], 5);
    }
  });
});

describe('undefined regions are gaps, not crashes', () => {
  it('log, sqrt and division give NaN or ±Infinity where undefined', () => {
    const xs = [-1, 0, 1];
    const ys = [0.5, 0.5, 0.5];
    expect(Array.from(evalPoints(ast('log(x)'), xs, ys, 2).v).map(Number.isFinite)).toEqual([false, false, true]);
    expect(Number.isNaN(evalPoints(ast('sqrt(-1 - x^2)'), xs, ys, 0).v[2])).toBe(true);
    expect(Number.isFinite(evalPoints(ast('1/(x - y)'), [0.5], [0.5], 1).v[0])).toBe(false);
  });
  it('a constant formula broadcasts over the grid', () => {
    const g = evalGrid(ast('2 + pi'), [-1, 1, -1, 1], 5, 4, 2);
    expect(g.v.length).toBe(20);
    expect(g.v[7]).toBeCloseTo(2 + Math.PI, 5);
    expect(g.gx![7]).toBe(0);
    expect(g.hxy![7]).toBe(0);
  });
});

describe('grids', () => {
  it('row j is y = ys[j], column i is x = xs[i]', () => {
    const g = evalGrid(ast('x + 10*y'), [0, 1, 0, 2], 3, 5, 0);
    expect(g.nx).toBe(3);
    expect(g.ny).toBe(5);
    expect(g.v[1 * 3 + 2]).toBeCloseTo(1 + 10 * 0.5, 5);
  });
});

describe('tensor lifetime', () => {
  it('keeps tf.memory().numTensors flat across repeated computations', () => {
    const a = ast('tanh(x + 2*y)^2 + sqrt(abs(x)) + x^y');
    evalGrid(a, [-2, 2, -2, 2], 32, 32, 2);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      evalGrid(a, [-2, 2, -2, 2], 32, 32, i % 3 === 0 ? 0 : 2);
      evalPoints(a, [0.1, 0.2], [0.3, 0.4], 2);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('constants pooled across operations (withConstants)', () => {
  const formula = '(x^2 + y - 11)^2 + (x + y^2 - 7)^2 + 0.3*exp(-x/3) - y/7';
  const X = [-3.5, -0.2, 0, 1.7, 3];
  const Y = [-2, 0.4, 0, 2.5, -1.25];
  const compute = () =>
    tf.tidy(() => {
      const d = derivatives(ast(formula), tf.tensor1d(X), tf.tensor1d(Y), 2);
      return [d.v, d.x!, d.y!, d.xx!, d.xy!, d.yy!].map((t) => Array.from(t.dataSync()));
    });

  it('gives the same float32 values as numbers made tensors by each operation', () => {
    const plain = compute();
    const pool: Constants = new Map();
    const pooled = withConstants(pool, compute);
    const again = withConstants(pool, compute);
    expect(pooled).toEqual(plain);
    expect(again).toEqual(plain);
    // each constant a tensor once: 11, 7, 2 (the product rule), 0.3, -1/3, -1/7 and the like
    expect(pool.size).toBeGreaterThan(3);
    expect(pool.size).toBeLessThan(20);
    disposeConstants(pool);
  });

  it("keeps the pool's tensors through tf.tidy until disposeConstants frees them", () => {
    const before = tf.memory().numTensors;
    const pool: Constants = new Map();
    withConstants(pool, compute);
    expect(tf.memory().numTensors).toBe(before + pool.size);
    for (const t of pool.values()) expect(t.isDisposed).toBe(false);
    disposeConstants(pool);
    expect(pool.size).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is used only inside withConstants, and x / -0 stays -Infinity', () => {
    const pool: Constants = new Map();
    withConstants(pool, () => undefined);
    const before = tf.memory().numTensors;
    compute();
    expect(tf.memory().numTensors).toBe(before);
    const r = withConstants(pool, () =>
      tf.tidy(() => Array.from(derivatives(ast('x / (-0)'), tf.tensor1d([2]), tf.tensor1d([0]), 1).v.dataSync())),
    );
    expect(r).toEqual([-Infinity]);
    disposeConstants(pool);
  });
});
