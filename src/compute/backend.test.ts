// The footer's sentence on the numeric engine (issue 16): which engine, and why.
import { describe, expect, it } from 'vitest';
import { whyEngine } from './backend';

const swift = { renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', software: true, none: false };
const mesa = { renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)', software: true, none: false };
const gpu = { renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060)', software: false, none: false };

describe('whyEngine', () => {
  it('names the software renderer when the numerics left WebGL for the CPU', () => {
    expect(whyEngine('wasm', null, swift)).toBe(
      'software graphics detected (SwiftShader): computing on the CPU with WebAssembly',
    );
    expect(whyEngine('wasm', null, mesa)).toBe('software graphics detected (llvmpipe): computing on the CPU with WebAssembly');
    expect(whyEngine('cpu', null, { renderer: null, software: true, none: false })).toBe(
      'software graphics detected (software rendering): computing on the CPU in plain JavaScript',
    );
  });
  it('says a forced engine came from the link, and a real GPU computes on WebGL', () => {
    expect(whyEngine('webgl', 'webgl', swift)).toBe('computing on the GPU with WebGL (chosen in the link: backend=webgl)');
    expect(whyEngine('webgl', null, gpu)).toBe('computing on the GPU with WebGL');
    expect(whyEngine('wasm', null, { renderer: null, software: false, none: true })).toBe(
      'no WebGL here: computing on the CPU with WebAssembly',
    );
  });
});
