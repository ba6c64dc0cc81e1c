// The page holds still under a drag (issue 15, item 3): between pointerdown and the end of a
// drag of p, nothing above the views moves (the preset's sentence, the alerts, the header),
// so the map stays where the hand is, on the default page and with an alert showing.
import { expect, test, type Page } from '@playwright/test';
import { openScene, waitReady } from './helpers';

/** Tops and heights of every element above the map, and the map's own box. */
async function above(page: Page) {
  return page.evaluate(() => {
    const map = document
      .querySelector('[role="figure"][aria-label="Contour map of the surface"]')!
      .getBoundingClientRect();
    const rows: string[] = [];
    for (const el of document.querySelectorAll('#root *')) {
      // the views' drawings move with p by design, and a mark clipped to the map keeps its
      // box outside it (the Newton tip, beyond the map's top-right): the page's elements count,
      // an SVG's own marks do not
      if (el.parentElement?.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.height > 0 && r.bottom <= map.top + 0.5)
        rows.push(
          `${el.tagName} ${r.left.toFixed(1)},${r.top.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
        );
    }
    return { map: [map.left, map.top, map.width, map.height].map((v) => v.toFixed(1)).join(','), rows };
  });
}

for (const [name, query] of [
  ['the default page', ''],
  ['a page with an alert showing', '?surface=himmelblau&lr=-1'],
] as const) {
  test(`nothing above the views moves while p is dragged: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openScene(page, query);
    const handle = (await page.getByTestId('point-handle').boundingBox())!;
    const [cx, cy] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const start = await above(page);
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(cx + 4 * i, cy + 3 * i);
      await page.waitForTimeout(60);
      expect(await above(page), `after move ${i}`).toEqual(start);
    }
    await page.mouse.up();
    expect(await above(page), 'at the release').toEqual(start);
    await waitReady(page);
  });
}
