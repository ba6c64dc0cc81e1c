// The Mesa room is what it says: WebGL drawn by llvmpipe, and the app, seeing software
// graphics, computes on wasm unless the link asks for WebGL.
import { expect, test } from '@playwright/test';
import { openScene } from '../helpers';

test('llvmpipe: the renderer is Mesa, the numerics move to wasm and the footer says why', async ({ page }) => {
  await openScene(page, '?surface=rosenbrock');
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2')!;
    const info = gl.getExtension('WEBGL_debug_renderer_info')!;
    return String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
  });
  expect(renderer).toMatch(/llvmpipe/);
  await expect(page.getByTestId('app')).toHaveAttribute('data-backend', 'wasm');
  await expect(page.getByTestId('engine-note')).toContainText('software graphics detected (llvmpipe)');
});

// Mesa's shader compiler reassociates floats: it folded the two-float sum that keeps a GPU
// run's position exact (gpu-runs.ts, dfAdd), and gd on Himmelblau then stalled at the step
// limit with ‖∇f‖ = 1.1e-5 instead of converging at iteration 51 as on every other engine.
test('llvmpipe: a GPU run ends as the same run on wasm does (gd on Himmelblau converges at 51)', async ({ page }) => {
  const ends: string[] = [];
  for (const backend of ['webgl', 'wasm']) {
    await openScene(page, `?surface=himmelblau&opt=gd&backend=${backend}&hide=3d`);
    await expect(page.getByTestId('app')).toHaveAttribute('data-backend', backend);
    const row = page.getByTestId('run-gd');
    await expect(row).toHaveAttribute('data-status', 'converged');
    ends.push((await page.getByTestId('run-status-gd').textContent()) ?? '');
  }
  expect(ends[0]).toContain('converged after 51 iterations');
  expect(ends[0]).toBe(ends[1]);
});
