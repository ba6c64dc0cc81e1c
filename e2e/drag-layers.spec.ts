// The layers that make dragging p cheap must not change what the student sees: the 3D view's
// surface copied from its offscreen image (colour and depth) looks like the surface drawn
// directly and is reused while only p moves; the contour map's Taylor level sets, drawn as
// their own transparent plot over the map, lie where the mathematics puts them, follow a zoom
// and reach the PNG export.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openScene, waitReady } from './helpers';

type Counters = { enabled: boolean; settleMs: number; rendered: number; copied: number; direct: number };

const counters = (page: Page): Promise<Counters> => page.evaluate(() => ({ ...window.__tnMath!.surfaceCache }));

/** Set the cache's switch or its settle time (the page's hook is a mutable object). */
const setCache = (page: Page, patch: Partial<Pick<Counters, 'enabled' | 'settleMs'>>) =>
  page.evaluate((p) => Object.assign(window.__tnMath!.surfaceCache, p), patch);

/** Redraw the 3D scene now (synchronously, as gl-plot3d does on any change). */
const redraw3d = (page: Page) =>
  page.evaluate(() => {
    type Gd = { _fullLayout?: { scene?: { _scene?: { glplot: { redraw(): void } } } } };
    const gd = [...document.querySelectorAll('.js-plotly-plot')].find(
      (g) => (g as Gd)._fullLayout?.scene?._scene,
    ) as Gd;
    gd._fullLayout!.scene!._scene!.glplot.redraw();
  });

/** The 3D view as the screen shows it. */
async function shot3d(page: Page): Promise<Buffer> {
  const box = (await page.locator('.surface-plot').boundingBox())!;
  return page.screenshot({ clip: box });
}

/** Decode two PNGs of the same size in the browser: how many pixels, how many differ by more
 *  than 32 in some channel, and how many of each are clearly coloured (the surface and
 *  patches; not the white background or the grey axes). */
async function comparePngs(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(
    async ([a, b]) => {
      const load = async (b64: string) => {
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.width !== y.width || x.height !== y.height) throw new Error('the two pictures differ in size');
      let differ = 0;
      let inkA = 0;
      let inkB = 0;
      const p = x.data;
      const q = y.data;
      for (let i = 0; i < p.length; i += 4) {
        const d = Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2]));
        if (d > 32) differ++;
        if (Math.max(p[i], p[i + 1], p[i + 2]) - Math.min(p[i], p[i + 1], p[i + 2]) > 60) inkA++;
        if (Math.max(q[i], q[i + 1], q[i + 2]) - Math.min(q[i], q[i + 1], q[i + 2]) > 60) inkB++;
      }
      return { pixels: p.length / 4, differ, inkA, inkB };
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

/** Drag the expansion point's handle on the map by (dx, dy) pixels in a few moves. */
async function dragPoint(page: Page, dx: number, dy: number, moves = 6) {
  const box = (await page.getByTestId('point-handle').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) await page.mouse.move(cx + (dx * i) / moves, cy + (dy * i) / moves);
  await page.mouse.up();
  await waitReady(page);
}

test('3D view: the surface copied from its offscreen image looks like the one drawn directly, depth included', async ({
  page,
}) => {
  // Rosenbrock's default view, and Himmelblau's hills, where the translucent patches and the
  // trails cross the surface: wherever the surface is in front of them, the copy's depth
  // must hide them exactly as the surface drawn directly does.
  for (const query of ['?surface=rosenbrock&point=0.5,0.5', '?surface=himmelblau&point=1,1&start=0,0']) {
    await openScene(page, query);
    // No antialiased redraw by itself during the comparison: each picture is the path chosen.
    await setCache(page, { settleMs: 1e6 });

    await setCache(page, { enabled: false });
    const beforeDirect = await counters(page);
    await redraw3d(page);
    const afterDirect = await counters(page);
    // Switched off, nothing is copied or rendered offscreen: the surface is drawn as plotly
    // draws it (the picture below shows it was drawn).
    expect(afterDirect.copied).toBe(beforeDirect.copied);
    expect(afterDirect.rendered).toBe(beforeDirect.rendered);
    const direct = await shot3d(page);

    await setCache(page, { enabled: true });
    await redraw3d(page);
    const afterCopy = await counters(page);
    // The copy path was really taken for this picture, and the direct one was not.
    expect(afterCopy.copied).toBeGreaterThan(afterDirect.copied);
    expect(afterCopy.direct).toBe(afterDirect.direct);
    const copied = await shot3d(page);

    const r = await comparePngs(page, direct, copied);
    // Both pictures show the coloured surface, not an empty or grey canvas (~11% measured).
    expect(r.inkA).toBeGreaterThan(r.pixels * 0.05);
    expect(r.inkB).toBeGreaterThan(r.pixels * 0.05);
    // Only the surface's outline (the copy is not antialiased) and speckles where the patches
    // touch the surface near p may differ: 0.25-0.55% measured; with the copy's depth wrong
    // (patches and trails in front of hills) ~2.7%.
    expect(r.differ, `${query}: ${r.differ} of ${r.pixels} pixels differ`).toBeLessThan(r.pixels * 0.01);
  }
});

test('3D view: dragging p reuses the surface image; still, it is redrawn antialiased; rotating redraws it', async ({
  page,
}) => {
  await openScene(page, '?surface=himmelblau&point=1,1&start=0,0');
  const settleMs = (await counters(page)).settleMs;
  // One small move of p first: the scene's first redraw after load may still update the
  // surface once (plotly's axis ticks, part of what the surface is drawn with, are settled by
  // the drawing before), which is not what is tested here. Then one redraw as it stands, which
  // makes the image for this camera if the drawings so far were all direct.
  await dragPoint(page, 8, 0, 1);
  await redraw3d(page);
  await page.waitForTimeout(settleMs + 200);
  const before = await counters(page);

  await dragPoint(page, 60, -40);
  // p moved (the patches with it), the surface and the camera did not: the image is reused.
  await expect.poll(async () => (await counters(page)).copied).toBeGreaterThan(before.copied);
  const dragged = await counters(page);
  expect(dragged.rendered).toBe(before.rendered);

  // Once still for settleMs, the surface is drawn directly once more (antialiased). Polled, not
  // read after a fixed wait: on a busy machine the last results of the drag, and so the still
  // time's start, may come later than the drag's last pointer event (CI saw it once).
  await expect.poll(async () => (await counters(page)).direct).toBeGreaterThan(dragged.direct);
  const settled = await counters(page);
  expect(settled.rendered).toBe(before.rendered);

  // Turn the camera by dragging on the 3D view. No redraw-when-still from here on, so a
  // direct drawing can only come from the new camera.
  await setCache(page, { settleMs: 1e6 });
  const unturned = await shot3d(page);
  const view = (await page.locator('.surface-plot').boundingBox())!;
  const vx = view.x + view.width / 2;
  const vy = view.y + view.height / 2;
  await page.mouse.move(vx, vy);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(vx + 15 * i, vy + 4 * i);
  await page.mouse.up();
  await expect.poll(async () => (await counters(page)).direct).toBeGreaterThan(settled.direct);
  await waitReady(page);

  // The next move of p draws from an image made for the new camera, not the old one: it
  // looks like the turned surface drawn directly, and unlike the view before turning.
  await dragPoint(page, -30, 30, 3);
  await expect.poll(async () => (await counters(page)).copied).toBeGreaterThan(settled.copied);
  expect((await counters(page)).rendered).toBeGreaterThan(settled.rendered);
  const turnedCopy = await shot3d(page);
  await setCache(page, { enabled: false });
  await redraw3d(page);
  const turnedDirect = await shot3d(page);
  const same = await comparePngs(page, turnedCopy, turnedDirect);
  expect(same.differ).toBeLessThan(same.pixels * 0.01);
  const turned = await comparePngs(page, unturned, turnedDirect);
  expect(turned.differ).toBeGreaterThan(turned.pixels * 0.05);

  // Switched off, dragging p copies nothing, though the 3D view is redrawn (the patch moved).
  const off = await counters(page);
  await dragPoint(page, 30, 20, 3);
  const moved = await shot3d(page);
  const change = await comparePngs(page, turnedDirect, moved);
  expect(change.differ).toBeGreaterThan(200);
  const offAfter = await counters(page);
  expect(offAfter.copied).toBe(off.copied);
  expect(offAfter.rendered).toBe(off.rendered);
});

/** The main map's axis ranges. */
const mainRanges = (page: Page): Promise<number[][]> =>
  page.evaluate(() => {
    type Fl = { xaxis: { range: number[] }; yaxis: { range: number[] } };
    const main = document.querySelector('div.contour-wrap > div.plot.contour-plot') as HTMLElement & {
      _fullLayout: Fl;
    };
    return [[...main._fullLayout.xaxis.range], [...main._fullLayout.yaxis.range]];
  });

/** T2's level sets as the screen shows them: for each line (one path per level), its level and
 *  points read back to data coordinates with the main map's axes: the path's vertices in page
 *  pixels (through the SVG's own transforms) → the main plot's pixels → x, y. */
const t2LevelSets = (page: Page) =>
  page.evaluate(() => {
    // the axes' own box (at one scale it is less than the plot area): _offset is its corner
    type Axis = { p2d(px: number): number; _offset: number };
    type Fl = { xaxis: Axis; yaxis: Axis };
    const main = document.querySelector('div.contour-wrap > div.plot.contour-plot') as HTMLElement & {
      _fullLayout: Fl;
    };
    const mb = main.getBoundingClientRect();
    const { xaxis, yaxis } = main._fullLayout;
    const paths = [...document.querySelectorAll<SVGPathElement>('[data-testid="level-set-t2"]')];
    const lines = paths.map((path) => {
      const m = path.getScreenCTM()!;
      const nums = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
      const pts: [number, number][] = [];
      for (let i = 0; i + 1 < nums.length; i += 2) {
        const q = new DOMPoint(nums[i], nums[i + 1]).matrixTransform(m);
        pts.push([xaxis.p2d(q.x - mb.x - xaxis._offset), yaxis.p2d(q.y - mb.y - yaxis._offset)]);
      }
      return { level: Number(path.getAttribute('data-level')), pts };
    });
    // One pixel in data units, for the tolerance.
    const px = [Math.abs(xaxis.p2d(1) - xaxis.p2d(0)), Math.abs(yaxis.p2d(1) - yaxis.p2d(0))];
    return { lines, px };
  });

const quadratic = (x: number, y: number) => x * x + 3 * y * y;

/** Every drawn point of T2 (= f, a quadratic) lies on its own line's level, to within what half
 *  a pixel of position changes f; 5 to 7 lines, one of them through p (f(0.5, 0.5) = 1). */
async function expectLevelSetsOfF(page: Page) {
  const { lines, px } = await t2LevelSets(page);
  let points = 0;
  let worst = 0;
  for (const { level, pts } of lines) {
    for (const [x, y] of pts) {
      const f = quadratic(x, y);
      // How much f can change over half a pixel here, plus float32 slack.
      const tol = 0.5 * (Math.abs(2 * x) * px[0] + Math.abs(6 * y) * px[1]) + 1e-3 * Math.max(1, f);
      worst = Math.max(worst, Math.abs(f - level) / tol);
      points++;
    }
  }
  expect(points).toBeGreaterThan(40);
  expect(lines.length).toBeGreaterThanOrEqual(5);
  expect(lines.length).toBeLessThanOrEqual(7);
  expect(lines.some((l) => Math.abs(l.level - 1) < 1e-6)).toBe(true);
  expect(worst, 'worst distance from a level, in tolerances').toBeLessThanOrEqual(1);
}

test('contour map: the Taylor level sets lie over the map where the mathematics puts them, also after a zoom', async ({
  page,
}) => {
  // f is a quadratic, so its second-order model T2 is f itself: T2's level sets are f's (at
  // T2's own levels, a handful spread over its range on the patch).
  await openScene(page, '?f=x^2%2B3*y^2&domain=-2,2,-2,2&point=0.5,0.5');
  await expect(page.getByTestId('level-sets-t1')).toHaveCount(1);
  await expect(page.getByTestId('level-sets-t2')).toHaveCount(1);
  // f spans 0..16: the levels are evenly spaced in f itself (not in log(f − fmin)).
  await expect(page.getByTestId('log-levels')).toHaveCount(0);
  expect(await mainRanges(page)).toEqual([
    [-2, 2],
    [-2, 2],
  ]);
  await expectLevelSetsOfF(page);

  // Zoom the map with the wheel (scrollZoom): the level sets follow the new ranges.
  const area = (await page.locator('.contour-plot .nsewdrag').first().boundingBox())!;
  await page.mouse.move(area.x + area.width * 0.6, area.y + area.height * 0.45);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await mainRanges(page))[0][1]).toBeLessThan(1.9);
  await waitReady(page);
  const zoomed = await mainRanges(page);
  expect(zoomed[0][1] - zoomed[0][0]).toBeLessThan(3.8);
  // (the SVG layer takes the new ranges when plotly reports the zoom)
  await expect(() => expectLevelSetsOfF(page)).toPass({ timeout: 10_000 });
});

/** How many pixels of a PNG download are T2's magenta, rgb(220, 38, 127). */
async function countT2Green(page: Page): Promise<number> {
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png-contour').click()]);
  expect(png.suggestedFilename()).toMatch(/contour\.png$/);
  const bytes = await readFile(await png.path());
  return page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    // Close enough to be the line itself (no viridis colour of the filled contours is near it).
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs(d[i] - 220) <= 12 && Math.abs(d[i + 1] - 38) <= 12 && Math.abs(d[i + 2] - 127) <= 12) n++;
    return n;
  }, bytes.toString('base64'));
}

test('contour map PNG export: the Taylor level sets are in the picture', async ({ page }) => {
  await openScene(page, '?surface=himmelblau&point=1,1&start=0,0');
  // How long T2's level sets are on screen (CSS pixels).
  const length = await page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('[data-testid="level-sets-t2"]')].reduce(
      (sum, p) => sum + p.getTotalLength(),
      0,
    ),
  );
  // 5 or 6 lines (T2's own levels) across a patch ~170 px wide
  expect(length).toBeGreaterThan(400);
  const withT2 = await countT2Green(page);
  // At twice the size a 2.2 px line covers ~8 picture pixels per pixel of its length; asking
  // for one is met only if the lines are there: nothing else in the picture is T2's magenta.
  expect(withT2).toBeGreaterThan(length);

  await page.getByTestId('toggle-t2').uncheck();
  await waitReady(page);
  await expect(page.getByTestId('level-sets-t2')).toHaveCount(0);
  const withoutT2 = await countT2Green(page);
  expect(withoutT2).toBeLessThan(withT2 / 10);
});
