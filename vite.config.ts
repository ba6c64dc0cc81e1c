/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { viteSingleFile } from 'vite-plugin-singlefile';

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

/** The CSP of the one-file build (npm run build:single): its scripts are inline, so each is
 *  allowed by its SHA-256 hash instead of 'self' or 'unsafe-inline'; everything else it loads is
 *  a data: URL (fonts, the WebAssembly engine). */
export function singleFileCsp(scriptHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    'worker-src blob:',
  ].join('; ');
}

const CSP_PLACEHOLDER = '__TN_SINGLE_FILE_CSP__';

/** After vite-plugin-singlefile has inlined the scripts: hash each inline script into the CSP. */
function singleFileHashes(): Plugin {
  return {
    name: 'single-file-csp',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      // after vite-plugin-singlefile's own generateBundle has inlined them
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))))
            .map((m) => createHash('sha256').update(m[1], 'utf8').digest('base64'));
          if (!html.includes(CSP_PLACEHOLDER)) this.error('single-file-csp: the CSP placeholder is missing');
          if (hashes.length === 0) this.error('single-file-csp: no inline script found');
          file.source = html.replace(CSP_PLACEHOLDER, singleFileCsp(hashes));
        }
      },
    },
  };
}

/** The one-file build keeps KaTeX's woff2 fonts only (every browser the app runs in reads
 *  woff2; the woff and ttf copies would be inlined too, ~1 MB for nothing). */
export const KATEX_LEGACY_FONTS = /,url\([^)]*\.woff\) format\("woff"\),url\([^)]*\.ttf\) format\("truetype"\)/g;

function woff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id.split('?')[0])) return null;
      const out = code.replace(KATEX_LEGACY_FONTS, '');
      if (out === code) this.error("katex-woff2-only: KaTeX's @font-face rules no longer read as expected");
      return { code: out, map: null };
    },
  };
}

function csp(single = false): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: single ? CSP_PLACEHOLDER : CSP },
        injectTo: 'head-prepend',
      },
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

// Changes to plotly.js's 3D code for software renderers, made when it is bundled (the
// build fails if plotly's code no longer reads as expected, e.g. after an upgrade). Measured on
// the first 3D drawing here (SwiftShader, 2 cores): about 1.5 s less in all.
export const PLOTLY_PATCHES = [
  {
    // Axis labels are made into triangles from text drawn on one 2D canvas and read back with
    // getImageData, once per label. Without `willReadFrequently` Chromium keeps that canvas on
    // the GPU and each read waits for it: ~50 ms per label on a software renderer.
    file: 'plotly.js/stackgl_modules/index.js',
    find: 'defaultContext = defaultCanvas.getContext("2d")',
    replace: 'defaultContext = defaultCanvas.getContext("2d", { willReadFrequently: true })',
  },
  {
    // ... and that canvas is cleared whole before each label: 8192×1024 pixels, ~10 ms per label
    // on the CPU. 4096×256 still takes a 60-character line at its 64 px (the labels here are
    // "x", "−1.5", "2500"); the height grows by itself where a label has more lines.
    file: 'plotly.js/stackgl_modules/index.js',
    find: 'defaultCanvas.width = 8192\n  defaultCanvas.height = 1024',
    replace: 'defaultCanvas.width = 4096\n  defaultCanvas.height = 256',
  },
  {
    // Every 3D redraw ends with a full-screen triangle (a-big-triangle), which first asks WebGL
    // whether its cached buffer is still a buffer: gl.isBuffer is a synchronous round trip to
    // the GPU process, which answers after finishing all the drawing queued before it. On a
    // software renderer that wait was a third of the main thread's time during a drag. The
    // buffer is the module's own and is never deleted: only a lost context invalidates it.
    file: 'plotly.js/stackgl_modules/index.js',
    find: 'if(!handle || !gl.isBuffer(handle)) {',
    replace: 'if(!handle || gl.isContextLost()) {',
  },
  {
    // plotly resamples a surface of fewer than 120 samples per axis to twice as many or more
    // (a 4× larger mesh) before its first upload, and offers no option against it. A trace with
    // `meta: 'no-refine'` (src/views/plotly3d.ts, NO_REFINE) is drawn at its own resolution.
    file: 'plotly.js/src/traces/surface/convert.js',
    find: '    surface._trace = result;\n    result.update(data);',
    replace:
      "    surface._trace = result;\n    if(data.meta === 'no-refine') result.refineData = false;\n    result.update(data);",
  },
];

function patchPlotly(): Plugin {
  return {
    name: 'patch-plotly',
    enforce: 'pre',
    transform(code, id) {
      const patches = PLOTLY_PATCHES.filter((p) => id.replaceAll('\\', '/').endsWith(`node_modules/${p.file}`));
      if (patches.length === 0) return null;
      let out = code;
      for (const p of patches) {
        if (!out.includes(p.find)) this.error(`patch-plotly: ${p.file} no longer contains ${JSON.stringify(p.find)}`);
        out = out.replace(p.find, p.replace);
      }
      return { code: out, map: null };
    },
  };
}

/** The first request's second half: main.ts imports boot.tsx (React, plotly's core, the views)
 *  dynamically, after it has read the URL and started the engine, so the browser would only ask
 *  for that chunk once main.ts has run. The page's head names it and the chunks it imports from
 *  the start instead, so that they download beside main.ts (issue 16: cold load; on a 20 Mbit/s
 *  network the app is ready ~0.9 s sooner, on this machine's loopback no change). */
export function preloadBoot(): Plugin {
  return {
    name: 'preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.path.endsWith('/index.html')) return [];
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const boot = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/boot.tsx'));
        if (!boot) throw new Error('preload-boot: no chunk for src/boot.tsx');
        // what the page's head already names (the entry and its static imports) is not named twice
        const named = new Set<string>();
        const files: string[] = [];
        const visit = (name: string) => {
          if (named.has(name) || html.includes(`/${name}"`)) return;
          named.add(name);
          files.push(name);
          const c = ctx.bundle?.[name];
          if (c?.type === 'chunk') c.imports.forEach(visit);
        };
        visit(boot.fileName);
        const css = boot.viteMetadata?.importedCss ?? new Set<string>();
        return [
          ...files.map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${f}` },
            injectTo: 'head' as const,
          })),
          // (crossorigin as on the stylesheet link Vite's loader adds: a preload in another
          // credentials mode goes unused and the sheet downloads twice)
          ...[...css].map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `./${f}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

// base './' makes the built folder work from any sub-path (e.g. /tools/taylor/).
// `vite build --mode single` (npm run build:single) writes dist-single/index.html: one file with
// every script, style, font and the WebAssembly engine inlined, for opening from the file system.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [
      react(),
      csp(single),
      noMapStyles(),
      patchPlotly(),
      ...(single ? [] : [preloadBoot()]),
      ...(single ? [woff2Only(), viteSingleFile({ removeViteModuleLoader: true }), singleFileHashes()] : []),
    ],
    // The built app served by `vite preview` (the tests', the bench's) answers cross-origin requests
    // from any origin: in an <iframe sandbox="allow-scripts"> the page's origin is opaque ("null"),
    // so its module scripts and the engine's .wasm are CORS requests (README: hosting).
    preview: { cors: { origin: '*' } },
    // plotly.js's sources (and a few of their dependencies) expect a browserify-style `global`.
    define: { global: 'globalThis' },
    build: single
      ? {
          outDir: 'dist-single',
          chunkSizeWarningLimit: 20000,
          sourcemap: false,
          // everything inline, the engine's .wasm files included (as data: URLs)
          assetsInlineLimit: () => true,
          rollupOptions: { input: resolve(import.meta.dirname, 'index.html') },
        }
      : {
          chunkSizeWarningLimit: 6000,
          sourcemap: false,
          // bench.html is the benchmark's page (npm run bench): the app's math without its views;
          // floor.html draws the app's first two figures with plotly alone (the cold load's floor).
          rollupOptions: {
            input: {
              index: resolve(import.meta.dirname, 'index.html'),
              bench: resolve(import.meta.dirname, 'bench.html'),
              floor: resolve(import.meta.dirname, 'floor.html'),
            },
          },
        },
    test: {
      environment: 'node',
      include: ['src/**/*.test.ts'],
      testTimeout: 60000,
    },
  };
});
