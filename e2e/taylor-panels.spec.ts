// The Taylor charts and the trust-region panel draw what the mathematics says: the error of
// T_k on circles around p shrinks like r^(k+1) (slope read off the drawn points), the slice of
// a quadratic lies on its T2 (its direction turned by a handle on the map), the regions where
// the models are within ε of f, and the trust-region panel writes Δ and ρ.
//   npx vite build --outDir dist-taylor && PW_PORT=4341 PW_DIST=dist-taylor npx playwright test e2e/taylor-panels.spec.ts
import { expect, test, type Locator } from '@playwright/test';
import { openPanels } from './helpers';

async function points(loc: Locator): Promise<[number, number][]> {
  return JSON.parse((await loc.getAttribute('data-points')) ?? '[]') as [number, number][];
}

/** Least-squares slope of log e against log r. */
function slope(pts: [number, number][]): number {
  const xy = pts.map(([r, e]) => [Math.log10(r), Math.log10(e)]);
  const mx = xy.reduce((s, p) => s + p[0], 0) / xy.length;
  const my = xy.reduce((s, p) => s + p[1], 0) / xy.length;
  const sxy = xy.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const sxx = xy.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return sxy / sxx;
}

test('error chart: on exp(x)cos(y) the slope of T_k is k + 1 within 10 %', async ({ page }) => {
  await openPanels(page, '?f=exp(x)*cos(y)&point=0.3,0.2&taylor=1,2,3');
  const chart = page.getByTestId('taylor-error-chart');
  await expect(chart).toBeVisible();
  const radii = (await points(page.getByTestId('taylor-error-floor'))).map(([r]) => r);
  expect(radii.length).toBeGreaterThan(10);
  const [rMin, rMax] = [Math.min(...radii), Math.max(...radii)];
  // the middle radii: the points above the floor (the chart drops the others), without the
  // largest tenth of the log range where the next orders' terms still show
  const rTop = rMin * (rMax / rMin) ** 0.9;
  for (const k of [1, 2, 3]) {
    const series = chart.locator(`g[data-order="${k}"]`);
    await expect(series).toHaveCount(1);
    const pts = (await points(series)).filter(([r, e]) => r <= rTop && e > 0);
    expect(pts.length, `T${k} points above the floor`).toBeGreaterThanOrEqual(4);
    const s = slope(pts);
    expect(Math.abs(s - (k + 1)) / (k + 1), `T${k} slope ${s} over ${JSON.stringify(pts)}`).toBeLessThan(0.1);
  }

  // where each model is within ε of f: near p the region of T3 is larger than that of T1, and
  // a larger ε gives T1 a larger region (samples of the patch inside, as drawn)
  await page.getByTestId('accuracy-toggle').check();
  const samples = async (k: number) => Number(await page.getByTestId(`accuracy-t${k}`).getAttribute('data-samples'));
  await expect(page.getByTestId('accuracy-t1')).toHaveAttribute('d', /^M/);
  const [s1, s3] = [await samples(1), await samples(3)];
  expect(s1).toBeGreaterThan(0);
  expect(s3).toBeGreaterThan(s1);
  await expect(page.locator('[data-testid="legend-item"][data-key="accuracy"]')).toContainText('|f − Tₖ| <');
  await page.getByTestId('accuracy-eps').fill('-1');
  await expect.poll(() => samples(1)).toBeGreaterThan(s1);
  await expect(page.getByTestId('accuracy-eps-value')).toContainText('10 %');
});

test('slice chart: along dir=30 the quadratic surface lies on its T2', async ({ page }) => {
  await openPanels(page, '?surface=quadratic&taylor=2&dir=30&opt=bfgs');
  const chart = page.getByTestId('slice-chart');
  await expect(chart).toBeVisible();
  await expect(page.getByTestId('slice-dir')).toHaveValue('angle');
  await expect(page.getByTestId('slice-angle')).toHaveValue('30');
  const f = await points(page.getByTestId('slice-f'));
  const t2 = await points(page.getByTestId('slice-t2'));
  expect(f.length).toBeGreaterThan(50);
  expect(t2.length).toBe(f.length);
  const scale = Math.max(...f.map(([, v]) => Math.abs(v)));
  f.forEach(([t, v], i) => {
    expect(t2[i][0]).toBe(t);
    expect(Math.abs(v - t2[i][1]) / scale, `t = ${t}`).toBeLessThan(1e-3);
  });

  // the direction as a handle at p on the map: the keyboard turns it by 5°, and dragging its
  // knob straight above p points d along +y (90°, in data coordinates)
  const knob = page.getByTestId('slice-handle');
  await knob.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('slice-angle')).toHaveValue('35');
  const p = (await page.getByTestId('point-handle').boundingBox())!;
  const k = (await knob.boundingBox())!;
  await page.mouse.move(k.x + k.width / 2, k.y + k.height / 2);
  await page.mouse.down();
  await page.mouse.move(p.x + p.width / 2, p.y + p.height / 2 - 40, { steps: 4 });
  await page.mouse.move(p.x + p.width / 2, p.y + p.height / 2 - 60, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('slice-angle')).toHaveValue('90');
  await expect(page).toHaveURL(/dir=90(&|$)/);

  // BFGS line-searches: along −∇f the slice carries its Armijo line, f(p) + 1e-4·t·∇f·d, where
  // ∇f·d is T2's slope at t = 0 (a central difference is exact on a quadratic)
  await page.getByTestId('slice-dir').selectOption('grad');
  const armijo = page.getByTestId('slice-armijo');
  await expect(armijo).toHaveCount(1);
  const q = await points(page.getByTestId('slice-t2'));
  // the sample at t = 0 (to rounding)
  const mid = q.reduce((best, [t], i) => (Math.abs(t) < Math.abs(q[best][0]) ? i : best), 0);
  expect(Math.abs(q[mid][0])).toBeLessThan(1e-9);
  const slope0 = (q[mid + 1][1] - q[mid - 1][1]) / (q[mid + 1][0] - q[mid - 1][0]);
  expect(slope0).toBeLessThan(0);
  expect(Number(await armijo.getAttribute('data-from'))).toBeCloseTo(q[mid][1], 6);
  expect(Number(await armijo.getAttribute('data-slope')) / (1e-4 * slope0)).toBeCloseTo(1, 4);
  await expect(page.getByTestId('slice-armijo-text')).toContainText('bfgs');
});

test('trust-region panel: Δ and ρ at the scrubbed iteration, and the rule in words', async ({ page }) => {
  await openPanels(page, '?surface=himmelblau&opt=trust-region&start=-0.3,-0.9');
  const panel = page.getByTestId('tr-panel');
  await expect(panel).toBeVisible();
  const radius = Number((await page.getByTestId('tr-radius').textContent())?.replace('−', '-'));
  expect(radius).toBeGreaterThan(0);
  const rho = (await page.getByTestId('tr-rho').textContent()) ?? '';
  expect(rho).toMatch(/[0-9]/);
  await expect(page.getByTestId('tr-rule')).toContainText('ρ');
  await expect(page.getByTestId('tr-radius-chart')).toBeVisible();
  await expect(page.getByTestId('tr-rho-chart')).toBeVisible();

  // on the map, at the same iteration: the disk of that radius around the iterate, and the
  // step ends inside it (on its edge unless it is the interior Newton step)
  const disk = page.getByTestId('tr-map-disk');
  await expect(disk).toHaveCount(1);
  expect(Number(await disk.getAttribute('data-radius'))).toBeCloseTo(radius, 3);
  const c = JSON.parse((await disk.getAttribute('data-center'))!) as [number, number];
  const to = JSON.parse((await page.getByTestId('tr-map-step').getAttribute('data-to'))!) as [number, number];
  expect(Math.hypot(to[0] - c[0], to[1] - c[1])).toBeLessThanOrEqual(radius * (1 + 1e-5));
  await expect(page.getByTestId('tr-map-cauchy')).toHaveCount(1);
  // the quadratic model's level sets inside the disk (the model the method minimises there)
  await expect(page.getByTestId('tr-map-levels')).toHaveAttribute('d', /^M/);
  await expect(page.locator('[data-testid="legend-item"][data-key="trust-region-disk"]')).toContainText('Δ');
  // the disk is drawn where the map puts the iterate: its outline surrounds the iterate's pixel
  const box = (await disk.boundingBox())!;
  const svg = (await page.locator('.contour-overlay').boundingBox())!;
  const mid = [box.x + box.width / 2 - svg.x, box.y + box.height / 2 - svg.y];
  const d = (await disk.getAttribute('d'))!;
  const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
  expect(Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - mid[0])).toBeLessThan(2);
});
