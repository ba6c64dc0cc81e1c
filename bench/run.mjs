// The benchmark (npm run bench): serves the production build with `vite preview`, drives
// headless Chromium through Playwright, and prints one JSON document (also written to
// bench/results.json) of medians over repeated runs. Every speed figure comes with a
// baseline measured in the same run (a plain TypeScript loop, the naive full redraw), so
// the ratios mean something on any machine.
//
//   npm run bench                     build, then benchmark (WebGL through SwiftShader)
//   BENCH_GPU=1 npm run bench         the same on a machine with a GPU (hardware WebGL)
//   BENCH_DIST=dist-x BENCH_PORT=4399 node bench/run.mjs    an existing build, another port
//   BENCH_ONLY=size,drag node bench/run.mjs                 some sections only
//   BENCH_ONLY=singleFile node bench/run.mjs                the one-file build (npm run build:single)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_COMMON_ARGS } from '../e2e/shared.mjs';
import { shippedJs } from './bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, process.env.BENCH_DIST || 'dist');
const PORT = Number(process.env.BENCH_PORT || 4391);
const GPU = process.env.BENCH_GPU === '1';
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
// extra URL parameters for the app in the drag and cold-load figures, e.g. "backend=cpu"
const APP_QUERY = process.env.BENCH_APP_QUERY || '';
const OUT = resolve(ROOT, process.env.BENCH_OUT || 'bench/results.json');
const BASE = `http://127.0.0.1:${PORT}`;

// the tests' flags (e2e/shared.mjs); on a GPU machine, hardware WebGL instead of SwiftShader
const ARGS = GPU
  ? [...CHROMIUM_COMMON_ARGS, '--use-angle=default', '--enable-gpu', '--ignore-gpu-blocklist']
  : CHROMIUM_ARGS;

const want = (section) => !ONLY || ONLY.has(section);
const log = (...a) => console.error('[bench]', ...a);
const round = (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 1000) / 1000);

function summarize(times) {
  if (!times.length) return null;
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: round(median), p95: round(at(0.95)), min: round(s[0]), runs: s.length };
}

// The one-file build (npm run build:single): its size, and its cold load from file:// with the
// network off to data-ready (the app's page hook), medians of 3 fresh contexts.
const SINGLE = resolve(ROOT, process.env.BENCH_SINGLE || 'dist-single/index.html');

function singleFileSize() {
  if (!existsSync(SINGLE)) return { error: `no ${SINGLE}: run npm run build:single first` };
  const buf = readFileSync(SINGLE);
  return {
    file: SINGLE,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    note: 'bytes; gzip is node zlib level 9',
  };
}

async function singleFileSection(browser) {
  const size = singleFileSize();
  if (size.error) return size;
  const times = [];
  const outside = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ offline: true, viewport: { width: 1366, height: 768 } });
    const page = await ctx.newPage();
    page.on('request', (r) => {
      if (!/^(data|blob|file):/.test(r.url())) outside.push(r.url());
    });
    const t0 = Date.now();
    await page.goto(`file://${SINGLE}`);
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 120_000 });
    times.push(Date.now() - t0);
    await ctx.close();
  }
  return {
    note: 'ms from navigation to data-ready, opened from file:// with the network off (1366×768); requestsOutsideTheFile must be empty',
    size,
    load: summarize(times),
    requestsOutsideTheFile: outside,
  };
}

// ---------------------------------------------------------------------------------------------

async function startPreview() {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const child = spawn(
    vite,
    ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${output}`);
    try {
      const r = await fetch(`${BASE}/index.html`);
      if (r.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview did not start on ${BASE}: ${output}`);
}

async function benchPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BASE}/bench.html`);
  await page.waitForFunction(() => window.__bench?.ready === true, null, { timeout: 60_000 });
  return { page, context, errors };
}

async function gridSection(browser) {
  const { page, context } = await benchPage(browser);
  const r = await page.evaluate(() => window.__bench.grid(['webgl', 'cpu', 'wasm'], [128, 256, 512], [0, 2]));
  await context.close();
  return {
    note: 'ms per evalGrid (value only: order 0; value+gradient+Hessian: order 2) on a Domain [-2,2]x[-1,3] grid, read back to the CPU; ratioVsLoop = backend median / plain-loop median (lower is better, <1 beats the loop)',
    ...r,
  };
}

async function optimizerSection(browser) {
  const { page, context } = await benchPage(browser);
  const r = await page.evaluate(() =>
    window.__bench.optimizers(['webgl', 'webgl-stepwise', 'cpu', 'loop'], [100, 1000]),
  );
  await context.close();
  // the GPU step programs against the per-step path on the same backend, in this run
  const speedup = {};
  for (const [id, byN] of Object.entries(r.webgl ?? {})) {
    speedup[id] = {};
    for (const [n, t] of Object.entries(byN)) {
      const base = r['webgl-stepwise']?.[id]?.[n];
      // per step taken: the two paths may stop at different iterations (float32 state)
      speedup[id][n] =
        t?.median && base?.median ? round(base.median / base.iterations / (t.median / t.iterations)) : null;
    }
  }
  return {
    note: 'ms for one run of each optimizer on Rosenbrock from (-1.2, 1), lr 0.001 (sgd: on linear-regression with its shipped data), tol 0, through engine.runOptimizers (median of warm runs; "first" = the first call, with shader compilation). webgl = the GPU step programs (gpu-runs.ts: a chunk of iterates per dispatch and read-back); webgl-stepwise = the same runs driven one evaluation round (GPU read-back) per step, the baseline; "loop" evaluates f, g, H by hand in JS (the optimizer overhead alone); iterations = steps actually taken (Newton-type methods may converge or stop early). speedupVsStepwise = (webgl-stepwise ms per iteration) / (webgl ms per iteration); per iteration because the float32 GPU state can stop at another step than the float64 per-step state (dfp converges in ~41 steps on the GPU).',
    byBackend: r,
    speedupVsStepwise: speedup,
  };
}

async function dragComputeSection(browser) {
  const { page, context } = await benchPage(browser);
  const r = await page.evaluate(() => window.__bench.dragCompute(['webgl', 'cpu', 'wasm']));
  await context.close();
  return {
    note: 'ms of the math one move of p costs (results.ts): facts = f, grad, Hessian at p (factsAt); patch = facts + T1/T2 (taylorGrid) + f on the 25x25 patch (evalGrid), three calls; move = the same results as results.ts computes them per move: one fused WebGL program and one read-back (factsAndPatch) where fused is true, else the three calls',
    byBackend: r,
  };
}

async function jetSection(browser) {
  const { page, context } = await benchPage(browser);
  const r = await page.evaluate(() => window.__bench.jetGrid(['webgl', 'wasm', 'cpu'], 512, 6));
  await context.close();
  const fused = r['webgl-fused']?.median;
  const cpu = r.cpu?.median;
  return {
    note: 'ms for every partial derivative up to order 6 (28 rows) of Rosenbrock on a 512 x 512 grid, read back: webgl-fused = the fused GLSL jet program, webgl-ops = op by op on webgl, wasm and cpu op by op (issue 17); speedupFusedVsCpu = cpu / webgl-fused',
    ...r,
    speedupFusedVsCpu: fused && cpu ? round(cpu / fused) : null,
  };
}

/** The drag with the models up to order 4 shown against orders 1 and 2, rounds alternating
 *  (issue 17: at most 1.3× the order-2 time). */
async function dragOrdersSection(browser) {
  const ROUNDS = Number(process.env.BENCH_DRAG_ROUNDS || 5);
  const queries = { 'taylor=1,2': '?taylor=1,2', 'taylor=1,2,3,4': '?taylor=1,2,3,4' };
  const pooled = Object.fromEntries(Object.keys(queries).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++)
    for (const [name, query] of Object.entries(queries))
      pooled[name].push(...(await dragOnce(browser, query, 8)).latencies.bothViews);
  const two = summarize(pooled['taylor=1,2']);
  const four = summarize(pooled['taylor=1,2,3,4']);
  return {
    note: 'ms from a pointermove on p to both views drawn (as in drag), default scene with taylor=1,2 and with taylor=1,2,3,4, rounds alternating; ratio = orders 1-4 / orders 1-2 (goal <= 1.3)',
    'taylor=1,2': two,
    'taylor=1,2,3,4': four,
    ratioMedian: two.median && four.median ? round(four.median / two.median) : null,
  };
}

async function basinsSection(browser) {
  // Newton basins on Himmelblau, n² starts × 30 iterations, on each engine the app may choose
  // and in plain JavaScript (float64, derivatives by hand: the kind of code the peer ships),
  // in the same browser (issue 16). speedVsLoop = loop ms / engine ms: ≥ 1 is at least as fast.
  const out = {};
  const page0 = await benchPage(browser);
  for (const n of [128, 256]) out[`loop-${n}`] = await page0.page.evaluate((k) => window.__bench.basinsLoop(k, 30), n);
  await page0.context.close();
  // The engine chosen on this machine, in alternating runs with the baseline in one page: 15
  // of each (medians of 7 moved by up to ×1.8 between runs of one build here, 2026-12-02).
  for (const [backend, n] of [
    ['wasm', 128],
    ['wasm', 256],
  ]) {
    const { page, context } = await benchPage(browser);
    out[`${backend}-${n}-vsLoop`] = await page.evaluate(
      ([b, k]) => window.__bench.basinsVsLoop(b, k, 30, 15),
      [backend, n],
    );
    await context.close();
  }
  for (const [backend, n] of [
    ['wasm', 128],
    ['wasm', 256],
    ['webgl', 128],
    ['webgl', 256],
    ['cpu', 128],
  ]) {
    const { page, context } = await benchPage(browser);
    const r = await page.evaluate(([b, k]) => window.__bench.basins(b, k, 30), [backend, n]);
    const loop = out[`loop-${n}`]?.result?.median;
    if (r.result && loop) r.result.speedVsLoop = round(loop / r.result.median);
    out[`${backend}-${n}`] = r;
    await context.close();
  }
  return {
    note: 'ms for Newton basins on Himmelblau (n x n starts x 30 iterations, classified): computeBasins per engine, and loop = plain JavaScript float64 with hand-written derivatives (src/bench/loops.ts); speedVsLoop = loop / engine (>= 1: the engine is at least as fast); <engine>-<n>-vsLoop: the engine and the loop in alternating runs in one page (15 of each, medians), the fairest ratio on a shared machine; minima / counts: starts per minimum, to compare the engines with the loop',
    ...out,
  };
}

/** A school's network for the cold load on it: 20 Mbit/s each way, 40 ms round trips. */
const SCHOOL_NETWORK = { offline: false, latency: 40, downloadThroughput: 2.5e6, uploadThroughput: 2.5e6 };

/** A fresh browser context (empty cache) and page at the bench's viewport, with Chromium's
 *  counters of the page's main thread on from the start (Performance.getMetrics) and the
 *  network emulated where asked. */
async function freshPage(browser, network = null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page, cdp };
}

async function openApp(browser, query = '', network = null) {
  const { context, page, cdp } = await freshPage(browser, network);
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  await page.addInitScript(() => {
    // Every finished view drawing, with its time (views/drawn.ts): the first map drawn
    window.__tnDrawnLog ??= [];
    // The 3D view's WebGL context (null before it is drawn or once lost): a 1-pixel read-back
    // of its canvas waits for the GPU to finish drawing it
    window.__tn3dGl = () => {
      const gd = [...document.querySelectorAll('.js-plotly-plot')].find((g) => g._fullLayout?.scene?._scene);
      const gl = gd?._fullLayout.scene._scene.glplot?.gl;
      return gl && !gl.isContextLost() ? gl : null;
    };
    // When data-ready first turns "true": the end of a cold load.
    const watch = () => {
      const obs = new MutationObserver(() => {
        const app = document.querySelector('[data-testid="app"]');
        if (app?.getAttribute('data-ready') === 'true' && window.__tnFirstReady === undefined) {
          window.__tnFirstReady = performance.now();
          // data-ready means every view has issued its drawing; on software WebGL the GPU
          // process is still rasterising the 3D view then. Painted: a 1-pixel read-back of
          // the 3D canvas (waits for the GPU to finish it), then the next frame on screen.
          const gl = window.__tn3dGl();
          if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              window.__tnFirstPainted = performance.now();
            }),
          );
        }
      });
      obs.observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-ready'] });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
    else watch();
  });
  const params = [query.replace(/^\?/, ''), APP_QUERY].filter(Boolean).join('&');
  await page.goto(`${BASE}/${params ? `?${params}` : ''}`);
  await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 120_000 });
  return { context, page, problems, cdp };
}

/** The page's main-thread counters so far, in ms (Chromium's Performance metrics): busy
 *  (TaskDuration) and running script (ScriptDuration). */
async function mainThreadMs(cdp) {
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  return { busy: m.TaskDuration * 1000, script: m.ScriptDuration * 1000 };
}

/** The app's first map and 3D view as plotly figures (data, layout, the config that matters,
 *  the plot's size), read from the app at the default URL: what floor.html draws. */
async function captureFigures(browser) {
  const { context, page } = await openApp(browser, '');
  const figs = await page.evaluate(() => {
    const plot = (id) => document.querySelector(`[data-testid="${id}"] .js-plotly-plot`);
    // typed arrays as plain arrays, as a JSON round trip would leave them otherwise
    const plain = (v) => JSON.parse(JSON.stringify(v, (_k, x) => (ArrayBuffer.isView(x) ? Array.from(x) : x)));
    const fig = (gd) => ({
      data: plain(gd.data),
      layout: plain(gd.layout),
      config: {
        displaylogo: false,
        displayModeBar: gd._context.displayModeBar,
        staticPlot: gd._context.staticPlot,
        scrollZoom: gd._context.scrollZoom,
      },
      width: gd.clientWidth,
      height: gd.clientHeight,
    });
    return { contour: fig(plot('contour-view')), surface: fig(plot('surface-view')) };
  });
  await context.close();
  return figs;
}

/** One cold load of floor.html with the given figures: ms from navigation start to each
 *  figure's plotly promise resolved. */
async function floorLoad(browser, figs, network = null) {
  const { context, page } = await freshPage(browser, network);
  await page.addInitScript((f) => {
    window.__floorFigures = f;
  }, figs);
  await page.goto(`${BASE}/floor.html`);
  await page.waitForFunction(() => window.__floorDone !== undefined, null, { timeout: 120_000 });
  const done = await page.evaluate(() => window.__floorDone);
  await context.close();
  return done;
}

async function coldLoadSection(browser, runs = 5, network = null) {
  // plotly alone drawing the app's first two figures (floor.html), loads alternating with the app's
  const figs = await captureFigures(browser);
  const floorMap = [];
  const floorBoth = [];
  const ready = [];
  const painted = [];
  const map = [];
  const fcp = [];
  const engine = [];
  const probe = [];
  const appCode = [];
  const firstRender = [];
  const busy = [];
  const script = [];
  const problems = new Set();
  let backend = null;
  for (let i = 0; i < runs; i++) {
    const floor = await floorLoad(browser, figs, network);
    floorMap.push(floor.contour);
    floorBoth.push(floor.surface);
    const { context, page, problems: p, cdp } = await openApp(browser, '', network);
    await page.waitForFunction(() => window.__tnFirstPainted !== undefined);
    const m = await mainThreadMs(cdp);
    const r = await page.evaluate(() => ({
      ready: window.__tnFirstReady,
      painted: window.__tnFirstPainted,
      map: window.__tnDrawnLog?.find((d) => d.view === 'contour' && d.version > 0)?.t ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      backend: document.querySelector('[data-testid="app"]')?.getAttribute('data-backend'),
      engine: performance.getEntriesByName('tn-engine')[0]?.duration ?? null,
      probe: performance.getEntriesByName('tn-probe')[0]?.duration ?? null,
      appCode: performance.getEntriesByName('tn-boot')[0]?.startTime ?? null,
      firstRender: performance.getEntriesByName('tn-render')[0]?.startTime ?? null,
    }));
    // the main thread's busy time up to painted (read a moment after it), and its script part
    busy.push(m.busy);
    script.push(m.script);
    if (r.appCode !== null) appCode.push(r.appCode);
    if (r.firstRender !== null) firstRender.push(r.firstRender);
    if (r.engine !== null) engine.push(r.engine);
    if (r.probe !== null) probe.push(r.probe);
    ready.push(r.ready);
    painted.push(r.painted);
    if (r.map !== null) map.push(r.map);
    if (r.fcp !== null) fcp.push(r.fcp);
    backend = r.backend;
    p.forEach((x) => problems.add(x));
    await context.close();
  }
  return {
    note: 'ms from navigation start to data-ready="true" (first surface, overlays and trajectories drawn) in a fresh browser context (empty cache), default URL; to the 3D view finished by the GPU and on screen (dataReadyPainted); to the first drawing of the contour map (surface, p, runs: the first render of the scene); and to first contentful paint',
    backend,
    dataReady: summarize(ready),
    // …and until the 3D view's pixels are finished (a read-back of its canvas) and the next
    // frame is on screen: on SwiftShader the GPU is still drawing the 3D view at data-ready
    dataReadyPainted: summarize(painted),
    firstMapDrawn: summarize(map),
    firstContentfulPaint: summarize(fcp),
    // where the time goes before the map: the app's code loaded and run (boot.tsx), the first
    // render of the page (after the engine has started too)
    appCodeRun: appCode.length ? summarize(appCode) : null,
    firstRender: firstRender.length ? summarize(firstRender) : null,
    // issue 16: the engine is chosen (renderer probe) and started at boot
    graphicsProbe: summarize(probe),
    engineStart: summarize(engine),
    // the floor: floor.html draws the app's first map and 3D view (captured from the app in
    // this run) with the same plotly and nothing else; loads alternating with the app's. Both
    // drawn is what the app's dataReady waits for; overFloor = app / floor (1 = the app adds
    // nothing to what plotly itself needs here)
    plotlyFloor: {
      mapDrawn: summarize(floorMap),
      bothDrawn: summarize(floorBoth),
      overFloor: {
        dataReady: round(summarize(ready).median / summarize(floorBoth).median),
        firstMapDrawn: map.length ? round(summarize(map).median / summarize(floorMap).median) : null,
      },
    },
    // how much of the load the page's main thread was busy (Chromium's TaskDuration), and
    // running script: well under dataReady means it waited (for the GPU process, the
    // compilers, the network), not that it worked
    mainThreadBusy: summarize(busy),
    mainThreadScript: summarize(script),
    problems: [...problems],
  };
}

/** Drag the expansion point in `moves` separate pointer moves; each is timed until both the
 *  contour map and the 3D view have drawn the new results (the drawn log in views/drawn.ts). */
async function dragOnce(browser, query, moves = 12) {
  const { context, page, problems } = await openApp(browser, query);
  const handle = page.getByTestId('point-handle');
  const box = await handle.boundingBox();
  if (!box) throw new Error('no point handle');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    window.__tnDrawnLog = [];
    // A 3D drawing is done when the GPU has finished it, not when plotly has issued it: the
    // time of a finished 3D drawing is taken after a 1-pixel read-back of its canvas, which
    // waits for the GPU (the same for the app and the baselines).
    const gl = window.__tn3dGl();
    const pixel = new Uint8Array(4);
    window.__tnDrawnLog.push = function (...entries) {
      for (const e of entries) {
        if (e.view === 'surface3d' && gl && !gl.isContextLost()) {
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          e.t = performance.now();
        }
      }
      return Array.prototype.push.apply(this, entries);
    };
    window.__tnMoves = [];
    window.addEventListener('pointermove', (e) => window.__tnMoves.push(e.timeStamp), true);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const latencies = [];
  const contour = [];
  const surface = [];
  let missed = 0;
  for (let i = 1; i <= moves; i++) {
    // a small circle around the start, a few pixels per move, as a hand drags
    const a = (i / moves) * 2 * Math.PI;
    await page.mouse.move(cx + 30 * Math.sin(a), cy + 30 * (1 - Math.cos(a)));
    try {
      const r = await page.waitForFunction(
        () => {
          const t0 = window.__tnMoves[window.__tnMoves.length - 1];
          const after = (v) => window.__tnDrawnLog.filter((e) => e.view === v && e.t >= t0);
          const c = after('contour');
          const s = after('surface3d');
          const ready = document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true';
          if (!ready || !c.length || !s.length) return null;
          const tc = c[c.length - 1].t;
          const ts = s[s.length - 1].t;
          return { all: Math.max(tc, ts) - t0, contour: tc - t0, surface: ts - t0 };
        },
        null,
        { timeout: 10_000, polling: 'raf' },
      );
      const v = await r.jsonValue();
      latencies.push(v.all);
      contour.push(v.contour);
      surface.push(v.surface);
    } catch {
      missed++;
    }
    // let the throttled 3D view's quiet interval pass, so each move is timed on its own
    await page.waitForTimeout(200);
  }
  await page.mouse.up();
  await context.close();
  return { latencies: { bothViews: latencies, contour, surface3d: surface }, missed, problems };
}

/** A continuous drag: moves every 16 ms (a 60 Hz pointer) for about a second; how many
 *  distinct repaints each view managed, and how long after the last move both had settled. */
async function dragContinuous(browser, query, moves = 60, handleId = 'point-handle') {
  const { context, page, problems, cdp } = await openApp(browser, query);
  const handle = page.getByTestId(handleId).first();
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    window.__tnDrawnLog = [];
    // the page's frames: two drawings within one frame reach the screen as one repaint
    window.__tnFrames = [];
    const tick = (t) => {
      window.__tnFrames.push(t);
      if (window.__tnFrames.length < 5000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  // the main thread's busy time during the drag: what a repaint costs the page, less at the
  // mercy of this shared machine's scheduling than a rate
  const busy0 = (await mainThreadMs(cdp)).busy;
  const t0 = await page.evaluate(() => performance.now());
  // a pointer does not wait for the page: stop after ~3 s even if the page lagged behind
  const started = Date.now();
  for (let i = 1; i <= moves && Date.now() - started < 3000; i++) {
    await page.mouse.move(cx + i * 0.8, cy + i * 0.5);
    await page.waitForTimeout(16);
  }
  const tLast = await page.evaluate(() => performance.now());
  const busyMs = (await mainThreadMs(cdp)).busy - busy0;
  await page.mouse.up();
  await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 60_000 });
  const { log: r, frames } = await page.evaluate(() => ({ log: window.__tnDrawnLog, frames: window.__tnFrames }));
  await context.close();
  const of = (v) => r.filter((e) => e.view === v && e.t >= t0);
  const during = (v) => of(v).filter((e) => e.t <= tLast);
  // A view's drawings during the drag, counted once per frame they reach the screen in: a move
  // marks the map drawn twice, its handle at once and the new results a moment later, most
  // often within the same frame (before session 12 both marks were counted: marksPerSecond).
  const frameOf = (t) => frames.filter((f) => f <= t).length;
  const repaints = (v) => new Set(during(v).map((e) => frameOf(e.t))).size;
  const settled = Math.max(...of('contour').map((e) => e.t), ...of('surface3d').map((e) => e.t));
  const span = (tLast - t0) / 1000;
  return {
    seconds: round(span),
    contourRepaintsPerSecond: round(repaints('contour') / span),
    mainThreadMsPerContourRepaint: round(busyMs / Math.max(1, repaints('contour'))),
    surfaceRepaintsPerSecond: round(repaints('surface3d') / span),
    marksPerSecond: {
      contour: round(during('contour').length / span),
      surface3d: round(during('surface3d').length / span),
    },
    settleAfterLastMoveMs: round(settled - tLast),
    problems,
  };
}

/** A data set of n rows on a noisy line (linear regression), as a data= parameter. */
function lineData(n) {
  return Array.from({ length: n }, (_, i) => {
    const t = Math.round(((4 * i) / Math.max(1, n - 1)) * 1000) / 1000;
    return `${t},${Math.round((1.5 * t - 0.5 + 0.4 * Math.sin(7 * i)) * 1000) / 1000}`;
  }).join(';');
}

/** One continuous drag of the first data point in the data panel (~3 s), on n rows. */
const dataDragOnce = (browser, n) =>
  dragContinuous(browser, `?surface=linear-regression&data=${lineData(n)}&opt=gd,newton,sgd`, 180, 'reg-point');

/** Dragging a data point on 500 rows against 8 rows, alternating, in one run (issue 19). */
/** Medians over rounds of dragContinuous. */
function continuousFigures(runs) {
  const med = (a) => round([...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]);
  return {
    contourRepaintsPerSecond: med(runs.map((x) => x.contourRepaintsPerSecond)),
    surfaceRepaintsPerSecond: med(runs.map((x) => x.surfaceRepaintsPerSecond)),
    contourMarksPerSecond: med(runs.map((x) => x.marksPerSecond.contour)),
    mainThreadMsPerContourRepaint: med(runs.map((x) => x.mainThreadMsPerContourRepaint)),
    settleAfterLastMoveMs: med(runs.map((x) => x.settleAfterLastMoveMs)),
    problems: [...new Set(runs.flatMap((x) => x.problems))],
  };
}

/** The moves of rounds of dragOnce, pooled into one set of latencies per view. */
function latencyPool() {
  const p = { bothViews: [], contour: [], surface3d: [], missed: 0, problems: [] };
  return {
    add(one) {
      p.bothViews.push(...one.latencies.bothViews);
      p.contour.push(...one.latencies.contour);
      p.surface3d.push(...one.latencies.surface3d);
      p.missed += one.missed;
      p.problems.push(...one.problems);
    },
    figures: () => ({
      bothViews: summarize(p.bothViews),
      contour: summarize(p.contour),
      surface3d: summarize(p.surface3d),
      missed: p.missed,
      problems: [...new Set(p.problems)],
    }),
  };
}

async function dataDragSection(browser) {
  // 7 rounds: the ratio of two rates on this shared machine wanders ±15% over 3 (0.74–1.02)
  const ROUNDS = Number(process.env.BENCH_DRAG_ROUNDS || 7);
  const by = { 8: [], 500: [] };
  for (let r = 0; r < ROUNDS; r++) for (const n of [8, 500]) by[n].push(await dataDragOnce(browser, n));
  const small = continuousFigures(by[8]);
  const large = continuousFigures(by[500]);
  return {
    note: 'a continuous drag (~3 s, a move every 16 ms) of the first data point in the data panel on linear regression with gd, newton and sgd racing; the map (from a 41² draft grid while dragging), Taylor models and runs follow each write (one per frame), the 3D view and the convergence plot catch up on release; medians over alternating rounds of 8 and 500 rows; contourRatio = 500 rows / 8 rows in map repaints per second (1 = as smooth); costRatio = 8 rows / 500 rows in main-thread ms per map repaint (Chromium TaskDuration; 1 = a repaint costs the same)',
    rows8: small,
    rows500: large,
    contourRatio: small.contourRepaintsPerSecond
      ? round(large.contourRepaintsPerSecond / small.contourRepaintsPerSecond)
      : null,
    // the same comparison by cost: main-thread ms per map repaint, 8 rows / 500 rows (1 = a
    // repaint costs the same on 500 rows)
    costRatio: large.mainThreadMsPerContourRepaint
      ? round(small.mainThreadMsPerContourRepaint / large.mainThreadMsPerContourRepaint)
      : null,
  };
}

async function dragSection(browser) {
  // The app and its baselines take turns (rounds of 8 moves each), so a slow spell of this
  // shared machine falls on all of them alike; each figure pools its rounds' moves.
  const ROUNDS = Number(process.env.BENCH_DRAG_ROUNDS || 5);
  const queries = { app: '', naive: '?bench=naive', naiveRedraw: '?bench=naive-redraw' };
  const pooled = Object.fromEntries(Object.keys(queries).map((k) => [k, latencyPool()]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, query] of Object.entries(queries)) pooled[name].add(await dragOnce(browser, query, 8));
  }
  const optimized = pooled.app.figures();
  const naive = pooled.naive.figures();
  const naiveRedraw = pooled.naiveRedraw.figures();
  const contOpt = await dragContinuous(browser, '');
  const contNaive = await dragContinuous(browser, '?bench=naive');
  const ratio = (a, b) => (a && b ? round(b / a) : null);
  return {
    note: 'ms from a pointermove on the point handle (default scene: rosenbrock, default grid) to both the contour map and the 3D view having drawn the new results (the 3D view: finished on the GPU, read back) and data-ready; moves of a few pixels 200 ms apart, the app and the baselines in alternating rounds. Two baselines in the same run: naive = ?bench=naive, no results kept between changes (everything recomputed: grid, facts, patch, runs) and every trace of every view redrawn from fresh copies; naiveRedraw = ?bench=naive-redraw, results cached as in the app but every trace of every view redrawn from fresh copies. speedup = baseline / app (higher is better)',
    app: optimized,
    naive,
    naiveRedraw,
    speedupMedian: ratio(optimized.bothViews?.median, naive.bothViews?.median),
    speedupP95: ratio(optimized.bothViews?.p95, naive.bothViews?.p95),
    speedupVsRedrawMedian: ratio(optimized.bothViews?.median, naiveRedraw.bothViews?.median),
    speedupVsRedrawP95: ratio(optimized.bothViews?.p95, naiveRedraw.bothViews?.p95),
    continuous: { app: contOpt, naive: contNaive },
  };
}

/** Debian's Chromium, headless, with the run's flags (ARGS) and any `extra`. */
const launchChromium = (extra = []) =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...ARGS, ...extra],
    headless: true,
  });

/** Dragging p as a machine without a usable GPU draws it: Chromium, finding the GPU blocklisted
 *  (a Linux laptop on Mesa's llvmpipe, a school PC without drivers), composites and rasters the
 *  page on the CPU and runs WebGL on SwiftShader (chrome://gpu under Xvfb here: "Compositing:
 *  Software only", WebGL on SwiftShader). The tests' headless browser instead composites through
 *  SwiftShader's GL (--ignore-gpu-blocklist), which paces every frame, input included, at a few
 *  per second whatever the page does. Same page, same figures as the drag section's. */
async function dragSoftwareCompositingSection() {
  const ROUNDS = Number(process.env.BENCH_DRAG_ROUNDS || 3);
  return withCpuCompositing(async (browser) => {
    const lat = latencyPool();
    const cont = [];
    for (let r = 0; r < ROUNDS; r++) {
      lat.add(await dragOnce(browser, '', 8));
      cont.push(await dragContinuous(browser, ''));
    }
    const { problems: latProblems, ...latency } = lat.figures();
    const { problems: contProblems, ...continuous } = continuousFigures(cont);
    return {
      note: "the drag section's figures (app only) in a browser that composites on the CPU (--disable-gpu-compositing), as Chromium does by itself where the GPU is blocklisted; WebGL still on SwiftShader; medians over rounds",
      latency,
      continuous,
      problems: [...new Set([...latProblems, ...contProblems])],
    };
  });
}

/** The data-point drag (dataDrag) in a browser that composites on the CPU, as a classroom PC
 *  without a usable GPU does (see dragSoftwareCompositingSection). */
async function dataDragSoftwareCompositingSection() {
  return withCpuCompositing(async (browser) => {
    const out = await dataDragSection(browser);
    return { ...out, note: `${out.note}; in a browser that composites on the CPU (--disable-gpu-compositing)` };
  });
}

/** `fn` with a Chromium of its own that composites on the CPU (--disable-gpu-compositing), closed
 *  after. */
async function withCpuCompositing(fn) {
  const browser = await launchChromium(['--disable-gpu-compositing']);
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

async function main() {
  const t0 = Date.now();
  const result = {
    meta: {
      date: new Date().toISOString(),
      mode: GPU ? 'gpu (BENCH_GPU=1)' : 'swiftshader (software WebGL)',
      cpu: cpus()[0]?.model ?? null,
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      dist: DIST,
      appQuery: APP_QUERY || null,
    },
  };
  if (want('size')) result.shippedJs = shippedJs(DIST);
  const server = await startPreview();
  const browser = await launchChromium();
  result.meta.browser = browser.version();
  const sections = [
    ['coldLoad', coldLoadSection],
    ['coldLoadSchoolNetwork', (b) => coldLoadSection(b, 5, SCHOOL_NETWORK)],
    ['drag', dragSection],
    ['dragSoftwareCompositing', dragSoftwareCompositingSection],
    ['dragCompute', dragComputeSection],
    ['grid', gridSection],
    ['optimizers', optimizerSection],
    ['basins', basinsSection],
    ['jet', jetSection],
    ['dragOrders', dragOrdersSection],
    ['dataDrag', dataDragSection],
    ['dataDragSoftwareCompositing', dataDragSoftwareCompositingSection],
    ['singleFile', singleFileSection],
  ];
  try {
    for (const [name, fn] of sections) {
      if (!want(name)) continue;
      const t = Date.now();
      log(`${name}…`);
      try {
        result[name] = await fn(browser);
      } catch (err) {
        result[name] = { error: String(err) };
      }
      log(`${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  result.meta.seconds = Math.round((Date.now() - t0) / 100) / 10;
  const text = JSON.stringify(result, null, 2);
  writeFileSync(OUT, text + '\n');
  console.log(text);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
