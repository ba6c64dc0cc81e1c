// A long session, compressed: the page left open through a lecture while the point is dragged
// and the runs are played again and again. Thousands of frames later the live tensors are
// exactly as many as at the start and the JS heap (after garbage collection) has not grown
// beyond a generous bound. The figures are printed for the record.
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { openScene, waitReady } from './helpers';

/** How long the drag-and-play loop runs (the whole test stays under ~2 minutes). */
const SOAK_MS = Number(process.env.SOAK_MS || 30_000);
/** Largest JS heap growth accepted, after a full garbage collection. */
const HEAP_BOUND = 30 * 1024 * 1024;

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

const numTensors = (page: Page) => page.evaluate(() => window.__tn!.memory().numTensors);
const frames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

test('soak: drag the point and play the runs for thousands of frames; tensors and heap stay flat', async ({ page }) => {
  test.setTimeout(SOAK_MS + 110_000);
  // Count animation frames from the first one.
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    const tick = () => {
      w.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // on WebGL, as on a machine with a GPU: textures are what would leak there
  await openScene(
    page,
    '?surface=himmelblau&point=1,1&start=0,0&opt=gd,momentum,adam,newton,bfgs&steps=200&backend=webgl',
  );
  const backend = await page.getByTestId('app').getAttribute('data-backend');
  await page.getByTestId('speed').selectOption('50');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  // Dragging p around a circle: pointer moves sent through CDP in batches without waiting for
  // each (a fast hand). Chromium coalesces moves that arrive while the page is busy, as it does
  // for a real mouse, so the page handles fewer pointermove events than were sent.
  await page.evaluate(() => {
    const w = window as unknown as { __moves: number };
    w.__moves = 0;
    document.addEventListener('pointermove', () => w.__moves++, true);
  });
  const handle = page.getByTestId('point-handle');
  const points = new Set<string>();
  let sent = 0;
  const drag = async (batches: number, until = Infinity) => {
    // the play button can sit below the fold, and clicking it scrolls the page: bring p back
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let b = 0; b < batches && Date.now() < until; b++) {
      const batch: Promise<unknown>[] = [];
      for (let i = 0; i < 40; i++, sent++) {
        const a = (2 * Math.PI * sent) / 240;
        const x = cx + 40 * Math.sin(a);
        const y = cy - 40 * (1 - Math.cos(a));
        batch.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, button: 'left', buttons: 1 }));
      }
      await Promise.all(batch);
      // where p is now, as its fields show it (the address is written on release only)
      points.add(`${await page.getByTestId('point-x').inputValue()},${await page.getByTestId('point-y').inputValue()}`);
    }
    // Back to where the circle started, and let go.
    await page.mouse.move(cx, cy);
    await page.mouse.up();
  };

  // Warm up once (the first drag and play allocate caches, shaders and plotly's buffers), then settle.
  await drag(2);
  await page.getByTestId('play').click();
  await page.waitForTimeout(1000);
  await waitReady(page);
  await page.waitForTimeout(1000);

  const start = {
    tensors: await numTensors(page),
    heap: await heapUsed(cdp),
    frames: await frames(page),
    moves: await page.evaluate(() => (window as unknown as { __moves: number }).__moves),
  };
  sent = 0;
  points.clear();
  const t0 = Date.now();
  let plays = 0;
  while (Date.now() - t0 < SOAK_MS) {
    await page.getByTestId('reset').click();
    if ((await page.getByTestId('play').getAttribute('aria-label')) === 'Play') {
      await page.getByTestId('play').click();
      plays++;
    }
    await drag(6, t0 + SOAK_MS);
  }
  const seconds = (Date.now() - t0) / 1000;
  if ((await page.getByTestId('play').getAttribute('aria-label')) === 'Pause') await page.getByTestId('play').click();
  await waitReady(page);
  await page.waitForTimeout(1500);
  await waitReady(page);
  const end = {
    tensors: await numTensors(page),
    heap: await heapUsed(cdp),
    frames: await frames(page),
    moves: await page.evaluate(() => (window as unknown as { __moves: number }).__moves),
  };
  const soakFrames = end.frames - start.frames;
  const handled = end.moves - start.moves;

  console.log(
    [
      `soak (${backend}): ${seconds.toFixed(0)} s, ${soakFrames} animation frames (${(soakFrames / seconds).toFixed(1)} fps), ` +
        `${sent} pointer moves sent while dragging p (${handled} pointermove events after Chromium's coalescing, ` +
        `${points.size} distinct points in its fields), ${plays} plays at 50 it/s`,
      `  tf.memory().numTensors: start ${start.tensors}, end ${end.tensors}`,
      `  JS heap used after GC: start ${mb(start.heap)}, end ${mb(end.heap)}, growth ${mb(end.heap - start.heap)}`,
    ].join('\n'),
  );

  // Lower bounds that hold on a loaded software renderer (about 4 frames and 14 moves sent a
  // second); the figures above are the record.
  expect(soakFrames).toBeGreaterThan((4 * SOAK_MS) / 1000);
  expect(sent).toBeGreaterThan((14 * SOAK_MS) / 1000);
  expect(points.size).toBeGreaterThan(5);
  expect(end.tensors).toBe(start.tensors);
  expect(end.heap - start.heap).toBeLessThan(HEAP_BOUND);
  // Still alive and correct: the point moved by typing is computed and drawn.
  await page.getByTestId('point-x').fill('0');
  await page.getByTestId('point-y').fill('0');
  await waitReady(page);
  await expect(page.getByTestId('fact-value')).toHaveText('170');
});
