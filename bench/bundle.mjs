// The shipped JavaScript of a build: what index.html loads before the app runs (its scripts,
// the app's chunk the entry imports at once, and their static imports) and what the app can
// load later (dynamic imports). bench.html's and floor.html's own chunks are not shipped to
// users and are left out. Used by the benchmark (bench/run.mjs) and by the size budget's test
// (e2e/bundle.spec.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most JavaScript, gzip bytes, the first request may carry (issue 16). */
export const INITIAL_GZIP_BUDGET = 7e5;

const STATIC_IMPORT = /(?:^|[\s;,}])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;
const VITE_DEPS = /["'`]assets\/([^"'`]+\.js)["'`]/g;

function entryScripts(html) {
  return [...html.matchAll(/<script[^>]*type="module"[^>]*src="\.?\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]);
}

function graph(assets, entries) {
  const initial = new Set();
  const lazy = new Set();
  const visit = (file, into) => {
    if (initial.has(file) || (into === lazy && lazy.has(file))) return;
    into.add(file);
    const text = readFileSync(join(assets, file), 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) visit(m[1], into);
    for (const m of text.matchAll(DYNAMIC_IMPORT)) if (!initial.has(m[1])) visit(m[1], lazy);
    for (const m of text.matchAll(VITE_DEPS))
      if (existsSync(join(assets, m[1])) && !initial.has(m[1])) visit(m[1], lazy);
  };
  for (const e of entries) visit(e, initial);
  for (const f of initial) lazy.delete(f);
  return { initial: [...initial], lazy: [...lazy] };
}

function sizes(files, assets) {
  const rows = files
    .map((f) => {
      const buf = readFileSync(join(assets, f));
      return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return { raw: rows.reduce((s, r) => s + r.raw, 0), gzip: rows.reduce((s, r) => s + r.gzip, 0), chunks: rows };
}

/** The shipped JavaScript of the build in `dist`, in bytes (gzip: node zlib level 9). */
export function shippedJs(dist) {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // The entry (main.ts) imports the app's own chunk (boot-*.js) at once, while the engine
  // starts: it belongs to the first screen as much as the entry does, so it counts as initial.
  const entries = entryScripts(html);
  const boot = readdirSync(assets).filter((f) => /^boot-.*\.js$/.test(f));
  const { initial, lazy } = graph(assets, [...entries, ...boot]);
  const css = readdirSync(assets).filter((f) => f.endsWith('.css') && html.includes(f));
  const first = sizes(initial, assets);
  const later = sizes(lazy, assets);
  return {
    note: 'index.html only (bench.html and floor.html chunks excluded); initial = the entry and the app chunk it imports at once (boot-*.js), with their static imports; lazy = the 3D view, the engines, the rest; gzip is node zlib level 9; bytes',
    initial: first,
    lazy: later,
    totalJs: { raw: first.raw + later.raw, gzip: first.gzip + later.gzip },
    css: sizes(css, assets),
    targetGzip: INITIAL_GZIP_BUDGET,
  };
}
