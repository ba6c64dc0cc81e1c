// Choosing the TensorFlow.js backend: WebGL first, then wasm, then cpu; `backend=` forces
// one. A forced backend that cannot start is reported and the next one is used.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-cpu';
import type { Backend } from '../state/scene';

// The wasm backend is loaded only when asked for or when WebGL is missing, so it costs
// nothing in the common case.
async function registerWasm(): Promise<void> {
  const [wasm, plain, simd, threaded] = await Promise.all([
    import('@tensorflow/tfjs-backend-wasm'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url'),
  ]);
  wasm.setWasmPaths({
    'tfjs-backend-wasm.wasm': plain.default,
    'tfjs-backend-wasm-simd.wasm': simd.default,
    'tfjs-backend-wasm-threaded-simd.wasm': threaded.default,
  });
}

const ORDER: Backend[] = ['webgl', 'wasm', 'cpu'];

async function tryBackend(name: Backend): Promise<boolean> {
  try {
    if (name === 'wasm' && !tf.findBackendFactory('wasm')) await registerWasm();
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

// ---------------------------------------------------------------------------------------------
// A lost WebGL context (GPU reset, driver update, too many contexts, a laptop switching GPUs).
// Every texture on it is gone and tfjs's WebGL backend cannot work on; the page falls back to
// the cpu backend, which always starts, and says so. The scene is kept and recomputed.

/** The WebGL context of tfjs's webgl backend, when that backend is in use. */
export function webglContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  // MathBackendWebGL keeps its context at gpgpu.gl; the typings do not export that class here.
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext | WebGL2RenderingContext } }).gpgpu?.gl;
  return gl ?? null;
}

/** Call `onLost` once when the webgl backend's context is lost; returns a function that stops watching. */
export function watchContextLoss(onLost: () => void): () => void {
  const canvas = webglContext()?.canvas;
  if (!canvas || !('addEventListener' in canvas)) return () => undefined;
  const handler = (e: Event) => {
    // Asks the browser to allow a restore; tfjs is no longer using this context either way.
    e.preventDefault();
    stop();
    onLost();
  };
  const stop = () => canvas.removeEventListener('webglcontextlost', handler);
  canvas.addEventListener('webglcontextlost', handler);
  return stop;
}

/** After a lost context: switch tfjs to the cpu backend. Returns the backend now in use. */
export async function fallBackAfterContextLoss(): Promise<Backend> {
  if (await tryBackend('cpu')) return 'cpu';
  // cpu is bundled and always starts; should it not, try what is left.
  const { backend } = await startBackend('wasm');
  return backend;
}

/** Test hook: lose the webgl backend's context as a GPU reset would. Returns whether it could. */
export function loseContextForTest(): boolean {
  const ext = webglContext()?.getExtension('WEBGL_lose_context');
  if (!ext) return false;
  ext.loseContext();
  return true;
}
