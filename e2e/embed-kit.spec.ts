// The embed kit's URL controls (CONTRACT §1–2): `hide` leaves parts of the page out, `resize=1`
// posts the content height to the course page that frames the app, and bad values of the v2
// parameters get alerts that name them while the page stays usable.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openPanels, openScene } from './helpers';
import ts from 'typescript';

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

test('the Share dialog’s embed code for each kind of course page is valid in its own syntax and opens this scene', async ({
  page,
}) => {
  await openPanels(page, '?surface=booth&opt=gd,bfgs');
  await page.getByTestId('share').click();
  await page.getByTestId('embed-width').fill('720');
  await page.getByTestId('embed-height').fill('540');
  const snippet = page.getByTestId('embed-snippet');
  const codeFor = async (host: string) => {
    await page.getByTestId('embed-host').selectOption(host);
    return snippet.inputValue();
  };
  /** Parse HTML in the page: each iframe's attributes. */
  const iframes = (html: string) =>
    page.evaluate((h) => {
      const doc = new DOMParser().parseFromString(h, 'text/html');
      return [...doc.querySelectorAll('iframe')].map((f) =>
        Object.fromEntries([...f.attributes].map((a) => [a.name, a.value])),
      );
    }, html);
  const embedSrc = (await iframes(await codeFor('html')))[0].src;
  const u = new URL(embedSrc);
  expect(u.searchParams.get('embed')).toBe('1');
  expect(u.searchParams.get('surface')).toBe('booth');
  expect(u.searchParams.get('opt')).toBe('gd,bfgs');

  // plain HTML and the MyST raw directive: one iframe with the scene, sized as asked
  for (const host of ['html', 'myst']) {
    const code = await codeFor(host);
    if (host === 'myst') {
      const lines = code.split('\n');
      expect(lines[0]).toBe('```{raw} html');
      expect(lines[lines.length - 1]).toBe('```');
    }
    const [f] = await iframes(code);
    expect(f.src).toBe(embedSrc);
    expect([f.width, f.height]).toEqual(['720', '540']);
    expect(f.title).toContain('Taylor & Newton');
  }
  // Canvas / Moodle: nothing but the attributes their filters keep
  const [lms] = await iframes(await codeFor('lms'));
  expect(Object.keys(lms).sort()).toEqual(['allowfullscreen', 'height', 'src', 'title', 'width']);
  expect(lms.src).toBe(embedSrc);
  // MDX / JSX: compiles as JSX, with the same src and numeric sizes
  const mdx = await codeFor('mdx');
  const out = ts.transpileModule(`export const f = (${mdx});`, {
    compilerOptions: { jsx: ts.JsxEmit.React, target: ts.ScriptTarget.ES2020 },
    reportDiagnostics: true,
    fileName: 'embed.tsx',
  });
  expect(out.diagnostics ?? []).toEqual([]);
  expect(mdx).toContain(`src=${JSON.stringify(embedSrc)}`);
  expect(mdx).toContain('width={720} height={540}');
  expect(mdx).toContain('allowFullScreen');
  // Hugo: a shortcode call, and the shortcode file it needs, which renders one iframe
  const hugo = await codeFor('hugo');
  const m = /^\{\{< taylor-newton src="([^"]+)" width="(\d+)" height="(\d+)" title="([^"]+)" >\}\}$/.exec(hugo);
  expect(m).not.toBeNull();
  expect([m![1], m![2], m![3]]).toEqual([embedSrc, '720', '540']);
  const file = await page.getByTestId('embed-hugo-file').inputValue();
  const rendered = file
    .replace('{{ .Get "src" }}', m![1].replace(/&/g, '&amp;'))
    .replace('{{ .Get "width" }}', m![2])
    .replace('{{ .Get "height" }}', m![3])
    .replace('{{ .Get "title" }}', m![4]);
  const [hf] = await iframes(rendered);
  expect(hf.src).toBe(embedSrc);

  // the plain HTML code on a course page of another origin shows the scene, embedded
  const html = await codeFor('html');
  const server = await new Promise<Server>((resolve) => {
    const s = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><title>Course</title><h1>Week 3</h1>${html}`);
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  } finally {
    server.close();
  }
});

test('the Share dialog’s hide and lock tick boxes go into the embed code, and its preview shows that embed', async ({
  page,
}) => {
  await openPanels(page, '?surface=himmelblau&point=1,1&opt=gd,newton');
  await page.getByTestId('share').click();
  await page.getByTestId('embed-width').fill('800');
  await page.getByTestId('embed-height').fill('500');
  await page.getByTestId('embed-hide-3d').check();
  await page.getByTestId('embed-lock-point').check();
  await page.getByTestId('embed-lock-opt').check();
  const src = async () => {
    const code = await page.getByTestId('embed-snippet').inputValue();
    return new URL(/src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&'));
  };
  let u = await src();
  expect(u.searchParams.get('embed')).toBe('1');
  // (the page itself was opened with hide=3d; the tick box keeps it, once)
  expect(u.searchParams.get('hide')).toBe('3d');
  expect(u.searchParams.get('lock')?.split(',').sort()).toEqual(['opt', 'point']);
  // unticking takes it out again
  await page.getByTestId('embed-lock-opt').uncheck();
  u = await src();
  expect(u.searchParams.get('lock')).toBe('point');
  // the live preview: the embed at the chosen size, scaled into the dialog
  await page.getByTestId('embed-preview-toggle').click();
  const frameEl = page.getByTestId('embed-preview-frame');
  await expect(frameEl).toHaveAttribute('width', '800');
  await expect(frameEl).toHaveAttribute('height', '500');
  await expect.poll(async () => new URL((await frameEl.getAttribute('src'))!).searchParams.get('lock')).toBe('point');
  const frame = page.frameLocator('[data-testid="embed-preview-frame"]');
  await expect(frame.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await expect(frame.getByTestId('app')).toHaveClass(/embed/);
  await expect(frame.locator('.surface-card')).toHaveCount(0);
  // locked in the preview too: the arrow keys leave p where it is
  await frame.getByTestId('point-handle').focus();
  await frame.getByTestId('point-handle').press('ArrowRight');
  await expect(frame.getByTestId('embed-readout')).toContainText('p = (1, 1)');
  const box = (await frameEl.boundingBox())!;
  const dialog = (await page.getByTestId('share-dialog').boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(dialog.width);
});
