// Choosing the TensorFlow.js backend: WebGL first, then wasm, then cpu; `backend=` forces
// one. A forced backend that cannot start is reported and the next one is used.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { Backend } from '../state/scene';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});

const ORDER: Backend[] = ['webgl', 'wasm', 'cpu'];

async function tryBackend(name: Backend): Promise<boolean> {
  try {
    const ok = await tf.setBackend(name);
    if (!ok) return false;
    await tf.ready();
    // A backend can initialise and still fail on first use (e.g. no float render targets).
    const t = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)));
    const v = (await t.data())[0];
    t.dispose();
    return v === 3;
  } catch {
    return false;
  }
}

/** Start the forced or best backend; returns its name and a notice when the choice changed. */
export async function startBackend(forced: Backend | null): Promise<{ backend: Backend; notice: string | null }> {
  const order = forced ? [forced, ...ORDER.filter((b) => b !== forced)] : ORDER;
  for (const name of order) {
    if (await tryBackend(name)) {
      const notice = forced && name !== forced ? `backend: "${forced}" is not available here; using ${name}` : null;
      return { backend: name, notice };
    }
  }
  throw new Error('No TensorFlow.js backend could start');
}
