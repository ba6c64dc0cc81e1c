/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The Content Security Policy of the built app: no 'unsafe-eval' (user formulas are
// parsed, never evaluated as code). Only in the build: the dev server injects inline scripts.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
].join('; ');

function csp(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

// plotly.js's registry requires maplibre's stylesheet for its map traces, which the app does
// not draw (see src/views/plotly.ts): ship none of it.
function noMapStyles(): Plugin {
  const id = '\0no-maplibre-css';
  return {
    name: 'no-maplibre-css',
    enforce: 'pre',
    resolveId: (source) => (source === 'maplibre-gl/dist/maplibre-gl.css' ? id : null),
    load: (source) => (source === id ? '' : null),
  };
}

// base './' makes the built folder work from any sub-path (e.g. /tools/taylor/).
export default defineConfig({
  base: './',
  plugins: [react(), csp(), noMapStyles()],
  // plotly.js's sources (and a few of their dependencies) expect a browserify-style `global`.
  define: { global: 'globalThis' },
  build: {
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    // bench.html is the benchmark's page (npm run bench): the app's math without its views.
    rollupOptions: { input: { index: resolve(import.meta.dirname, 'index.html'), bench: resolve(import.meta.dirname, 'bench.html') } },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 60000,
  },
});
