// Firefox (issue 15): Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, on
// the production build. Headless Firefox has no WebGL, which is what a school PC without GPU
// drivers can look like too: the numerics must run on wasm, the footer say why, the 3D view
// say it cannot draw, and the map, the point, the keyboard and a drag inside a course page's
// iframe work as in Chromium.
//
//   node e2e/rooms/firefox.mjs            (after `vite build`; npm run test:rooms does both)
//   FIREFOX_PATH=/path/to/firefox node e2e/rooms/firefox.mjs
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { CHROMIUM_ARGS, check, coursePageHtml, preview, sleep, summary, test } from './rooms.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(FIREFOX)) {
  console.error(`Firefox was not found at ${FIREFOX}.
The Firefox checks drive Debian's firefox-esr. Install it with:
  sudo apt-get update && sudo apt-get install -y firefox-esr
or point FIREFOX_PATH at another Firefox binary.`);
  process.exit(1);
}

const server = await preview(4178);
const base = server.url;
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  protocol: 'webDriverBiDi',
  headless: process.env.HEADFUL ? false : true,
});

/** Wait until the app (in `frame`, a page or an iframe's frame) has drawn its scene. */
async function ready(frame) {
  await frame.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 120_000 });
}

/** The point from a location search string. */
function pointOf(search) {
  const m = /point=([-\d.e]+)(?:,|%2C)([-\d.e]+)/.exec(search);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The JSON export as the user gets it: the export button is clicked and the file's blob read
 *  (URL.createObjectURL is wrapped to keep it; the download itself goes on as usual). */
async function exportJson(page) {
  await page.evaluate(() => {
    const orig = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      window.__lastBlob = blob;
      return orig(blob);
    };
  });
  await page.click('[data-testid="export-json"]');
  await page.waitForFunction(() => window.__lastBlob !== undefined);
  return JSON.parse(await page.evaluate(() => window.__lastBlob.text()));
}

/** Two exports agree: same runs (statuses, lengths), iterates and facts within float32 noise. */
function compareExports(a, b) {
  const problems = [];
  const near = (u, v) => (Number.isFinite(u) && Number.isFinite(v) ? Math.abs(u - v) <= 1e-5 * Math.max(1, Math.abs(v)) : u === v);
  if (a.backend !== b.backend) problems.push(`backend ${a.backend} vs ${b.backend}`);
  if (!near(a.point.value, b.point.value)) problems.push(`f(p) ${a.point.value} vs ${b.point.value}`);
  a.point.gradient.forEach((g, i) => near(g, b.point.gradient[i]) || problems.push(`∇f[${i}] ${g} vs ${b.point.gradient[i]}`));
  if (a.runs.length !== b.runs.length) problems.push(`${a.runs.length} runs vs ${b.runs.length}`);
  a.runs.forEach((r, i) => {
    const q = b.runs[i];
    if (!q || r.optimizer !== q.optimizer) return problems.push(`run ${i}: ${r.optimizer} vs ${q?.optimizer}`);
    if (r.status !== q.status) problems.push(`${r.optimizer}: status ${r.status} vs ${q.status}`);
    if (r.iterates.length !== q.iterates.length)
      problems.push(`${r.optimizer}: ${r.iterates.length} iterates vs ${q.iterates.length}`);
    r.iterates.forEach((it, k) => {
      const o = q.iterates[k];
      if (o && !(near(it.x, o.x) && near(it.y, o.y) && near(it.value, o.value)))
        problems.push(`${r.optimizer} iterate ${k}: (${it.x}, ${it.y}, ${it.value}) vs (${o.x}, ${o.y}, ${o.value})`);
    });
  });
  return problems;
}

/** Centre of an element, in the top page's viewport. */
async function centre(handle) {
  const b = await handle.boundingBox();
  return [b.x + b.width / 2, b.y + b.height / 2];
}

/** Drag with the mouse in a few steps from `from` by `d`; returns where it was let go. */
async function drag(page, from, d, steps = 6) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from[0] + (d[0] * i) / steps, from[1] + (d[1] * i) / steps);
    await sleep(30);
  }
  await page.mouse.up();
  return [from[0] + d[0], from[1] + d[1]];
}

/** p's handle against the release point, both relative to the map's corner (pixels). */
async function missAfterDrag(page, frame, d) {
  const handle = await frame.waitForSelector('[data-testid="point-handle"]');
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
  await sleep(200);
  const map = await frame.waitForSelector('[role="figure"][aria-label="Contour map of the surface"]');
  const from = await centre(handle);
  const to = await drag(page, from, d);
  const corner = await map.boundingBox();
  await ready(frame);
  let miss = Infinity;
  for (let t = 0; t < 40 && miss > 2; t++) {
    const c = await centre(await frame.waitForSelector('[data-testid="point-handle"]'));
    const m = await map.boundingBox();
    miss = Math.max(Math.abs(c[0] - m.x - (to[0] - corner.x)), Math.abs(c[1] - m.y - (to[1] - corner.y)));
    if (miss > 2) await sleep(250);
  }
  return miss;
}

try {
  await test('no WebGL: numerics on wasm, the footer says why, the 3D view says it cannot draw', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto(`${base}/?surface=himmelblau&point=1,1&opt=gd,newton`);
    await ready(page);
    const backend = await page.$eval('[data-testid="app"]', (el) => el.getAttribute('data-backend'));
    check(backend === 'wasm', `numeric engine is wasm (got ${backend})`);
    const note = await page.$eval('[data-testid="engine-note"]', (el) => el.textContent);
    check(/no WebGL here: computing on the CPU with WebAssembly/.test(note), `footer: ${note}`);
    // f(1, 1) = (1 + 1 − 11)² + (1 + 1 − 7)² = 106 on Himmelblau; ∇f = (−46, −38)
    const value = await page.$eval('[data-testid="fact-value"]', (el) => el.textContent);
    check(value === '106', `f(p) on screen is 106 (got ${value})`);
    const grad = await page.$eval('[data-testid="fact-gradient"]', (el) => el.textContent);
    check(grad.includes('(−46, −38)'), `∇f on screen is (−46, −38) (got ${grad})`);
    const notice = await page.$eval('[data-testid="no-webgl"]', (el) => el.textContent);
    check(/needs WebGL/.test(notice), `the 3D view says it needs WebGL: "${notice.slice(0, 120)}"`);
    const text = await page.$eval('body', (el) => el.innerText);
    check(!/NaN/.test(text), 'no NaN anywhere on the page');
    const runs = await page.$$eval('[data-testid^="run-"][data-status]', (rows) =>
      rows.map((r) => `${r.getAttribute('data-testid')}:${r.getAttribute('data-status')}`),
    );
    check(runs.includes('run-newton:converged'), `Newton converges (${runs.join(', ')})`);
    await page.close();
  });

  await test('a journey: play the race, a bad formula named in an alert, the export equal to Chromium’s', async () => {
    const query = '?surface=himmelblau&start=0,0&opt=gd,newton&steps=60&backend=wasm';
    const page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto(`${base}/${query}`);
    await ready(page);
    // play: the race runs to its end by itself
    await page.click('[data-testid="reset"]');
    await page.click('[data-testid="play"]');
    await page.waitForSelector('[data-testid="trail-gd"][data-done="true"]', { timeout: 60_000 });
    const readout = await page.$eval('[data-testid="iter-readout"]', (el) => el.textContent);
    const m = /(\d+) \/ (\d+)/.exec(readout);
    check(m !== null && m[1] === m[2] && Number(m[1]) > 0, `play ran to the end: "${readout}"`);
    // a bad formula: named in an alert, the scene (the URL) kept
    const url = await page.evaluate(() => location.href);
    await page.click('[data-testid="formula-input"]');
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('sin(');
    const alert = await page.waitForFunction(
      () => [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent).find((t) => /Missing/.test(t)),
      { timeout: 10_000 },
    );
    check(true, `the bad formula is named: "${await alert.jsonValue()}"`);
    check((await page.evaluate(() => location.href)) === url, 'the scene (URL) is kept');
    const text = await page.$eval('body', (el) => el.innerText);
    check(!/NaN/.test(text), 'no NaN on the page');
    await page.goto(`${base}/${query}`);
    await ready(page);
    const fromFirefox = await exportJson(page);
    await page.close();

    const chromium = await puppeteer.launch({
      browser: 'chrome',
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const cpage = await chromium.newPage();
      await cpage.setViewport({ width: 1366, height: 768 });
      await cpage.goto(`${base}/${query}`);
      await ready(cpage);
      const fromChromium = await exportJson(cpage);
      const problems = compareExports(fromFirefox, fromChromium);
      check(
        problems.length === 0,
        `Firefox's export equals Chromium's on wasm (${fromFirefox.runs.map((r) => `${r.optimizer} ${r.status} ${r.iterates.length}`).join(', ')})${problems.length ? ': ' + problems.slice(0, 5).join('; ') : ''}`,
      );
    } finally {
      await chromium.close();
    }
  });

  await test('keyboard: arrows move p, and the URL follows', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto(`${base}/?surface=himmelblau&point=1,1`);
    await ready(page);
    // the handle is an SVG element (puppeteer's focus() takes HTML elements only)
    await page.$eval('[data-testid="point-handle"]', (el) => el.focus());
    await page.keyboard.press('ArrowRight');
    await ready(page);
    let p = null;
    for (let t = 0; t < 20; t++) {
      p = pointOf(await page.evaluate(() => location.search));
      if (p && p[0] > 1) break;
      await sleep(200);
    }
    check(p !== null && p[0] > 1 && p[1] === 1, `ArrowRight moved p right: ${p}`);
    await page.close();
  });

  await test('a drag on the map: p ends where it was let go', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto(`${base}/?surface=himmelblau&point=1,1`);
    await ready(page);
    for (const d of [
      [2, -2],
      [30, 24],
    ]) {
      const miss = await missAfterDrag(page, page.mainFrame(), d);
      check(miss <= 2, `a (${d}) px drag: p is ${miss.toFixed(1)} px from the release point`);
    }
    await page.close();
  });

  await test('inside a course page on another origin: a drag in the iframe keeps p under the pointer', async () => {
    const course = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(coursePageHtml(base));
    });
    await new Promise((done) => course.listen(0, '127.0.0.1', done));
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    try {
      await page.goto(`http://127.0.0.1:${course.address().port}/week3.html`);
      for (const id of ['full', 'embed']) {
        const el = await page.waitForSelector(`#${id}`);
        const frame = await el.contentFrame();
        await ready(frame);
        await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: 'start' }), id);
        for (const d of [
          [2, -2],
          [30, 24],
        ]) {
          const miss = await missAfterDrag(page, frame, d);
          check(miss <= 2, `${id} iframe, a (${d}) px drag: p is ${miss.toFixed(1)} px from the release point`);
          const p = pointOf(await frame.evaluate(() => location.search));
          check(p !== null && Math.abs(p[0]) < 4.9 && Math.abs(p[1]) < 4.9, `${id} iframe: p stays inside: ${p}`);
        }
      }
    } finally {
      await page.close();
      await new Promise((done) => course.close(done));
    }
  });
} finally {
  await browser.close();
  server.stop();
}
summary('firefox');
