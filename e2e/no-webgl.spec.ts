// Without WebGL (issue 15, item 7; issue 16): a school PC without graphics drivers, or WebGL
// turned off. The numbers come from wasm and the footer says so, the 3D view says it needs
// WebGL instead of a blank box, its PNG export is off, and the page still becomes ready.
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { downloadExport, openScene } from './helpers';

test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } });

test('no WebGL: wasm computes, the 3D view says why it is missing, the numbers are right', async ({ page }) => {
  await openScene(page, '?surface=himmelblau&point=1,1&opt=gd,newton');
  const app = page.getByTestId('app');
  await expect(app).toHaveAttribute('data-backend', 'wasm');
  await expect(page.getByTestId('engine-note')).toContainText('no WebGL here: computing on the CPU with WebAssembly');
  await expect(page.getByTestId('no-webgl')).toContainText('The 3D view needs WebGL');
  await expect(page.getByTestId('no-webgl')).toContainText('Everything else is computed on the CPU');
  await expect(page.getByTestId('export-png-surface3d')).toBeDisabled();
  // f(1, 1) = (1 + 1 − 11)² + (1 + 1 − 7)² = 106; ∇f = (4x(x² + y − 11) + 2(x + y² − 7), …) = (−46, −38)
  await expect(page.getByTestId('fact-value')).toHaveText('106');
  await expect(page.getByTestId('fact-gradient')).toContainText('(−46, −38)');
  const { data } = await downloadExport(page);
  expect(data.backend).toBe('wasm');
  expect(data.runs.find((r) => r.optimizer === 'newton')!.status).toBe('converged');
  await expect(page.locator('body')).not.toContainText('NaN');
});
