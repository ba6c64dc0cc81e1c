// In an embed the wheel scrolls the course page (issue 15, item 5; issue 20): over the map or
// the 3D view it leaves the axes alone and a hint says how to zoom; after a click into the
// view (or with Ctrl held) the wheel zooms it. The course page is served on its own origin.
import { expect, test, type FrameLocator } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

let server: Server | null = null;
test.afterEach(async () => {
  if (server) await new Promise((done) => server!.close(done));
  server = null;
});

async function coursePage(baseURL: string): Promise<string> {
  const html = `<!doctype html><html><body style="margin:0">
    <h1 style="height:300px;margin:0">Week 3: Taylor models</h1>
    <iframe id="embed" src="${baseURL}/?embed=1&surface=himmelblau&point=1,1&opt=gd,newton"
      style="border:0;margin-left:60px" width="900" height="560"></iframe>
    <div style="height:3000px">…the rest of the lesson</div></body></html>`;
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html);
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/week3.html`;
}

const xRange = (frame: FrameLocator) =>
  frame
    .locator('.contour-plot')
    .evaluate((el) => [...(el as unknown as { _fullLayout: { xaxis: { range: number[] } } })._fullLayout.xaxis.range]);

test('a wheel over an embedded map scrolls the page; after a click it zooms the map', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(await coursePage(baseURL!));
  const frame = page.frameLocator('#embed');
  await expect(frame.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  // the embed shows no modebar over the map, and a key names the optimizers' lines
  await expect(frame.locator('.contour-plot .modebar')).toHaveCount(0);
  await expect(frame.getByTestId('legend-item').and(frame.locator('[data-key="run-gd"]'))).toBeVisible();
  await expect(frame.getByTestId('legend-item').and(frame.locator('[data-key="run-newton"]'))).toBeVisible();
  // (first in the one-line key, where a narrow frame still shows them)
  await expect(frame.getByTestId('legend-item').first()).toHaveAttribute('data-key', 'run-gd');

  const before = await xRange(frame);
  const box = (await frame.getByRole('figure', { name: 'Contour map of the surface' }).boundingBox())!;
  const at: [number, number] = [box.x + box.width * 0.2, box.y + box.height * 0.5];
  await page.mouse.move(...at);
  await page.mouse.wheel(0, 240);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect(frame.getByTestId('wheel-hint')).toHaveText('Click the map (or hold Ctrl) to zoom with the wheel');
  expect(await xRange(frame)).toEqual(before);

  // a click into the map, then the wheel zooms it (the page stays where it is)
  const box2 = (await frame.getByRole('figure', { name: 'Contour map of the surface' }).boundingBox())!;
  const at2: [number, number] = [box2.x + box2.width * 0.2, box2.y + box2.height * 0.5];
  await page.mouse.click(...at2);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -240);
  await expect
    .poll(async () => (await xRange(frame))[1] - (await xRange(frame))[0])
    .not.toBeCloseTo(before[1] - before[0], 3);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});
