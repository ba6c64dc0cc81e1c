// Plots follow their boxes (issue 15, item 2): toggling presenter mode changes the boxes and
// not the window; every plot must fill its box again, and no plot may spill out of it.
import { expect, test, type Page } from '@playwright/test';
import { openScene } from './helpers';

/** For every plotly plot: the largest gap (px) between its drawing and its box, either way. */
const misfit = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll<HTMLElement>('.js-plotly-plot')]
        .filter((gd) => gd.getBoundingClientRect().width > 0)
        .map((gd) => {
          const box = gd.getBoundingClientRect();
          const svg = gd.querySelector('.main-svg')!.getBoundingClientRect();
          return Math.max(Math.abs(svg.width - box.width), Math.abs(svg.height - box.height));
        }),
    ),
  );

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`${width}×${height}: plots fill their boxes after presenter mode on and off, and a tour started and ended`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openScene(page);
    expect(await misfit(page)).toBeLessThanOrEqual(2);
    await page.locator('body').press('p');
    await expect(page.locator('.app.present')).toBeVisible();
    await expect.poll(() => misfit(page), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    await page.locator('body').press('p');
    await expect(page.locator('.app.present')).toHaveCount(0);
    await expect.poll(() => misfit(page), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    // a tour's bar takes room from the views; ending it gives the room back
    await page.getByTestId('tour-select').selectOption({ label: 'When Newton walks uphill' });
    await expect(page.getByTestId('tour-bar')).toBeVisible();
    await expect.poll(() => misfit(page), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    await page.getByTestId('tour-end').click();
    await expect(page.getByTestId('tour-bar')).toHaveCount(0);
    await expect.poll(() => misfit(page), { timeout: 10_000 }).toBeLessThanOrEqual(2);
  });
}
