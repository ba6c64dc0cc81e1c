// The short way to tfjs-backend-wasm's binary kernels (wasm-kernels.ts) against the engine's own
// way, on the wasm backend in Node: same bits, same shapes, tensors tracked and freed as usual,
// and the engine's way wherever the short one does not apply.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeBasins } from './basins';
import { derivatives } from './jet';
import { getSurface } from './surfaces';
import { parseFormula } from './formula/parse';
import { wasmBinary, wasmUnary, type BinaryKernel, type UnaryKernel } from './wasm-kernels';

const KERNELS: BinaryKernel[] = ['Add', 'Sub', 'Multiply', 'RealDiv', 'Maximum'];
let before = '';

beforeAll(async () => {
  before = tf.getBackend();
  const dist = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/index.js'));
  setWasmPaths(join(dist, '/'));
  expect(await tf.setBackend('wasm')).toBe(true);
});
afterAll(async () => {
  await tf.setBackend(before || 'cpu');
});

/** float32 values with signs, zeros, tiny and large magnitudes, infinities and NaN */
function values(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const u = s / 2147483648;
    out[i] = (u - 0.5) * 10 ** Math.floor(u * 12 - 6);
  }
  out.set([0, -0, Infinity, -Infinity, NaN, 1e-30].slice(0, n));
  return out;
}

/** a float32 tensor of the shape, its values from values() */
const filled = (shape: number[], seed: number) =>
  tf.tensor(
    values(
      shape.reduce((p, q) => p * q, 1),
      seed + shape.length,
    ),
    shape,
    'float32',
  );

const bits = (t: tf.Tensor) => Array.from(new Uint32Array((t.dataSync() as Float32Array).slice().buffer));

describe('wasm binary kernels called directly', () => {
  it('gives the engine kernel’s bits for equal shapes and a scalar on either side', () => {
    const cases: [number[], number[]][] = [
      [[7], [7]],
      [[1], [1]],
      [
        [3, 5],
        [3, 5],
      ],
      [
        [2, 3, 4],
        [2, 3, 4],
      ],
      [[], [9]],
      [[9], []],
      [[], []],
      [[4, 6], []],
    ];
    for (const kernel of KERNELS)
      for (const [sa, sb] of cases) {
        const a = filled(sa, 7);
        const b = filled(sb, 11);
        const fast = wasmBinary(kernel, a, b);
        const slow = tf.engine().runKernel(kernel, { a, b }) as tf.Tensor;
        expect(fast, `${kernel} ${JSON.stringify(sa)} ${JSON.stringify(sb)}`).not.toBeNull();
        expect(fast!.shape).toEqual(slow.shape);
        expect(fast!.dtype).toBe('float32');
        expect(bits(fast!)).toEqual(bits(slow));
        tf.dispose([a, b, fast!, slow]);
      }
  });

  it('gives the engine kernel’s bits for every unary kernel it takes, and for tf.step', () => {
    const unary: UnaryKernel[] = [
      'Neg',
      'Square',
      'Sqrt',
      'Abs',
      'Sign',
      'Sin',
      'Cos',
      'Tan',
      'Atan',
      'Sinh',
      'Cosh',
      'Tanh',
      'Exp',
      'Log',
    ];
    for (const shape of [[5], [3, 4], []]) {
      const x = filled(shape, 13);
      for (const kernel of unary) {
        const fast = wasmUnary(kernel, x);
        const slow = tf.engine().runKernel(kernel, { x }) as tf.Tensor;
        expect(fast, kernel).not.toBeNull();
        expect(fast!.shape).toEqual(slow.shape);
        expect(bits(fast!), kernel).toEqual(bits(slow));
        tf.dispose([fast!, slow]);
      }
      const step = wasmUnary('Step', x)!;
      const want = tf.step(x);
      expect(bits(step)).toEqual(bits(want));
      tf.dispose([x, step, want]);
    }
  });

  it('computes what arithmetic says (float32), on a large batch too', () => {
    const n = 70_000;
    const av = values(n, 3);
    const bv = values(n, 5);
    const a = tf.tensor1d(av);
    const b = tf.tensor1d(bv);
    const want = {
      Add: (x: number, y: number) => x + y,
      Sub: (x: number, y: number) => x - y,
      Multiply: (x: number, y: number) => x * y,
      RealDiv: (x: number, y: number) => x / y,
      Maximum: (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y)),
    };
    for (const kernel of KERNELS) {
      const got = wasmBinary(kernel, a, b)!;
      const v = got.dataSync();
      for (const i of [0, 1, 2, 3, 4, 5, 6, 1234, n - 1]) {
        const w = Math.fround(want[kernel](av[i], bv[i]));
        if (Number.isNaN(w)) expect(v[i]).toBeNaN();
        else expect(v[i]).toBe(w);
      }
      got.dispose();
    }
    tf.dispose([a, b]);
  });

  it('keeps working after the wasm memory has grown (the heap view is replaced)', () => {
    const a = tf.tensor1d([1.5, -2, 3]);
    const b = tf.tensor1d([4, 0.25, -8]);
    const first = wasmBinary('Multiply', a, b)!;
    // 64 MB: past the module's initial memory, so it grows and its old views detach
    const big = tf.zeros([16_000_000]);
    const second = wasmBinary('Multiply', a, b)!;
    expect(Array.from(first.dataSync())).toEqual([6, -0.5, -24]);
    expect(Array.from(second.dataSync())).toEqual([6, -0.5, -24]);
    tf.dispose([a, b, first, second, big]);
  });

  it('never writes through a view too short for its shapes (a threaded build’s stale view)', () => {
    const a = tf.tensor1d([1.5, -2, 3]);
    const b = tf.scalar(-2); // a scalar: the kernel broadcasts by the shapes
    // the shapes' room is allocated and holds other shapes ([1]) than the next call's
    const m = tf.ones([1]);
    wasmBinary('Add', m, m)?.dispose();
    m.dispose();
    const wasm = (tf.backend() as unknown as { wasm: { HEAP32: Int32Array } }).wasm;
    const live = wasm.HEAP32;
    wasm.HEAP32 = new Int32Array(live.buffer, 0, 4);
    try {
      const c = wasmBinary('Multiply', a, b) ?? (tf.engine().runKernel('Multiply', { a, b }) as tf.Tensor);
      expect(Array.from(c.dataSync())).toEqual([-3, 4, -6]);
      c.dispose();
    } finally {
      wasm.HEAP32 = live;
    }
    tf.dispose([a, b]);
  });

  it('makes tensors that tf.tidy tracks and frees like any kernel output', () => {
    const a = tf.tensor1d([1, 2, 3]);
    const b = tf.tensor1d([4, 5, 6]);
    const { numTensors, numBytes } = tf.memory();
    const kept = tf.tidy(() => {
      const s = wasmBinary('Add', a, b)!;
      wasmBinary('Sub', s, b);
      return wasmBinary('RealDiv', s, a)!;
    });
    expect(tf.memory().numTensors).toBe(numTensors + 1);
    expect(tf.memory().numBytes).toBe(numBytes + 12);
    expect(Array.from(kept.dataSync())).toEqual([5, 3.5, 3]);
    kept.dispose();
    expect(tf.memory().numTensors).toBe(numTensors);
    tf.dispose([a, b]);
  });

  it('leaves to the engine what it does not do: broadcasting, gradients, another backend', async () => {
    const col = tf.zeros([3, 1]);
    const row = tf.ones([1, 4]);
    expect(wasmBinary('Add', col, row)).toBeNull();
    const x = tf.tensor1d([2, 3]);
    // under tf.grad the engine records a tape: the short way would leave the kernel off it
    const g = tf.grad((v: tf.Tensor) => {
      expect(wasmBinary('Multiply', v, v)).toBeNull();
      return tf.sum(tf.mul(v, v));
    })(x);
    expect(Array.from(g.dataSync())).toEqual([4, 6]);
    tf.dispose([col, row, g, x]);
    await tf.setBackend('cpu');
    const c = tf.tensor1d([1, 2]);
    expect(wasmBinary('Add', c, c)).toBeNull();
    c.dispose();
    await tf.setBackend('wasm');
  });

  it('gives the jet’s derivatives on wasm to float32 accuracy against the cpu backend', async () => {
    const parsed = parseFormula('(x^2 + y - 11)^2 + (x + y^2 - 7)^2 + exp(-(x^2 + y^2)) / (1 + x^2)');
    if (!parsed.ok) throw new Error(parsed.message);
    const xs = [-3.5, -1, 0, 0.3, 2, 3.9];
    const ys = [2.5, -0.7, 0, 1, -2, 3.1];
    const run = () =>
      tf.tidy(() => {
        const d = derivatives(parsed.ast, tf.tensor1d(xs), tf.tensor1d(ys), 2);
        return (['v', 'x', 'y', 'xx', 'xy', 'yy'] as const).map((k) => {
          const c = d[k]!;
          return typeof c === 'number' ? xs.map(() => c) : Array.from(c.dataSync());
        });
      });
    const onWasm = run();
    await tf.setBackend('cpu');
    const onCpu = run();
    await tf.setBackend('wasm');
    for (let k = 0; k < 6; k++)
      for (let i = 0; i < xs.length; i++)
        expect(Math.abs(onWasm[k][i] - onCpu[k][i])).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(onCpu[k][i])));
  });

  it('gives the basins the cpu backend gives: Himmelblau, a constant Hessian, a singular one', async () => {
    const h = getSurface('himmelblau')!;
    const cases: [string, [number, number, number, number], 'newton' | 'damped-newton'][] = [
      [h.formula, h.domain, 'newton'],
      [h.formula, h.domain, 'damped-newton'],
      ['x^2 + 3*y^2 - x*y', [-2, 2, -2, 2], 'newton'],
      ['x + 2*y', [-2, 2, -2, 2], 'newton'],
    ];
    for (const [formula, domain, method] of cases) {
      const parsed = parseFormula(formula);
      if (!parsed.ok) throw new Error(parsed.message);
      const critical = formula === h.formula ? h.critical : [];
      const before = tf.memory().numTensors;
      const onWasm = computeBasins(parsed.ast, domain, 24, method, critical);
      expect(tf.memory().numTensors, formula).toBe(before);
      await tf.setBackend('cpu');
      const onCpu = computeBasins(parsed.ast, domain, 24, method, critical, undefined, true);
      await tf.setBackend('wasm');
      expect(
        onWasm.classes.map((c) => [c.kind, c.count]),
        `${formula} ${method}`,
      ).toEqual(onCpu.classes.map((c) => [c.kind, c.count]));
      const differ = onWasm.labels.filter((l, i) => l !== onCpu.labels[i]).length;
      expect(differ, `${formula} ${method}`).toBe(0);
    }
  });
});
