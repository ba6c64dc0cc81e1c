// Choosing the TensorFlow.js backend by what the machine is: WebGL first where the GPU is
// real; wasm first where WebGL is software (SwiftShader, llvmpipe, …) or missing; cpu last.
// `backend=` forces one; a forced backend that cannot start is reported and the next is used.
import * as tf from '@tensorflow/tfjs-core';
import { currentLang, type Lang } from '../i18n/i18n';
import { engineMsg } from '../i18n/problems';
import type { Backend } from '../state/scene';
import simdWasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';

// Each backend's code is loaded when it is tried: the page's first request carries none of
// them, and a machine computing on wasm never downloads the WebGL kernels (issue 16).
async function registerWasm(): Promise<void> {
  // The threaded engine runs only on a cross-origin-isolated page, which a file opened from
  // the disk never is: the one-file build (mode "single") leaves it out (tfjs never asks for it
  // there; the map names the simd file in its place so that it is complete).
  const [wasm, plain, simd, threaded] = await Promise.all([
    import('@tensorflow/tfjs-backend-wasm'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url'),
    import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'),
    import.meta.env.MODE === 'single'
      ? Promise.resolve(null)
      : import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url'),
  ]);
  wasm.setWasmPaths({
    'tfjs-backend-wasm.wasm': plain.default,
    'tfjs-backend-wasm-simd.wasm': simd.default,
    'tfjs-backend-wasm-threaded-simd.wasm': (threaded ?? simd).default,
  });
}

/** WebAssembly with SIMD (the bytes tfjs's wasm backend validates to choose its simd binary). */
function wasmSimd(): boolean {
  try {
    return WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15, 26, 11,
      ]),
    );
  } catch {
    return false;
  }
}

/**
 * Where the wasm engine is the first tried: ask for its binary at once, from the page's first
 * moments, instead of after its JavaScript has been fetched and run (~0.5 s later here, more on a
 * slow network). The engine's own request then takes the preloaded response. Only the simd
 * binary, the one tfjs picks on a page that is not cross-origin isolated; not in the one-file
 * build (its binaries are data: URLs). Returns whether it asked.
 */
export function preloadWasm(forced: Backend | null, probe: GraphicsProbe, url: string = simdWasmUrl): boolean {
  if (engineOrder(forced, probe)[0] !== 'wasm' || url.startsWith('data:') || typeof document === 'undefined')
    return false;
  if (globalThis.crossOriginIsolated || !wasmSimd()) return false;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // tfjs fetches it with credentials 'same-origin', as a CORS request: the preload must match
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.append(link);
  return true;
}

const ORDER: Backend[] = ['webgl', 'wasm', 'cpu'];
/** Where WebGL is software, the numerics run faster on WebAssembly (issue 16): SwiftShader
 *  takes 33 ms for a 512² grid that wasm does in 0.9 ms. WebGL stays for drawing. */
const SOFTWARE_ORDER: Backend[] = ['wasm', 'webgl', 'cpu'];

/** Renderer names of WebGL done on the CPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render driver/i;

export interface GraphicsProbe {
  /** the unmasked renderer name, where the browser tells it */
  renderer: string | null;
  /** WebGL is done on the CPU (by its name, or the browser warns of a major performance caveat) */
  software: boolean;
  /** no WebGL at all */
  none: boolean;
}

/** What draws this page's WebGL: a few milliseconds, one throwaway context. */
export function probeGraphics(): GraphicsProbe {
  if (typeof document === 'undefined') return { renderer: null, software: false, none: true };
  performance.mark('tn-probe-start');
  try {
    probed = probe();
    return probed;
  } finally {
    performance.measure('tn-probe', 'tn-probe-start');
  }
}

let probed: GraphicsProbe | null = null;

/** Whether this page can draw WebGL at all (the 3D view needs it; the map and numbers do not).
 *  Known after the engine was chosen at boot; true until then. */
export function webglAvailable(): boolean {
  return probed === null || !probed.none;
}

function probe(): GraphicsProbe {
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return { renderer: null, software: false, none: true };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  let software = renderer !== null && SOFTWARE_RENDERER.test(renderer);
  if (!software) {
    // a browser that hides the renderer still refuses a context that would be slow
    const strict = document
      .createElement('canvas')
      .getContext('webgl', { failIfMajorPerformanceCaveat: true }) as WebGLRenderingContext | null;
    if (!strict) software = true;
    else strict.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return { renderer, software, none: false };
}

/** A short name for a software renderer, for the footer ("SwiftShader", "llvmpipe"). */
function rendererName(renderer: string | null, lang: Lang): string {
  const m = renderer?.match(/swiftshader|llvmpipe|softpipe|lavapipe/i);
  if (!m) return engineMsg.in(lang).softwareRendering;
  const n = m[0].toLowerCase();
  return n === 'swiftshader' ? 'SwiftShader' : n;
}

const REGISTER: Record<Backend, () => Promise<unknown>> = {
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
  wasm: registerWasm,
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

async function tryBackend(name: Backend): Promise<boolean> {
  try {
    if (!tf.findBackendFactory(name)) await REGISTER[name]();
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

export interface Started {
  backend: Backend;
  /** an alert when a forced backend could not start, in a given language (the page says it
   *  again after a language switch); null when there is none */
  notice: ((lang: Lang) => string) | null;
  /** why this engine, in words for the footer, in a given language */
  why: (lang: Lang) => string;
}

/** The engines in the order they are tried: the forced one first, then by what draws WebGL. */
export function engineOrder(forced: Backend | null, probe: GraphicsProbe): Backend[] {
  // no WebGL on the page's canvases (tfjs may still get one offscreen): the CPU engines first
  const base = probe.software || probe.none ? SOFTWARE_ORDER : ORDER;
  return forced ? [forced, ...base.filter((b) => b !== forced)] : base;
}

/** Start the forced or best backend; returns its name, a notice when a forced choice could
 *  not be honoured, and why this engine was chosen. */
export async function startBackend(forced: Backend | null, probe: GraphicsProbe = probeGraphics()): Promise<Started> {
  const order = engineOrder(forced, probe);
  for (const name of order) {
    if (await tryBackend(name)) {
      const notice = forced && name !== forced ? (lang: Lang) => engineMsg.in(lang).notAvailable(forced, name) : null;
      return { backend: name, notice, why: (lang) => whyEngine(name, forced, probe, lang) };
    }
  }
  // shown on the page (boot.tsx: the engine could not start)
  throw new Error(engineMsg().noBackend);
}

const ENGINE_WORDS = { webgl: 'onGpu', wasm: 'onWasm', cpu: 'onCpu' } as const satisfies Record<Backend, string>;

/** The footer's sentence: which engine computes, and why (in `lang`, default: the language in use). */
export function whyEngine(
  backend: Backend,
  forced: Backend | null,
  probe: GraphicsProbe,
  lang: Lang = currentLang(),
): string {
  const m = engineMsg.in(lang);
  const how = m[ENGINE_WORDS[backend]];
  if (forced === backend) return m.forced(how, forced);
  if (probe.none) return m.noWebgl(how);
  if (probe.software && backend !== 'webgl') return m.software(rendererName(probe.renderer, lang), how);
  return how;
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
