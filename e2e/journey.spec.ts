// A student's journey through the visualizer: pick a surface, drag the expansion point and
// watch the numbers and overlays follow, race gd against Newton, scrub, export.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { downloadExport, openScene, waitReady } from './helpers';

const himmelblau = (x: number, y: number) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;

/** The number a panel shows, with the UI's minus sign read back. */
const num = (s: string) => Number(s.replace(/−/g, '-').trim());

async function pointFromUrl(page: Page): Promise<[number, number]> {
  const p = new URL(page.url()).searchParams.get('point');
  expect(p).not.toBeNull();
  const [x, y] = p!.split(',').map(Number);
  return [x, y];
}

/** Press on p's handle, move the pointer `moves` times by (dx, dy) pixels, let go. */
async function dragHandle(page: Page, moves: number, dx: number, dy: number) {
  const handle = page.getByTestId('point-handle');
  const box = (await handle.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) await page.mouse.move(cx + dx * i, cy + dy * i);
  await page.mouse.up();
  return { handle, box, cx, cy };
}

test('drag the expansion point: overlays, numbers and the URL follow', async ({ page }) => {
  await openScene(page, '?surface=himmelblau&point=1,1&start=0,0&opt=gd,newton');
  await expect(page.locator('.contour-plot .contour').first()).toBeVisible();
  await expect(page.locator('.surface-plot canvas').first()).toBeVisible();
  // Both Taylor models are drawn on the contour map as their own level sets.
  await expect(page.getByTestId('level-sets-t1')).toHaveAttribute('d', /^M/);
  await expect(page.getByTestId('level-sets-t2')).toHaveAttribute('d', /^M/);
  await expect(page.getByTestId('fact-value')).toHaveText(String(himmelblau(1, 1)));
  const levelsBefore = await page.getByTestId('level-sets-t2').getAttribute('d');

  const { handle, box } = await dragHandle(page, 10, 8, -5);
  await waitReady(page);

  const [x, y] = await pointFromUrl(page);
  expect(x).toBeGreaterThan(1.3);
  expect(y).toBeGreaterThan(1.3);
  // What the panel says is f at the new point, to float32 accuracy.
  const shown = num(await page.getByTestId('fact-value').innerText());
  expect(Math.abs(shown - himmelblau(x, y))).toBeLessThan(1e-3 * Math.max(1, himmelblau(x, y)));
  // The handle sits where the point is now, and the level sets are the new models'.
  const moved = (await handle.boundingBox())!;
  expect(moved.x).toBeGreaterThan(box.x + 40);
  await expect(page.getByTestId('level-sets-t2')).toHaveAttribute('d', /^M/);
  expect(await page.getByTestId('level-sets-t2').getAttribute('d')).not.toBe(levelsBefore);

  // Typing coordinates moves it too; a coordinate outside the domain is refused with an alert.
  await page.getByTestId('point-x').fill('0');
  await page.getByTestId('point-y').fill('0');
  await waitReady(page);
  await expect(page.getByTestId('fact-value')).toHaveText('170');
  // At (0, 0) H is negative definite: the Newton step points to the model's maximum.
  await expect(page.getByTestId('newton-arrow')).toHaveAttribute('data-kind', 'maximum');
  await page.getByTestId('point-x').fill('99');
  await expect(page.getByRole('alert')).toContainText('outside the domain');
  await expect(page.getByTestId('fact-value')).toHaveText('170');
  await page.getByTestId('point-x').fill('0');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Toggling a model off removes its level sets and is written to the URL.
  await page.getByTestId('toggle-t1').uncheck();
  await waitReady(page);
  await expect(page.getByTestId('level-sets-t1')).toHaveCount(0);
  await expect(page.getByTestId('level-sets-t2')).toHaveCount(1);
  await expect(page).toHaveURL(/taylor=2/);
});

test('race gd against Newton: play, step, scrub, statuses in words', async ({ page }) => {
  await openScene(page, '?surface=himmelblau&start=0,0&opt=gd,newton&steps=60');
  const gdTrail = page.getByTestId('trail-gd');
  const newtonTrail = page.getByTestId('trail-newton');
  // Runs are shown whole when a scene opens.
  await expect(newtonTrail).toHaveAttribute('data-count', '5');
  await expect(page.getByTestId('run-newton')).toHaveAttribute('data-status', 'converged');

  await page.getByTestId('reset').click();
  await expect(gdTrail).toHaveAttribute('data-count', '1');
  await page.getByTestId('step-forward').click();
  await page.getByTestId('step-forward').click();
  await page.getByTestId('step-forward').click();
  await expect(gdTrail).toHaveAttribute('data-count', '4');
  await expect(newtonTrail).toHaveAttribute('data-count', '4');
  await page.getByTestId('step-back').click();
  await expect(gdTrail).toHaveAttribute('data-count', '3');

  // Play runs to the end by itself: every run's whole trajectory is drawn, and it stops there.
  const { data } = await downloadExport(page);
  const gdLength = data.runs[0].iterates.length;
  await page.getByTestId('play').click();
  await expect(gdTrail).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
  await expect(gdTrail).toHaveAttribute('data-count', String(gdLength));
  await expect(newtonTrail).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('iter-readout')).toContainText(`${gdLength - 1} / ${gdLength - 1}`);
  // Newton from (0, 0) on Himmelblau converges — to the local maximum, f ≈ 181.6.
  await expect(page.getByTestId('run-newton')).toContainText(/converged/i);
  await expect(page.getByTestId('run-newton')).toContainText('181.6');

  // Scrubbing back shows the race part-way.
  await page.getByTestId('scrubber').fill('2');
  await expect(gdTrail).toHaveAttribute('data-count', '3');
  await expect(page.getByTestId('iter-readout')).toContainText('2');
});

test('shift-click on the contour map sets the start; the runs restart from there', async ({ page }) => {
  await openScene(page, '?surface=booth&opt=gd,newton');
  const plot = page.locator('.contour-plot .nsewdrag').first();
  const box = (await plot.boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.25);
  await page.keyboard.up('Shift');
  await waitReady(page);
  const start = new URL(page.url()).searchParams.get('start');
  expect(start).not.toBeNull();
  const [sx, sy] = start!.split(',').map(Number);
  expect(sx).toBeGreaterThan(3);
  expect(sy).toBeGreaterThan(3);
  const { data } = await downloadExport(page);
  expect(data.runs[0].iterates[0].x).toBeCloseTo(sx, 9);
  expect(data.runs[0].iterates[0].y).toBeCloseTo(sy, 9);
  // Booth is a quadratic: Newton lands on its minimum (1, 3) in one step.
  const n = data.runs[1].iterates;
  expect(n[1].x).toBeCloseTo(1, 3);
  expect(n[1].y).toBeCloseTo(3, 3);
});

test('exports: CSV of the iterates, PNG of each view, the formula typeset', async ({ page }) => {
  await openScene(page, '?surface=booth&opt=gd,newton&steps=20');
  // KaTeX typesets the formula and the Taylor models with the current numbers.
  await expect(page.getByTestId('formula-preview').locator('.katex')).toHaveCount(1);
  await expect(page.getByTestId('taylor-t1').locator('.katex').first()).toBeVisible();

  const { data } = await downloadExport(page);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const csv = (await readFile(await csvDownload.path(), 'utf8')).trim().split('\n');
  expect(csv[0]).toBe('optimizer,k,x,y,value,gradNorm');
  const total = data.runs.reduce((n, r) => n + r.iterates.length, 0);
  expect(csv.length - 1).toBe(total);
  const [opt, k, x, y] = csv[1].split(',');
  expect(opt).toBe('gd');
  expect(Number(k)).toBe(0);
  expect(Number(x)).toBe(data.runs[0].iterates[0].x);
  expect(Number(y)).toBe(data.runs[0].iterates[0].y);

  for (const view of ['contour', 'surface3d']) {
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-png-${view}`).click()]);
    expect(png.suggestedFilename()).toMatch(new RegExp(`${view}\\.png$`));
    const bytes = await readFile(await png.path());
    // A real PNG (signature), at least as large as the view on screen.
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    expect(width).toBeGreaterThan(300);
  }
});

// Moves are taken from pointerrawupdate where the browser has it (as they arrive), else from
// pointermove (at the next frame): either way p ends where the pointer let go of it.
for (const raw of [true, false]) {
  test(`p ends where it is let go (${raw ? 'pointerrawupdate' : 'pointermove only'})`, async ({ page }) => {
    await openScene(page, '?surface=himmelblau&point=1,1&start=0,0&opt=gd');
    // A browser without pointerrawupdate: listeners for it never hear anything.
    if (!raw)
      await page.evaluate(() => {
        const add = window.addEventListener.bind(window) as (...args: unknown[]) => void;
        window.addEventListener = ((type: string, ...rest: unknown[]) => {
          if (type !== 'pointerrawupdate') add(type, ...rest);
        }) as typeof window.addEventListener;
      });
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __raw: number };
      w.__raw = 0;
      window.addEventListener('pointerrawupdate', () => w.__raw++, true);
      return 'onpointerrawupdate' in window;
    });
    expect(seen).toBe(true);
    // quick moves, no waiting between them: many arrive while the page is still computing
    const { handle, cx, cy } = await dragHandle(page, 12, 7, 4);
    await waitReady(page);
    expect(await page.evaluate(() => (window as unknown as { __raw: number }).__raw > 0)).toBe(raw);
    const [x, y] = await pointFromUrl(page);
    expect(x).toBeGreaterThan(1);
    expect(y).toBeLessThan(1);
    const end = (await handle.boundingBox())!;
    expect(Math.abs(end.x + end.width / 2 - (cx + 84))).toBeLessThan(1.5);
    expect(Math.abs(end.y + end.height / 2 - (cy + 48))).toBeLessThan(1.5);
    // and the numbers are f at that point
    const shown = num(await page.getByTestId('fact-value').innerText());
    expect(Math.abs(shown - himmelblau(x, y))).toBeLessThan(1e-3 * Math.max(1, himmelblau(x, y)));
  });
}
