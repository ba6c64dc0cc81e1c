// The first screen appears at once when it is drawn (src/reveal.ts): until then the page shows
// its shell (the app's name, a line saying what loads), and the app, laid out beneath, is not
// painted. An alert never waits behind the shell. The 3D view's code is held back here (a routed
// request answered when the test says) so that the moment before the first screen is drawn can
// be looked at.
import { expect, test, type Page } from '@playwright/test';
import { waitReady } from './helpers';

/** Hold back the 3D view's code until the returned function is called. */
async function hold3dCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/SurfaceView-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the first screen appears at once: the shell until the views are drawn, then the whole app', async ({ page }) => {
  const release = await hold3dCode(page);
  await page.goto('/?lang=zh');
  const shell = page.locator('#boot-shell');
  const map = page.getByTestId('contour-view');
  // the map is drawn (its plot is in the page) while the 3D view's code is held: not shown yet
  await expect(map.locator('.js-plotly-plot .contourlayer')).toBeAttached({ timeout: 60_000 });
  await expect(shell).toBeVisible();
  await expect(shell).toContainText('Taylor & Newton');
  await expect(shell).toContainText('正在加载');
  await expect(map).toBeHidden();
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'false');
  release();
  await waitReady(page);
  await expect(shell).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-shown-by', 'ready');
  await expect(map).toBeVisible();
  await expect(page.getByTestId('surface-view')).toBeVisible();
  await expect(page.locator('h1')).toContainText('Taylor & Newton');
});

test('an alert does not wait for the first screen: a bad URL is named while the views still load', async ({ page }) => {
  const release = await hold3dCode(page);
  await page.goto('/?surface=nope');
  await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('alert').first()).toContainText('surface:');
  await expect(page.locator('#boot-shell')).toHaveCount(0);
  // shown because of the alert, not by the time limit (reveal.ts), while the 3D view's code waits
  await expect(page.locator('html')).toHaveAttribute('data-shown-by', 'alert');
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'false');
  release();
  await waitReady(page);
});
