// The teaching panels, as a student uses them: presets, Newton basins, the line search, the
// quasi-Newton estimate, damped Newton, finite differences and the regression models. Each
// test looks at what is drawn and written.
import { expect, test } from '@playwright/test';
import { downloadExport, openPanels, waitReady } from './helpers';

const himmelblau = (x: number, y: number) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;

test('presets: a click sets up the scene, the URL follows, and the runs do what the sentence says', async ({
  page,
}) => {
  await openPanels(page, '?surface=himmelblau');
  const bar = page.getByTestId('presets');
  // Himmelblau's three: Newton climbs, damped Newton's basins, the trust region against Newton
  await expect(bar.getByRole('button')).toHaveCount(3);
  await expect(page.getByTestId('preset-trust-region')).toContainText('Trust region');
  await page.getByTestId('preset-newton-maximum').click();
  await waitReady(page);
  const q = new URL(page.url()).searchParams;
  expect(q.get('start')).toBe('0,0');
  expect(q.get('opt')).toBe('newton,damped-newton');
  expect(q.get('basins')).toBe('newton');
  await expect(page.getByTestId('preset-newton-maximum')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('preset-sentence')).toContainText('local maximum');
  await expect(page.getByTestId('run-newton')).toHaveAttribute('data-status', 'converged');
  const { data } = await downloadExport(page);
  const newton = data.runs.find((r) => r.optimizer === 'newton')!;
  const damped = data.runs.find((r) => r.optimizer === 'damped-newton')!;
  const nEnd = newton.iterates[newton.iterates.length - 1];
  const dEnd = damped.iterates[damped.iterates.length - 1];
  expect(Math.hypot(nEnd.x + 0.270845, nEnd.y + 0.923039)).toBeLessThan(1e-3);
  expect(himmelblau(dEnd.x, dEnd.y)).toBeLessThan(1e-3);
  // Editing the scene un-presses the preset.
  await page.getByTestId('start-x').fill('1');
  await waitReady(page);
  await expect(page.getByTestId('preset-newton-maximum')).toHaveAttribute('aria-pressed', 'false');
});

test('basins: the toggle colours the map, with a legend and the critical points classified', async ({ page }) => {
  await openPanels(page, '?surface=himmelblau&start=0,0&opt=newton');
  await expect(page.getByTestId('basins-off')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('basins-layer')).toHaveCount(0);
  await page.getByTestId('basins-newton').click();
  await expect(page).toHaveURL(/basins=newton/);
  await expect(page.getByTestId('basins-legend')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('basins-image')).toHaveCount(1);
  await expect(page.getByTestId('basins-layer')).toHaveAttribute('data-method', 'newton');
  // Himmelblau's nine critical points, each marked with its kind
  const marks = page.getByTestId('critical-point');
  await expect(marks).toHaveCount(9);
  await expect(page.locator('[data-testid=critical-point][data-kind=minimum]')).toHaveCount(4);
  await expect(page.locator('[data-testid=critical-point][data-kind=maximum]')).toHaveCount(1);
  await expect(page.locator('[data-testid=critical-point][data-kind=saddle]')).toHaveCount(4);
  // Plain Newton: some starts go to the maximum
  await expect(page.locator('[data-testid=basins-legend-item][data-kind=maximum]')).toHaveCount(1);
  await page.getByTestId('basins-damped-newton').click();
  await expect(page).toHaveURL(/basins=damped-newton/);
  await expect(page.getByTestId('basins-layer')).toHaveAttribute('data-method', 'damped-newton', { timeout: 90_000 });
  await expect(page.getByTestId('basins-legend')).toBeVisible();
  // Damped Newton never goes to the maximum
  await expect(page.locator('[data-testid=basins-legend-item][data-kind=maximum]')).toHaveCount(0);
  await expect(page.locator('[data-testid=basins-legend-item][data-kind=minimum]')).toHaveCount(4);
  await page.getByTestId('basins-off').click();
  await expect(page.getByTestId('basins-layer')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('basins')).toBeNull();
});

// x² + 10y² from (1, 1): BFGS's first direction is −∇f = (−2, −20) and backtracking accepts
// t = 1/16 after four halvings (φ(1/2^k) > Armijo bound for k < 4).
const QUAD = '?f=x%5E2%2B10*y%5E2&start=1,1&point=1,1&opt=bfgs,damped-newton&steps=20';

test('line search: φ(t), the Armijo line and every trial, the accepted one highlighted', async ({ page }) => {
  await openPanels(page, QUAD);
  await page.getByTestId('reset').click();
  const panel = page.getByTestId('ls-panel');
  await expect(panel.getByTestId('ls-chart')).toBeVisible();
  await expect(panel.getByTestId('ls-trial')).toHaveCount(4);
  await expect(panel.getByTestId('ls-accepted')).toHaveCount(1);
  await expect(panel.getByTestId('ls-accepted-t')).toHaveText('0.0625');
  await expect(panel.getByTestId('ls-armijo')).toHaveCount(1);
  await expect(panel.locator('[data-testid=ls-phi] polyline')).toHaveCount(1);
  await expect(panel.getByTestId('ls-summary')).toContainText('5 trials');
  // damped Newton on a quadratic: the full step t = 1 is accepted at once
  await panel.getByTestId('pick-damped-newton').click();
  await expect(panel.getByTestId('ls-trial')).toHaveCount(0);
  await expect(panel.getByTestId('ls-accepted-t')).toHaveText('1');
});

test('quasi-Newton: B beside H⁻¹ as ellipses and numbers, s, y and the update', async ({ page }) => {
  await openPanels(page, QUAD);
  await page.getByTestId('reset').click();
  const panel = page.getByTestId('qn-panel');
  await expect(panel.getByTestId('qn-ellipse-b')).toHaveCount(1);
  await expect(panel.getByTestId('qn-ellipse-h')).toHaveCount(1);
  // At k = 0, B = I; H⁻¹ = diag(1/2, 1/20)
  await expect(panel.getByTestId('qn-B')).toHaveText(/^\s*1\s*0\s*0\s*1\s*$/);
  await expect(panel.getByTestId('qn-Hinv')).toHaveText(/^\s*0\.5\s*0\s*0\s*0\.05\s*$/);
  await expect(panel.getByTestId('qn-curvature')).toContainText('holds');
  await expect(panel.getByTestId('qn-sy')).toContainText('s = x');
  await expect(panel.locator('[data-testid=qn-update] .katex')).toHaveCount(3);
  await expect(panel.locator('[data-testid=qn-gap-chart] polyline')).toHaveCount(1);
  // One step later B has learned: the gap to H⁻¹ shrinks.
  const gap0 = Number((await panel.getByTestId('qn-gap').innerText()).split('=').pop()!.trim());
  await page.getByTestId('step-forward').click();
  await page.getByTestId('step-forward').click();
  const gap2 = Number((await panel.getByTestId('qn-gap').innerText()).split('=').pop()!.trim());
  expect(gap2).toBeLessThan(gap0);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('damped Newton: the modified eigenvalues and the two directions where H is indefinite', async ({ page }) => {
  await openPanels(page, '?surface=himmelblau&point=0,0&start=0,0&opt=damped-newton');
  const panel = page.getByTestId('dn-panel');
  const atP = panel.getByTestId('dn-at-p');
  await expect(atP).toBeVisible();
  // H(0, 0) = [[12x² + 4y − 42, 4x + 4y], [4x + 4y, 4x + 12y² − 26]] = diag(−42, −26): flipped to 26, 42
  await expect(atP.getByTestId('dn-eigen')).toHaveText('−42, −26');
  await expect(atP.getByTestId('dn-modified')).toHaveText('26, 42');
  await expect(atP.getByTestId('dn-plain')).toHaveCount(1);
  await expect(atP.getByTestId('dn-damped')).toHaveCount(1);
  await expect(atP).toContainText('uphill');
  await expect(atP).toContainText('downhill');
  // The run from (0, 0): at iteration 0 its iterate is p itself, with the same modified Hessian.
  await page.getByTestId('reset').click();
  const atRun = panel.getByTestId('dn-at-run');
  await expect(atRun).toContainText('iteration 0');
  await expect(atRun.getByTestId('dn-modified')).toHaveText('26, 42');
  // Where H is positive definite, a hint instead.
  await page.getByTestId('point-x').fill('3');
  await page.getByTestId('point-y').fill('2');
  await waitReady(page);
  await expect(panel.getByTestId('dn-at-p')).toHaveCount(0);
});

test('finite differences: error curves against h, the chosen h marked, float32 said plainly', async ({ page }) => {
  await openPanels(page, '?surface=rosenbrock&point=0.5,0.5&h=1e-6&opt=gd');
  const panel = page.getByTestId('fd-panel');
  await expect(panel.locator('[data-testid=fd-forward] polyline').first()).toBeVisible();
  await expect(panel.locator('[data-testid=fd-central] polyline').first()).toBeVisible();
  await expect(panel.getByTestId('fd-h-marker')).toContainText('1.000e−6');
  await expect(panel.getByTestId('fd-float32')).toContainText('float32');
  const best = Number((await panel.getByTestId('fd-best-central').innerText()).replace('−', '-'));
  expect(best).toBeGreaterThan(1e-5);
  expect(best).toBeLessThan(0.1);
  await panel.getByTestId('fd-race').click();
  await expect(page).toHaveURL(/opt=gd%2Cfd-gd|opt=gd,fd-gd/);
  await waitReady(page);
  await expect(page.getByTestId('run-fd-gd')).toBeVisible();
});

test('regression: the data and the line (or boundary) follow the point and the scrubbed iterate', async ({ page }) => {
  await openPanels(page, '?surface=linear-regression&point=1,0.5&opt=newton');
  const panel = page.getByTestId('reg-panel');
  await expect(panel.getByTestId('reg-point')).toHaveCount(8);
  await expect(panel.getByTestId('reg-line')).toHaveCount(1);
  // one residual per row, each drawn from its point
  const resid = (await panel.getByTestId('reg-residuals').getAttribute('d')) ?? '';
  expect(resid.match(/M/g)).toHaveLength(8);
  expect(resid).not.toContain('NaN');
  const p0 = panel.getByTestId('reg-point').first();
  const [mx, my] = resid.slice(1).split('V')[0].split(',').map(Number);
  expect(mx).toBeCloseTo(Number(await p0.getAttribute('cx')), 1);
  expect(my).toBeCloseTo(Number(await p0.getAttribute('cy')), 1);
  await expect(panel.getByTestId('reg-data')).toContainText('hours studied');
  await expect(panel.getByTestId('reg-model')).toContainText('s = 1·t + 0.5');
  await panel.getByTestId('reg-follow').selectOption('newton');
  // Newton solves least squares in one step: the line is the fit near slope 1.5, intercept 0.5
  await expect(panel.getByTestId('reg-model')).toContainText(/s = 1\.[45]\d*·t \+ 0\.[45]/);
  await openPanels(page, '?surface=logistic-regression&point=1,0.7');
  const p2 = page.getByTestId('reg-panel');
  await expect(p2.getByTestId('reg-point')).toHaveCount(8);
  await expect(p2.getByTestId('reg-boundary')).toHaveCount(1);
  await expect(p2.getByTestId('reg-model')).toContainText('6 of 8');
  await openPanels(page, '?surface=himmelblau');
  await expect(page.getByTestId('reg-panel')).toHaveCount(0);
});

test('bad states: where f is undefined the panels say so, never NaN', async ({ page }) => {
  await openPanels(page, '?f=log(x)%2By%5E2&point=-1,0&start=-1,1&opt=bfgs,damped-newton');
  await expect(page.getByTestId('fd-hint')).toBeVisible();
  await expect(page.getByTestId('qn-panel')).toBeVisible();
  await expect(page.getByTestId('ls-panel')).toBeVisible();
  await expect(page.locator('.deep-card')).not.toContainText('NaN');
  await page.getByTestId('basins-newton').click();
  await expect(page.getByTestId('basins-legend')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('basins-legend')).not.toContainText('NaN');
});
