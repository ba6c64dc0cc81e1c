// The one-file build (npm run build:single, run by test:e2e before the specs): opened from the
// file system with the network off, as from a USB stick in a lecture hall without Wi-Fi, it
// reaches data-ready with every request inside the file, under a CSP that allows its inline
// scripts by hash only.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../dist-single/index.html', import.meta.url));

test.describe.configure({ timeout: 180_000 });

test('the single file opens from file:// offline, computes and draws, and asks nothing of the network', async ({
  browser,
}) => {
  expect(existsSync(FILE), 'npm run build:single writes dist-single/index.html').toBe(true);
  const html = readFileSync(FILE, 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain("'self'");
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);

  const ctx = await browser.newContext({ offline: true, viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && r.url().split('?')[0] !== `file://${FILE}`) outside.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  // (hide=3d: the 3D view's first drawing is the slow part of any cold load here, and its code
  // is inlined like the rest; the served build's tests draw it)
  await page.goto(`file://${FILE}?surface=himmelblau&opt=gd,newton&point=1,1&hide=3d`);
  const app = page.getByTestId('app');
  await expect(app).toHaveAttribute('data-ready', 'true', { timeout: 150_000 });
  // the engine ran: wasm from its inlined binary (WebGL is software here: SwiftShader)
  await expect(app).toHaveAttribute('data-backend', 'wasm');
  // the numbers are there: f(1, 1) on Himmelblau = (1+1−11)² + (1+1−7)² = 106
  await expect(page.getByTestId('fact-value')).toHaveText('106');
  // KaTeX's fonts came from the file too (a formula is typeset)
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await ctx.close();
});
