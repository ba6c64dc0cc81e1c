// The public interface end to end (CONTRACT §1, §2, §6): URL in, what is on screen, JSON out.
import { expect, test } from '@playwright/test';
import { downloadExport, near, openPanels, openScene, waitReady } from './helpers';

test('a catalog surface from the URL: facts on screen and the export match the mathematics', async ({ page }) => {
  await openScene(page, '?surface=rosenbrock&point=0.5,0.5&opt=gd,newton');
  const app = page.getByTestId('app');
  // WebGL here is SwiftShader (software): the numerics run on wasm, and the footer says why
  await expect(app).toHaveAttribute('data-backend', 'wasm');
  await expect(page.getByTestId('engine-note')).toContainText(
    'software graphics detected (SwiftShader): computing on the CPU with WebAssembly',
  );
  // What the student reads: f(p) = 6.5, ∇f = (−51, 50), an indefinite Hessian.
  await expect(page.getByTestId('fact-value')).toHaveText('6.5');
  await expect(page.getByTestId('fact-gradient')).toContainText('(−51, 50)');
  await expect(page.getByTestId('fact-curvature')).toContainText('indefinite');
  // f's own contours, and the T1 and T2 models' level sets around p.
  await expect(page.locator('.contour-plot .contour')).toHaveCount(1);
  await expect(page.getByTestId('level-sets-t1')).toHaveAttribute('d', /^M/);
  await expect(page.getByTestId('level-sets-t2')).toHaveAttribute('d', /^M/);

  const { data, filename } = await downloadExport(page);
  expect(filename).toMatch(/\.json$/);
  expect(data.version).toBe(2);
  expect(data.surface).toEqual({ id: 'rosenbrock', formula: '(1 - x)^2 + 100*(y - x^2)^2', domain: [-2, 2, -1, 3] });
  expect(data.backend).toBe('wasm');
  expect(data.point.x).toBe(0.5);
  expect(data.point.value).toBeCloseTo(6.5, 4);
  expect(data.point.gradient[0]).toBeCloseTo(-51, 2);
  expect(data.point.gradient[1]).toBeCloseTo(50, 2);
  expect(data.point.hessian.flat().every((v, i) => near(v, [102, -200, -200, 200][i]))).toBe(true);
  // λ = 151 ± √(49² + 200²)
  const r = Math.hypot(49, 200);
  expect(near(data.point.eigenvalues[0], 151 - r)).toBe(true);
  expect(near(data.point.eigenvalues[1], 151 + r)).toBe(true);
  expect(data.point.curvature).toBe('indefinite');
  expect(data.runs.map((r) => r.optimizer)).toEqual(['gd', 'newton']);
  const gd = data.runs[0];
  expect(gd.params.lr).toBeGreaterThan(0);
  expect(gd.iterates[0]).toMatchObject({ k: 0, x: -1.2, y: 1 });
  expect(near(gd.iterates[0].value, 24.2)).toBe(true);
  // The first gd step by hand: x1 = x0 − lr ∇f(x0), ∇f(−1.2, 1) = (−215.6, −88).
  const lr = gd.params.lr;
  expect(near(gd.iterates[1].x, -1.2 + lr * 215.6, 1e-5)).toBe(true);
  expect(near(gd.iterates[1].y, 1 + lr * 88, 1e-5)).toBe(true);
  expect(gd.iterates.length).toBe(101);
  expect(gd.status).toBe('max-steps');
  // Newton solves Rosenbrock from (−1.2, 1) in a handful of steps.
  const newton = data.runs[1];
  expect(newton.status).toBe('converged');
  const end = newton.iterates[newton.iterates.length - 1];
  expect(near(end.x, 1, 1e-4) && near(end.y, 1, 1e-4)).toBe(true);
  expect(data.memory.numTensors).toBeGreaterThanOrEqual(0);
  expect(typeof data.memory.numBytes).toBe('number');
});

test('a typed formula: derivatives and a Newton step match analytic values', async ({ page }) => {
  const f = 'exp(-(x^2 + y^2))*(x + y)';
  await openPanels(page, `?f=${encodeURIComponent(f)}&point=0.3,-0.2&start=0.5,0.5&opt=newton,bfgs&steps=50`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const { data } = await downloadExport(page);
  expect(data.surface).toEqual({ id: null, formula: f, domain: [-3, 3, -3, 3] });
  const x = 0.3;
  const y = -0.2;
  const E = Math.exp(-(x * x + y * y));
  const s = x + y;
  // f = E s; f_x = E (1 − 2x s); f_xx = E (−2x(1 − 2x s) − 2 s − 2x) ... by hand:
  const fx = E * (1 - 2 * x * s);
  const fy = E * (1 - 2 * y * s);
  const fxx = E * (-2 * x * (1 - 2 * x * s) - 2 * s - 2 * x);
  const fxy = E * (-2 * y * (1 - 2 * x * s) - 2 * x);
  const fyy = E * (-2 * y * (1 - 2 * y * s) - 2 * s - 2 * y);
  expect(near(data.point.value, E * s, 1e-5)).toBe(true);
  expect(near(data.point.gradient[0], fx, 1e-4)).toBe(true);
  expect(near(data.point.gradient[1], fy, 1e-4)).toBe(true);
  expect(near(data.point.hessian[0][0], fxx, 1e-3)).toBe(true);
  expect(near(data.point.hessian[0][1], fxy, 1e-3)).toBe(true);
  expect(near(data.point.hessian[1][1], fyy, 1e-3)).toBe(true);
  expect(data.runs.map((r) => r.optimizer)).toEqual(['newton', 'bfgs']);
  for (const run of data.runs) {
    expect(run.iterates[0]).toMatchObject({ k: 0, x: 0.5, y: 0.5 });
    expect(['converged', 'max-steps', 'diverged', 'singular-hessian', 'line-search-failed']).toContain(run.status);
  }
});

test('a bad formula in the URL shows an alert naming it, and the page keeps working', async ({ page }) => {
  await page.goto('/?f=sin(x&point=abc&lr=-1&opt=gd,warp');
  await waitReady(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('f:');
  await expect(alert).toContainText('point:');
  await expect(alert).toContainText('lr:');
  await expect(alert).toContainText('"warp"');
  // The default surface is drawn instead, and the export still works.
  // f's own contours, and the T1 and T2 models' level sets around p.
  await expect(page.locator('.contour-plot .contour')).toHaveCount(1);
  await expect(page.getByTestId('level-sets-t1')).toHaveAttribute('d', /^M/);
  await expect(page.getByTestId('level-sets-t2')).toHaveAttribute('d', /^M/);
  const { data } = await downloadExport(page);
  expect(data.surface.id).toBe('rosenbrock');
  expect(data.runs.map((r) => r.optimizer)).toEqual(['gd']);
  expect(data.runs[0].params.lr).toBeGreaterThan(0);
});

test('typing a bad formula keeps the last valid surface; fixing it recomputes', async ({ page }) => {
  await openPanels(page, '?surface=booth&point=1,1');
  await expect(page.getByTestId('fact-value')).toHaveText('20'); // (1+2−7)² + (2+1−5)² = 16 + 4
  const box = page.getByTestId('formula-input');
  await box.fill('x^^2 + y');
  await expect(page.getByRole('alert')).toContainText('position');
  await expect(page.getByTestId('fact-value')).toHaveText('20');
  await box.fill('x^2 + 3*y');
  await waitReady(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('fact-value')).toHaveText('4');
  await expect(page).toHaveURL(/f=x%5E2/);
});

test('the address bar follows the scene', async ({ page }) => {
  await openPanels(page, '?surface=himmelblau');
  await page.getByTestId('surface-select').selectOption('booth');
  await waitReady(page);
  await expect(page).toHaveURL(/surface=booth/);
  await expect(page.getByTestId('run-newton')).toHaveAttribute('data-status', 'converged');
});
