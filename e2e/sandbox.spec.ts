// The app inside <iframe sandbox="allow-scripts"> on a course page of another origin (issue
// 20): no storage, no downloads, no popups, an opaque origin. It loads (its module scripts are
// CORS requests, answered by the server), reaches data-ready, posts its height, leaves the
// wheel to the page, and honours `hide` and `lock`: a locked p moves neither by the pointer
// nor by the keyboard, and the URL the frame writes keeps it. The export offers its text to
// copy instead of a download, and "open full app" is a plain link.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

let server: Server | null = null;
test.afterEach(async () => {
  if (server) await new Promise((done) => server!.close(done));
  server = null;
});
test.describe.configure({ timeout: 180_000 });

async function coursePage(html: string): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html);
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/week3.html`;
}

test('sandbox="allow-scripts": the embed loads, posts its height, and keeps hide and lock', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  const src = `${baseURL}/?embed=1&resize=1&surface=himmelblau&point=1,1&opt=gd,newton&hide=3d&lock=point,surface`;
  const url = await coursePage(`<!doctype html><html><body style="margin:0">
    <script>window.__msgs = []; addEventListener('message', (e) => window.__msgs.push(e.data));</script>
    <h1 style="height:200px;margin:0">Week 3: Taylor models</h1>
    <iframe id="app" sandbox="allow-scripts" src="${src}" width="900" height="560" style="border:0"></iframe>
    <div style="height:3000px">…the rest of the lesson</div></body></html>`);
  await page.goto(url);
  const frame = page.frameLocator('#app');
  const app = frame.getByTestId('app');
  await expect(app).toHaveAttribute('data-ready', 'true', { timeout: 150_000 });
  // an opaque origin, as the attribute makes it
  expect(await app.evaluate(() => window.origin)).toBe('null');
  // the height reached the course page in both forms
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __msgs: Record<string, unknown>[] }).__msgs.map((m) => m.subject ?? m.type),
      ),
    )
    .toEqual(expect.arrayContaining(['lti.frameResize', 'resize']));
  // hide=3d: no 3D view; the map is there
  await expect(frame.getByRole('figure', { name: 'Contour map of the surface' })).toBeVisible();
  await expect(frame.locator('.surface-card')).toHaveCount(0);

  // the wheel over the frame scrolls the course page (before any click into a view)
  const fb = (await page.locator('#app').boundingBox())!;
  await page.mouse.move(fb.x + fb.width * 0.3, fb.y + fb.height * 0.5);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await page.evaluate(() => window.scrollTo(0, 0));

  const readout = frame.getByTestId('embed-readout');
  await expect(readout).toContainText('p = (1, 1)');
  // the pointer: drag p across the map
  const handle = frame.getByTestId('point-handle');
  const hb = (await handle.boundingBox())!;
  await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
  await page.mouse.down();
  await page.mouse.move(hb.x + 120, hb.y + 60, { steps: 6 });
  await page.mouse.up();
  // the keyboard: arrows on the focused handle
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(app).toHaveAttribute('data-ready', 'true');
  await expect(readout).toContainText('p = (1, 1)');
  // the frame's own URL (what "open full app" and a reload use) keeps p and the lock
  const inner = new URL(await app.evaluate(() => window.location.href));
  // (Himmelblau's own p is (1, 1): a default the URL leaves out)
  expect(inner.searchParams.get('point') ?? '1,1').toBe('1,1');
  expect(inner.searchParams.get('lock')).toBe('point,surface');
  // the start is not locked: the same keys move it
  const start = frame.getByTestId('start-marker');
  await start.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(async () => new URL(await app.evaluate(() => window.location.href)).searchParams.get('start'))
    .not.toBe(inner.searchParams.get('start'));

  // "open full app": a plain link (no new window in a frame without allow-popups)
  const open = frame.getByTestId('open-full-app');
  await expect(open).not.toHaveAttribute('target', '_blank');
  expect(new URL((await open.getAttribute('href'))!).searchParams.get('lock')).toBe('point,surface');
});

test('sandbox="allow-scripts", the full page: the exports offer their text to copy instead of a blocked download', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const src = `${baseURL}/?surface=booth&opt=gd&steps=20&hide=3d`;
  await page.goto(
    await coursePage(`<!doctype html><html><body style="margin:0">
    <iframe id="app" sandbox="allow-scripts" src="${src}" width="1260" height="880" style="border:0"></iframe>
    </body></html>`),
  );
  const frame = page.frameLocator('#app');
  await expect(frame.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 150_000 });
  let downloads = 0;
  page.on('download', () => downloads++);
  await frame.getByTestId('export-json').click();
  const box = frame.getByTestId('export-fallback');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('data-file', 'taylor-newton-booth.json');
  const data = JSON.parse(await box.inputValue()) as { version: number; surface: { id: string }; runs: unknown[] };
  expect(data.version).toBe(2);
  expect(data.surface.id).toBe('booth');
  expect(data.runs).toHaveLength(1);
  await frame.getByTestId('export-fallback-dialog').locator('.cr-close').click();
  await expect(box).toBeHidden();
  await frame.getByTestId('export-csv').click();
  await expect(box).toHaveAttribute('data-file', 'taylor-newton-booth-iterates.csv');
  expect((await box.inputValue()).split('\n')[0]).toMatch(/^optimizer,/);
  expect(downloads).toBe(0);
});
