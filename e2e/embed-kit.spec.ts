// The embed kit's URL controls (CONTRACT §1–2): `hide` leaves parts of the page out, `resize=1`
// posts the content height to the course page that frames the app, and bad values of the v2
// parameters get alerts that name them while the page stays usable.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openPanels, openScene } from './helpers';

test('hide leaves out the named parts; the rest still works and reaches data-ready', async ({ page }) => {
  await openScene(page, '?hide=formula,optimizers,teach,convergence,presets');
  await expect(page.getByTestId('formula-input')).toHaveCount(0);
  await expect(page.getByTestId('surface-select')).toBeVisible();
  await expect(page.locator('.deep-card')).toHaveCount(0);
  await expect(page.locator('.convergence-card')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // what is left still works: another surface is drawn
  await page.getByTestId('surface-select').selectOption('himmelblau');
  await expect(page).toHaveURL(/surface=himmelblau/);
  await expect(page).toHaveURL(/hide=formula%2Coptimizers%2Cteach%2Cconvergence%2Cpresets/);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
});

test('hide=map,3d: no views, the page is still ready', async ({ page }) => {
  await openScene(page, '?hide=map,3d');
  await expect(page.locator('.contour-card')).toHaveCount(0);
  await expect(page.locator('.surface-card')).toHaveCount(0);
  await expect(page.locator('.race-card')).toBeVisible();
});

// Several bad parameters in one link (as a hand-edited link may have): each is named. hide=
// is tried alone (a bad hide list must not hide the views), taylor twice (two ways to be wrong).
for (const [query, params, open] of [
  ['hide=everything', ['hide'], openScene],
  [
    'lock=nonsense&lang=klingon&taylor=7&dir=north&radius=-1&m=21',
    ['lock', 'lang', 'taylor', 'dir', 'radius', 'm'],
    openPanels,
  ],
  ['taylor=1,x', ['taylor'], openPanels],
] as const) {
  test(`${query}: an alert names ${params.join(', ')}, the defaults are drawn`, async ({ page }) => {
    await open(page, `?${query}`);
    for (const param of params)
      await expect(page.getByRole('alert').getByText(new RegExp(`^${param}: `))).toBeVisible();
    await expect(
      page.getByTestId('level-sets-t1').or(page.locator('[data-testid^="level-set"]')).first(),
    ).toBeAttached();
  });
}

/** A course page on its own server (another port: another origin). It is served for real, not
 *  by page.route: Chromium's local-network checks block a fulfilled (address-less, so public)
 *  page from framing the app on 127.0.0.1. */
async function coursePage(html: string): Promise<{ url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/week3.html` };
}
const servers: Server[] = [];
// Two pages load the app's first screen in a frame here: more than the default 90 s on a busy machine.
test.describe.configure({ timeout: 180_000 });
test.afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((done) => s.close(done));
});

test('resize=1 inside an iframe on another origin posts its height to the course page', async ({ page, baseURL }) => {
  const html = `<!doctype html><html><body><h1>Week 3</h1>
    <script>window.__msgs = []; addEventListener('message', (e) => window.__msgs.push(e.data));</script>
    <iframe id="app" src="${baseURL}/?embed=1&resize=1" width="640" height="300" style="border:0"></iframe>
    </body></html>`;
  const course = await coursePage(html);
  await page.goto(course.url);
  const frame = page.frameLocator('#app');
  await expect(frame.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __msgs: unknown[] }).__msgs.length))
    .toBeGreaterThanOrEqual(2);
  const msgs = await page.evaluate(() => (window as unknown as { __msgs: Record<string, unknown>[] }).__msgs);
  const lti = msgs.filter((m) => m.subject === 'lti.frameResize');
  const plain = msgs.filter((m) => m.type === 'resize');
  expect(lti.length).toBeGreaterThan(0);
  expect(plain.length).toBe(lti.length);
  const inner = await frame.getByTestId('app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(lti.at(-1)!.height).toBe(inner);
  expect(plain.at(-1)!.height).toBe(inner);
  expect(inner).toBeGreaterThan(100);
});

test('without resize=1 no height is posted', async ({ page, baseURL }) => {
  const html = `<!doctype html><html><body>
    <script>window.__msgs = []; addEventListener('message', (e) => window.__msgs.push(e.data));</script>
    <iframe id="app" src="${baseURL}/?embed=1" width="640" height="300"></iframe></body></html>`;
  const course = await coursePage(html);
  await page.goto(course.url);
  await expect(page.frameLocator('#app').getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const msgs = await page.evaluate(() => (window as unknown as { __msgs: Record<string, unknown>[] }).__msgs);
  expect(msgs.filter((m) => m.subject === 'lti.frameResize' || m.type === 'resize')).toEqual([]);
});

test('lock: locked fields are shown disabled and neither keys nor the pointer change them', async ({ page }) => {
  await openScene(page, '?surface=himmelblau&lock=surface,taylor,point');
  await expect(page.getByTestId('surface-select')).toBeDisabled();
  await expect(page.getByTestId('formula-input')).toBeDisabled();
  const url = page.url();
  await page.locator('body').press('1'); // the T1 shortcut
  await expect(page.getByTestId('toggle-t1')).toBeChecked();
  await page.getByTestId('toggle-t2').click({ force: true }); // a pointer on the T2 toggle
  await expect(page.getByTestId('toggle-t2')).toBeChecked();
  expect(page.url()).toBe(url);
  // what is not locked still works
  await page.getByTestId('param-steps').fill('7');
  await expect(page).toHaveURL(/steps=7/);
});
