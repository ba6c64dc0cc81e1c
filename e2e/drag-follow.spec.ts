// A map that keeps up with the hand (issue 16): while p is dragged, the contour map draws the
// results of every move; the 3D view and the panels beside the map follow at most every 200 ms
// (src/views/follow.ts), and on release every view shows where p was let go.
import { expect, test } from '@playwright/test';
import { downloadExport, openScene, waitReady } from './helpers';
import { CHROMIUM_ARGS } from './shared.mjs';

// The classroom PC without a usable GPU: Chromium then composites the page on the CPU by itself
// (README, dragSoftwareCompositing). There a frame is quick and a move's own work sets the pace;
// with the tests' SwiftShader compositing every frame takes longer than the 3D view's interval.
test.use({
  launchOptions: { executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-gpu-compositing'] },
});

type Drawn = { view: string; version: number; t: number };

test('while p is dragged the map draws every move, the 3D view at most 5 a second; on release all show the final p', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openScene(page, '?surface=himmelblau&point=1,1');
  const handle = (await page.getByTestId('point-handle').boundingBox())!;
  const [cx, cy] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
  await page.evaluate(() => {
    (window as unknown as { __tnDrawnLog: Drawn[] }).__tnDrawnLog = [];
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = await page.evaluate(() => performance.now());
  // a quick hand: a move every 16 ms for ~0.8 s (a 60 Hz pointer), sent without waiting for the
  // page to take each one, as a hand does not wait
  const cdp = await page.context().newCDPSession(page);
  const sent: Promise<unknown>[] = [];
  for (let i = 1; i <= 48; i++) {
    sent.push(
      cdp.send('Input.dispatchMouseEvent', {
        type: 'mouseMoved',
        x: cx + 1.5 * i,
        y: cy - i,
        button: 'left',
        buttons: 1,
      }),
    );
    await page.waitForTimeout(16);
  }
  await Promise.all(sent);
  // (Playwright's own pointer learns where the hand is, for the release)
  await page.mouse.move(cx + 1.5 * 48, cy - 48);
  await page.waitForTimeout(100);
  const t1 = await page.evaluate(() => performance.now());
  const during = await page.evaluate(
    ([a, b]) => (window as unknown as { __tnDrawnLog: Drawn[] }).__tnDrawnLog.filter((e) => e.t >= a && e.t <= b),
    [t0, t1],
  );
  await page.mouse.up();
  await waitReady(page);

  const versions = (view: string) => new Set(during.filter((e) => e.view === view).map((e) => e.version));
  const map = versions('contour');
  const surface = versions('surface3d');
  // the map drew the results of the moves as they came (more than the 3D view could)
  expect(map.size).toBeGreaterThan(1);
  // the 3D view: the first move at once, then at most one drawing per 200 ms of the drag (and
  // the results from before the drag, if their drawing is reported inside the window)
  expect(surface.size, `${surface.size} 3D drawings in ${(t1 - t0).toFixed(0)} ms`).toBeLessThanOrEqual(
    2 + Math.ceil((t1 - t0) / 200),
  );

  // on release: the panels beside the map and the export agree on where p was let go
  const { data } = await downloadExport(page);
  const [x, y] = [data.point.x, data.point.y];
  expect(Math.hypot(x - 1, y - 1)).toBeGreaterThan(0.05);
  // the address is written on release (not at every move) and links to where p was let go
  const linked = (new URL(page.url()).searchParams.get('point') ?? '').split(',').map(Number);
  expect(linked[0]).toBeCloseTo(x, 3);
  expect(linked[1]).toBeCloseTo(y, 3);
  const shown = (await page.getByTestId('fact-point').innerText()).replace(/−/g, '-');
  const nums = (shown.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  expect(nums[0]).toBeCloseTo(x, 2);
  expect(nums[1]).toBeCloseTo(y, 2);
  const value = Number((await page.getByTestId('fact-value').innerText()).replace(/−/g, '-'));
  // Himmelblau at the final p, by hand
  const f = (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;
  expect(Math.abs(value - f)).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(f)));
  // the 3D view drew the final results too (data-ready waits for it; its last drawing is them)
  const last3d = await page.evaluate(() =>
    (window as unknown as { __tnDrawnLog: Drawn[] }).__tnDrawnLog.filter((e) => e.view === 'surface3d').pop(),
  );
  const lastMap = await page.evaluate(() =>
    (window as unknown as { __tnDrawnLog: Drawn[] }).__tnDrawnLog.filter((e) => e.view === 'contour').pop(),
  );
  expect(last3d?.version).toBe(lastMap?.version);
});
