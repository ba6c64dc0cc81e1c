// The footer's sentence on the numeric engine (issue 16): which engine, and why.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineOrder, preloadWasm, whyEngine } from './backend';

const swift = {
  renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
  software: true,
  none: false,
};
const mesa = { renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)', software: true, none: false };
const gpu = { renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060)', software: false, none: false };

describe('whyEngine', () => {
  it('names the software renderer when the numerics left WebGL for the CPU', () => {
    expect(whyEngine('wasm', null, swift)).toBe(
      'software graphics detected (SwiftShader): computing on the CPU with WebAssembly',
    );
    expect(whyEngine('wasm', null, mesa)).toBe(
      'software graphics detected (llvmpipe): computing on the CPU with WebAssembly',
    );
    expect(whyEngine('cpu', null, { renderer: null, software: true, none: false })).toBe(
      'software graphics detected (software rendering): computing on the CPU in plain JavaScript',
    );
  });
  it('says a forced engine came from the link, and a real GPU computes on WebGL', () => {
    expect(whyEngine('webgl', 'webgl', swift)).toBe(
      'computing on the GPU with WebGL (chosen in the link: backend=webgl)',
    );
    expect(whyEngine('webgl', null, gpu)).toBe('computing on the GPU with WebGL');
    expect(whyEngine('wasm', null, { renderer: null, software: false, none: true })).toBe(
      'no WebGL here: computing on the CPU with WebAssembly',
    );
  });
});

describe('engineOrder', () => {
  it('computes on WebGL first on a real GPU, on wasm first where WebGL is software or missing', () => {
    expect(engineOrder(null, gpu)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(engineOrder(null, swift)).toEqual(['wasm', 'webgl', 'cpu']);
    expect(engineOrder(null, mesa)).toEqual(['wasm', 'webgl', 'cpu']);
    expect(engineOrder(null, { renderer: null, software: false, none: true })).toEqual(['wasm', 'webgl', 'cpu']);
  });
  it('tries a forced engine first, then the rest in the order for the machine', () => {
    expect(engineOrder('cpu', gpu)).toEqual(['cpu', 'webgl', 'wasm']);
    expect(engineOrder('webgl', swift)).toEqual(['webgl', 'wasm', 'cpu']);
  });
});

describe('preloadWasm', () => {
  const links: Record<string, string>[] = [];
  const stubDocument = () =>
    vi.stubGlobal('document', {
      createElement: () => ({}) as Record<string, string>,
      head: { append: (l: Record<string, string>) => links.push(l) },
    });
  afterEach(() => {
    vi.unstubAllGlobals();
    links.length = 0;
  });

  it('asks for the simd binary at once where the wasm engine comes first, as a CORS fetch', () => {
    stubDocument();
    expect(preloadWasm(null, swift, './assets/tfjs-backend-wasm-simd-x.wasm')).toBe(true);
    expect(links).toEqual([
      { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: './assets/tfjs-backend-wasm-simd-x.wasm' },
    ]);
  });
  it('asks for nothing where WebGL computes, in the one-file build, or without a document', () => {
    stubDocument();
    expect(preloadWasm(null, gpu, './w.wasm')).toBe(false);
    expect(preloadWasm('webgl', swift, './w.wasm')).toBe(false);
    expect(preloadWasm(null, swift, 'data:application/wasm;base64,AGFzbQ==')).toBe(false);
    expect(links).toEqual([]);
    vi.unstubAllGlobals();
    expect(preloadWasm(null, swift, './w.wasm')).toBe(false);
  });
  it('leaves a cross-origin-isolated page to the threaded binary tfjs picks there', () => {
    stubDocument();
    vi.stubGlobal('crossOriginIsolated', true);
    expect(preloadWasm('wasm', gpu, './w.wasm')).toBe(false);
    expect(links).toEqual([]);
  });
});
