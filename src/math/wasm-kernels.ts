// The elementwise arithmetic of the jets and of the basins' Newton steps (add, sub, mul, div,
// max of two float32 tensors; neg, square, sqrt, abs, exp, sin, … of one) on tfjs's wasm
// backend, called the way tfjs's own wasm kernels call it, less the wrapping (issue 16).
//
// tfjs-backend-wasm 4.22 runs a binary kernel through Emscripten's `cwrap` with the two shapes
// as "array" arguments: each call copies them onto the wasm stack through fresh typed arrays
// (~3 µs), and the engine's runKernel adds its own bookkeeping for tapes, profiling and memory
// checks (~2 µs). A Newton step of the basins is ~45 such operations, and once most starts have
// converged a step works on a handful of numbers: those microseconds were most of the step.
// (A unary kernel's cwrap is the bare function already; there only the engine's part is saved.)
// Here the same exported C function of the same wasm module computes into an output the
// backend allocates as it always does, with the shapes written once into memory kept for them,
// and the result becomes a tensor the way the engine makes kernel outputs tensors (tracked by
// the enclosing tf.tidy, disposed as usual). Same kernel, same bits (wasm-kernels.test.ts).
//
// Used only where it is plainly the same: the wasm backend, float32 tensors (a binary kernel's
// two of one shape, or one of them a scalar), no gradient tape and no profiling running;
// anything else (and a backend whose internals are not as expected) returns null, and the
// caller goes through tfjs's runKernel.
import * as tf from '@tensorflow/tfjs-core';

/** Kernels of tfjs-backend-wasm 4.22 made by its createBinaryKernelConfig: a C function
 *  (a_id, a_shape, a_rank, b_id, b_shape, b_rank, dtype, out_id). */
export type BinaryKernel = 'Add' | 'Sub' | 'Multiply' | 'RealDiv' | 'Maximum';
/** Kernels made by its createUnaryKernelConfig without an output dtype of their own:
 *  (x_id, dtype, out_id). */
export type UnaryKernel =
  | 'Neg'
  | 'Square'
  | 'Sqrt'
  | 'Abs'
  | 'Sign'
  | 'Sin'
  | 'Cos'
  | 'Tan'
  | 'Atan'
  | 'Sinh'
  | 'Cosh'
  | 'Tanh'
  | 'Exp'
  | 'Log';

/** The parts of tfjs-backend-wasm's BackendWasm this uses (4.22). */
interface WasmBackend {
  wasm: { HEAP32: Int32Array; wasmMemory?: WebAssembly.Memory; _malloc: (bytes: number) => number } & Partial<
    Record<`_${BinaryKernel | UnaryKernel | 'Step'}`, (...args: number[]) => void>
  >;
  dataIdMap: { get: (dataId: object) => { id: number } | undefined };
  makeOutput: (shape: number[], dtype: 'float32') => tf.TensorInfo;
}

/** The engine's state this checks before taking the short way (tfjs-core 4.22). */
interface EngineState {
  gradientDepth: number;
  profiling: boolean;
}

const FLOAT32 = 0; // tfjs-backend-wasm's CppDType.float32
/** Room for two shapes of up to MAX_RANK dimensions, written at the first use. */
const MAX_RANK = 6;

let module: WasmBackend['wasm'] | null = null;
/** byte offset of the shapes' room in the module's memory */
let shapes = 0;

function usable(backend: unknown): backend is WasmBackend {
  const b = backend as Partial<WasmBackend> | null;
  return (
    !!b &&
    typeof b.makeOutput === 'function' &&
    typeof b.dataIdMap?.get === 'function' &&
    typeof b.wasm?._malloc === 'function'
  );
}

/** The wasm backend, where the short way applies now (see the file's head). */
function wasmBackend(): { engine: ReturnType<typeof tf.engine>; backend: WasmBackend } | null {
  const engine = tf.engine();
  if (engine.backendName !== 'wasm') return null;
  const state = (engine as unknown as { state: EngineState }).state;
  if (state.gradientDepth > 0 || state.profiling) return null;
  const backend = engine.backend as unknown;
  return usable(backend) ? { engine, backend } : null;
}

function writeShape(heap: Int32Array, at: number, shape: number[]) {
  for (let i = 0; i < shape.length; i++) heap[at + i] = shape[i];
}

/**
 * a ∘ b by tfjs-backend-wasm's own kernel, or null where the short way does not apply (the
 * caller then runs the kernel through the engine). Both are float32 tensors.
 */
export function wasmBinary(kernel: BinaryKernel, a: tf.Tensor, b: tf.Tensor): tf.Tensor | null {
  if (a.dtype !== 'float32' || b.dtype !== 'float32') return null;
  let shape: number[];
  if (a.rank === b.rank && a.size === b.size && a.shape.every((d, i) => d === b.shape[i])) shape = a.shape;
  else if (b.rank === 0) shape = a.shape;
  else if (a.rank === 0) shape = b.shape;
  else return null;
  if (a.rank > MAX_RANK || b.rank > MAX_RANK || a.size === 0 || b.size === 0) return null;
  const found = wasmBackend();
  const fn = found?.backend.wasm[`_${kernel}`];
  if (!found || typeof fn !== 'function') return null;
  const { engine, backend } = found;
  const wasm = backend.wasm;
  if (wasm !== module) {
    shapes = wasm._malloc(2 * MAX_RANK * 4);
    module = wasm;
  }
  const aData = backend.dataIdMap.get(a.dataId);
  const bData = backend.dataIdMap.get(b.dataId);
  if (!aData || !bData) return null;
  // (HEAP32 is read anew each time: Emscripten replaces the view when the memory grows. In
  // the threaded build a worker may have grown the shared memory without the main thread's
  // view being replaced yet: a view of the memory itself then, else the engine's path.)
  let heap = wasm.HEAP32;
  const at = shapes >> 2;
  if (at + 2 * MAX_RANK > heap.length) {
    if (!wasm.wasmMemory) return null;
    heap = new Int32Array(wasm.wasmMemory.buffer);
  }
  writeShape(heap, at, a.shape);
  writeShape(heap, at + MAX_RANK, b.shape);
  const out = backend.makeOutput(shape, 'float32');
  fn(aData.id, shapes, a.rank, bData.id, shapes + MAX_RANK * 4, b.rank, FLOAT32, backend.dataIdMap.get(out.dataId)!.id);
  return engine.makeTensorFromTensorInfo(out, backend as unknown as tf.KernelBackend);
}

/** f(x) elementwise by tfjs-backend-wasm's own kernel, or null where the short way does not
 *  apply. `Step` is tf.step(x) (alpha 0), as tf.step computes it on wasm. */
export function wasmUnary(kernel: UnaryKernel | 'Step', x: tf.Tensor): tf.Tensor | null {
  if (x.dtype !== 'float32' || x.size === 0) return null;
  const found = wasmBackend();
  const fn = found?.backend.wasm[`_${kernel}`];
  if (!found || typeof fn !== 'function') return null;
  const { engine, backend } = found;
  const xData = backend.dataIdMap.get(x.dataId);
  if (!xData) return null;
  const out = backend.makeOutput(x.shape, 'float32');
  const outId = backend.dataIdMap.get(out.dataId)!.id;
  if (kernel === 'Step') fn(xData.id, 0, FLOAT32, outId);
  else fn(xData.id, FLOAT32, outId);
  return engine.makeTensorFromTensorInfo(out, backend as unknown as tf.KernelBackend);
}
