// In the classroom: a course page with several embeds, a lecturer presenting with the
// keyboard and a guided tour, the share dialog, a student on a touch screen, and the built
// folder hosted under a sub-path of a course site.
import { expect, test, type Page } from '@playwright/test';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { openScene, waitReady } from './helpers';

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

test.describe('embeds on a course page', () => {
  test('three iframes all reach data-ready; the 3D view is drawn only while on screen', async ({ page }) => {
    const frames = ['surface=himmelblau', 'surface=quadratic&opt=gd,newton', 'surface=rosenbrock&opt=bfgs'];
    const html = `<!doctype html><html lang="en"><head><title>Week 3: optimisation</title></head><body style="margin:0">
      <h1>Week 3</h1>
      ${frames
        .map(
          (q, i) =>
            `<p>Embed ${i + 1}</p><iframe id="e${i}" title="embed ${i + 1}" src="/?${q}&embed=1" width="640" height="420" style="border:0;display:block;margin-bottom:${i === 1 ? 1400 : 40}px"></iframe>`,
        )
        .join('\n')}
    </body></html>`;
    await page.route('**/course-page.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto('/course-page.html');

    const app = (i: number) => page.frameLocator(`#e${i}`).getByTestId('app');
    for (let i = 0; i < 3; i++) await expect(app(i)).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    // What a student sees in each: no page chrome, the surface's name, the point, playback.
    await expect(page.frameLocator('#e0').getByTestId('embed-surface')).toHaveText('Himmelblau');
    await expect(page.frameLocator('#e0').getByText('Taylor & Newton')).toHaveCount(0);
    await expect(page.frameLocator('#e0').getByTestId('embed-readout')).toContainText('p = (1, 1)');
    await expect(page.frameLocator('#e1').getByTestId('play')).toBeVisible();
    await expect(page.frameLocator('#e1').getByTestId('scrubber')).toBeVisible();

    // The first two are on screen and draw 3D; the third (far below) does not hold a WebGL context.
    await expect(page.frameLocator('#e0').locator('.surface-plot canvas').first()).toBeVisible();
    await expect(page.frameLocator('#e2').getByTestId('surface-slot')).toHaveAttribute('data-drawn', 'false');
    await expect(page.frameLocator('#e2').locator('.surface-plot')).toHaveCount(0);

    // Scroll to the third: it draws its 3D view and is ready again; the first releases its plot.
    await page.locator('#e2').scrollIntoViewIfNeeded();
    await expect(page.frameLocator('#e2').getByTestId('surface-slot')).toHaveAttribute('data-drawn', 'true');
    await expect(page.frameLocator('#e2').locator('.surface-plot canvas').first()).toBeVisible({ timeout: 60_000 });
    await expect(app(2)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await expect(page.frameLocator('#e0').getByTestId('surface-slot')).toHaveAttribute('data-drawn', 'false', {
      timeout: 10_000,
    });
    await expect(page.frameLocator('#e0').locator('.surface-plot')).toHaveCount(0);
    await expect(app(0)).toHaveAttribute('data-ready', 'true');

    // "Open full app" leads to the same scene without embed=1.
    const href = await page.frameLocator('#e2').getByTestId('open-full-app').getAttribute('href');
    const u = new URL(href!);
    expect(u.searchParams.get('embed')).toBeNull();
    expect(u.searchParams.get('surface')).toBeNull(); // rosenbrock, the default
    expect(u.searchParams.get('opt')).toBe('bfgs');
  });

  test('an embed fits a 360 px wide frame: no sideways scrolling, the 3D view behind a toggle', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 420 });
    await openScene(page, '?surface=himmelblau&embed=1&point=1,1&opt=gd,newton');
    // every entry of the map's key is whole inside the key (on one line it cut the last ones off)
    const cut = await page.locator('.map-legend').evaluate((ul) => {
      const box = ul.getBoundingClientRect();
      const items = [...ul.querySelectorAll('li')];
      const out = items.filter((li) => {
        const r = li.getBoundingClientRect();
        return (
          r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5
        );
      });
      return { items: items.length, cut: out.map((li) => li.textContent) };
    });
    expect(cut.items).toBeGreaterThanOrEqual(5);
    expect(cut.cut).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByTestId('contour-view')).toBeVisible();
    await expect(page.getByTestId('play')).toBeInViewport();
    await expect(page.getByTestId('open-full-app')).toBeInViewport();
    // Narrow: the 3D view waits behind its toggle, and does not hold back data-ready.
    await expect(page.getByTestId('surface-slot')).toHaveAttribute('data-drawn', 'false');
    await page.getByTestId('toggle-3d').click();
    await expect(page.locator('.surface-plot canvas').first()).toBeVisible({ timeout: 60_000 });
    await waitReady(page);
    await expect(page.getByTestId('contour-view')).toBeHidden();
    await page.getByTestId('toggle-3d').click();
    await expect(page.getByTestId('contour-view')).toBeVisible();
  });
});

test('presenter: the lecturer drives the scene from the keyboard', async ({ page }) => {
  await openScene(page, '?surface=himmelblau&start=0,0&point=0,0&opt=gd,newton');
  await page.getByTestId('present').click();
  await expect(page.getByTestId('app')).toHaveClass(/present/);
  await expect.poll(() => param(page, 'present')).toBe('1');
  // Large type: the page's base size grows.
  const size = await page.getByTestId('app').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
  // Thick lines for the back row: the Taylor level sets too.
  const t2Width = await page
    .getByTestId('level-set-t2')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
  expect(t2Width).toBeGreaterThanOrEqual(3);
  await page.getByTestId('present').blur();

  const readout = page.getByTestId('iter-readout');
  await page.keyboard.press('r');
  await expect(readout).toContainText('iteration 0 /');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('iteration 2 /');
  await page.keyboard.press('ArrowLeft');
  await expect(readout).toContainText('iteration 1 /');
  await expect(page.getByTestId('trail-newton')).toHaveAttribute('data-count', '2');

  // Space plays, Space pauses.
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play')).toHaveAccessibleName('Pause');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play')).toHaveAccessibleName('Play');

  // 1 and 2 toggle the Taylor models (and the URL says so).
  await page.keyboard.press('1');
  await expect(page.getByTestId('toggle-t1')).not.toBeChecked();
  await expect.poll(() => param(page, 'taylor')).toBe('2');
  await page.keyboard.press('2');
  await expect(page.getByTestId('toggle-t2')).not.toBeChecked();
  await expect.poll(() => param(page, 'taylor')).toBe('0');
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect.poll(() => param(page, 'taylor')).toBeNull();

  // N: the next preset scene of this surface (announced, and in the URL); N again, the one after.
  const before = page.url();
  await page.keyboard.press('n');
  await expect(page.getByTestId('notice')).toContainText(/^Preset 1 of \d+: \S/);
  await expect.poll(() => page.url()).not.toBe(before);
  await waitReady(page);
  const first = page.url();
  await page.keyboard.press('n');
  await expect(page.getByTestId('notice')).toContainText(/^Preset 2 of \d+: \S/);
  await expect.poll(() => page.url()).not.toBe(first);
  await waitReady(page);

  // ? opens the list of shortcuts, focus inside; Escape closes it and focus returns.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const key of ['Space', '→', '←', 'R', '1', '2', 'N', 'F', 'PageDown', 'PageUp', '?', 'Esc'])
    await expect(help.locator('kbd', { hasText: key }).first()).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // F: fullscreen, and F again leaves it.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  // P leaves presenter mode.
  await page.keyboard.press('p');
  await expect(page.getByTestId('app')).not.toHaveClass(/present/);
  await expect.poll(() => param(page, 'present')).toBeNull();

  // Typing in a field is not a shortcut.
  await page.getByTestId('point-x').focus();
  await page.keyboard.press('1');
  await expect(page.getByTestId('toggle-t1')).toBeChecked();
  await page.keyboard.press('r');
  await expect(readout).not.toContainText('iteration 0 /');
});

test('a guided tour: every step is a URL, stepped with buttons and PageDown/PageUp', async ({ page }) => {
  await openScene(page, '?present=1');
  await page.getByTestId('tour-select').selectOption({ label: 'When Newton walks uphill' });
  await waitReady(page);
  const bar = page.getByTestId('tour-bar');
  await expect(bar).toContainText('When Newton walks uphill');
  await expect(page.getByTestId('tour-count')).toHaveText('step 1 of 4');
  await expect(page.getByTestId('tour-caption')).toContainText('negative definite');
  await expect
    .poll(() => [param(page, 'tour'), param(page, 'step'), param(page, 'surface')])
    .toEqual(['newton-uphill', '1', 'himmelblau']);
  await expect(page.getByTestId('fact-curvature')).toContainText('negative definite');
  await expect(page.getByTestId('newton-arrow')).toHaveAttribute('data-kind', 'maximum');

  await page.getByTestId('tour-next').click();
  await waitReady(page);
  await expect(page.getByTestId('tour-count')).toHaveText('step 2 of 4');
  await expect.poll(() => param(page, 'step')).toBe('2');
  await expect(page.getByTestId('tour-caption')).toContainText('local maximum');
  await expect(page.locator('.runs')).toContainText(/converged/);

  await page.getByTestId('tour-next').blur();
  await page.keyboard.press('PageDown');
  await waitReady(page);
  await expect(page.getByTestId('tour-count')).toHaveText('step 3 of 4');
  await expect(page.getByTestId('trail-damped-newton')).toHaveCount(1);
  await page.keyboard.press(']');
  await expect(page.getByTestId('tour-count')).toHaveText('step 4 of 4');
  await expect.poll(() => param(page, 'surface')).toBe('saddle');
  await expect(page.getByTestId('tour-next')).toBeDisabled();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('[');
  await expect(page.getByTestId('tour-count')).toHaveText('step 2 of 4');

  // A lecture links straight to step 3 (only tour and step in the link).
  await openScene(page, '?tour=newton-uphill&step=3&present=1');
  await expect(page.getByTestId('tour-count')).toHaveText('step 3 of 4');
  await expect(page.getByTestId('tour-caption')).toContainText('Damped Newton');
  await expect(page.getByTestId('trail-damped-newton')).toHaveCount(1);
  expect(param(page, 'surface')).toBe('himmelblau');

  // Ending the tour keeps the scene, drops tour and step from the URL.
  await page.getByTestId('tour-end').click();
  await expect(page.getByTestId('tour-bar')).toHaveCount(0);
  await expect.poll(() => param(page, 'tour')).toBeNull();

  // A bad tour name is named in an alert.
  await openScene(page, '?tour=no-such-tour');
  await expect(page.getByRole('alert')).toContainText('unknown tour "no-such-tour"');
  await openScene(page, '?tour=gd-zigzag&step=42');
  await expect(page.getByRole('alert')).toContainText('has 5 steps');
  await expect(page.getByTestId('tour-count')).toHaveText('step 1 of 5');
});

test('share dialog: the link, and an iframe snippet at the chosen size that opens the scene embedded', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openScene(page, '?surface=booth&opt=gd,bfgs');
  await page.getByTestId('share').click();
  const dialog = page.getByRole('dialog', { name: 'Share this scene' });
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('share-link')).toHaveValue(page.url());
  await page.getByTestId('share-copy-link').click();
  await expect(page.getByTestId('copy-status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.getByTestId('embed-width').fill('500');
  await page.getByTestId('embed-height').fill('360');
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" width="500" height="360"/);
  expect(snippet).toContain('title="Taylor &amp; Newton');
  // A size out of range is refused with a message; no snippet to copy meanwhile.
  await page.getByTestId('embed-width').fill('20');
  await expect(dialog.getByRole('alert')).toHaveText('Width must be from 300 to 4000 pixels.');
  await expect(page.getByTestId('copy-snippet')).toBeDisabled();
  await page.getByTestId('embed-width').fill('500');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await page.getByTestId('copy-snippet').click();
  await expect(page.getByTestId('copy-status')).toHaveText('Embed code copied');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('share')).toBeFocused();

  // The snippet, put on a page, shows the same scene embedded.
  const src = snippet.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
  const u = new URL(src);
  expect(u.searchParams.get('embed')).toBe('1');
  expect(u.searchParams.get('surface')).toBe('booth');
  await page.route('**/snippet-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>t</title><body>${snippet}</body></html>`,
    }),
  );
  await page.goto('/snippet-page.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(frame.getByTestId('embed-surface')).toHaveText('Booth');
  await expect(frame.getByTestId('trail-bfgs')).toHaveCount(1);
  const box = (await page.locator('iframe').boundingBox())!;
  expect(Math.round(box.width)).toBe(500);
  expect(Math.round(box.height)).toBe(360);
});

test('keyboard: the start marker moves with the arrow keys like p', async ({ page }) => {
  await openScene(page, '?surface=quadratic&start=-2,1');
  const start = page.getByTestId('start-marker');
  await start.focus();
  await expect(start).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => param(page, 'start')).toBe('-1.94,1.04');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => param(page, 'start')).toBe('-2.54,1.04');
  // The arrows moved the start, not the playback (which shows the whole runs).
  await waitReady(page);
  await expect(page.getByTestId('iter-readout')).toHaveText(/iteration (\d+) \/ \1$/);
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 860 } });

  async function touchDrag(page: Page, from: [number, number], to: [number, number], steps = 10, holdMs = 0) {
    const cdp = await page.context().newCDPSession(page);
    const pt = (x: number, y: number) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pt(...from) });
    if (holdMs) await page.waitForTimeout(holdMs);
    for (let i = 1; i <= steps; i++) {
      const x = from[0] + ((to[0] - from[0]) * i) / steps;
      const y = from[1] + ((to[1] - from[1]) * i) / steps;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt(x, y) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  test('drag the point, long-press for the start, rotate the 3D view, tap play', async ({ page }) => {
    await openScene(page, '?surface=himmelblau&point=1,1&start=0.5,0.5&opt=gd');
    // Drag p with a finger.
    const handle = page.getByTestId('point-handle');
    await handle.scrollIntoViewIfNeeded();
    const b = (await handle.boundingBox())!;
    const c: [number, number] = [b.x + b.width / 2, b.y + b.height / 2];
    await touchDrag(page, c, [c[0] + 60, c[1] - 60]);
    await waitReady(page);
    const [px, py] = param(page, 'point')!.split(',').map(Number);
    expect(px).toBeGreaterThan(1.3);
    expect(py).toBeGreaterThan(1.3);
    await expect(page.getByTestId('fact-point')).toHaveText(`(${px}, ${py})`.replace(/-/g, '−'));

    // Long-press an empty spot of the map: the start moves there.
    const plot = (await page.locator('.contour-plot .nsewdrag').first().boundingBox())!;
    const spot: [number, number] = [plot.x + plot.width * 0.2, plot.y + plot.height * 0.8];
    await touchDrag(page, spot, spot, 1, 800);
    await expect.poll(() => param(page, 'start')).not.toBeNull();
    const [sx, sy] = param(page, 'start')!.split(',').map(Number);
    expect(sx).toBeLessThan(-2);
    expect(sy).toBeLessThan(-2);
    await waitReady(page);

    // Rotate the 3D view with a finger: the camera moves.
    // (On a phone it is below the map: it is drawn once scrolled to.)
    await page.getByTestId('surface-slot').scrollIntoViewIfNeeded();
    const surface = page.locator('.surface-plot');
    await expect(surface.locator('canvas').first()).toBeVisible({ timeout: 60_000 });
    await waitReady(page);
    const eye = () =>
      surface.evaluate((el) => {
        const s = (
          el as unknown as {
            _fullLayout: { scene: { _scene: { getCamera: () => { eye: { x: number; y: number } } } } };
          }
        )._fullLayout.scene._scene;
        const e = s.getCamera().eye;
        return Math.atan2(e.y, e.x);
      });
    const before = await eye();
    const sb = (await surface.boundingBox())!;
    await touchDrag(
      page,
      [sb.x + sb.width * 0.3, sb.y + sb.height * 0.5],
      [sb.x + sb.width * 0.8, sb.y + sb.height * 0.5],
      12,
    );
    await expect.poll(eye).not.toBeCloseTo(before, 2);

    // Tap play: the runs animate from iteration 0.
    await page.getByTestId('play').tap();
    await expect(page.getByTestId('play')).toHaveAccessibleName('Pause');
    await page.getByTestId('play').tap();
    await expect(page.getByTestId('play')).toHaveAccessibleName('Play');
    await page.getByTestId('step-forward').tap();
    await expect(page.getByTestId('iter-readout')).not.toContainText(/^iteration 0 /);
  });
});

test.describe('static hosting', () => {
  const DIST = resolve(process.env.PW_DIST || 'dist');
  const BASE = '/tools/taylor/';
  const TYPES: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.wasm': 'application/wasm',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.ttf': 'font/ttf',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
  };
  let server: Server;
  let origin = '';

  // A plain static server, as a course site would have: the folder under a sub-path, nothing else.
  test.beforeAll(async () => {
    server = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === BASE.slice(0, -1)) {
        res.writeHead(301, { location: BASE + url.search }).end();
        return;
      }
      if (!url.pathname.startsWith(BASE)) {
        res.writeHead(404).end('not here');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(BASE.length)) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(DIST, rel));
      if (!file.startsWith(DIST)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const s = await stat(file);
        if (!s.isFile()) throw new Error('not a file');
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': s.size,
        });
        createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const addr = server.address();
    origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  test('the build works from /tools/taylor/ with no request to another host', async ({ page }) => {
    const requests: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${origin}/tools/taylor?surface=booth&opt=gd,newton`);
    await waitReady(page);
    await expect(page.getByTestId('surface-select')).toHaveValue('booth');
    await expect(page.getByTestId('trail-newton')).toHaveCount(1);
    // The URL follows the UI under the sub-path too.
    await page.getByTestId('toggle-t1').click();
    await expect
      .poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
      .toBe('/tools/taylor/?surface=booth&taylor=2');
    // The wasm backend's files come from the same folder.
    await page.goto(`${origin}/tools/taylor/?surface=booth&backend=wasm`);
    await waitReady(page);
    await expect(page.getByTestId('app')).toHaveAttribute('data-backend', 'wasm');

    expect(failed).toEqual([]);
    const elsewhere = requests.filter(
      (u) => !u.startsWith(`${origin}/tools/taylor`) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(elsewhere).toEqual([]);
  });
});
