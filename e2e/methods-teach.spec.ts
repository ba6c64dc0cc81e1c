// What the newer methods show beyond their trails, as a student uses them: Nesterov's
// look-ahead on the map, conjugate gradients' conjugacy and restarts, L-BFGS's pairs and its
// memory side by side, Gauss–Newton's G against the true Hessian and LM's damping. Values are
// checked against independent ones: the exported iterates, and Rosenbrock's G and H by hand.
import { expect, test, type Page } from '@playwright/test';
import { downloadExport, openPanels, waitReady } from './helpers';
import { surfaceData } from '../src/math/surfaces';

const nums = async (page: Page, id: string) =>
  (await page.getByTestId(id).innerText()).replace(/−/g, '-').split(/\s+/).filter(Boolean).map(Number);

async function scrubTo(page: Page, k: number) {
  await page.getByTestId('reset').click();
  for (let i = 0; i < k; i++) await page.getByTestId('step-forward').click();
  await expect(page.getByTestId('iter-readout')).toContainText(`iteration ${k} /`);
}

test('Nesterov: the look-ahead point x + βv on the map at the scrubbed iteration (booth preset)', async ({ page }) => {
  await openPanels(page, '?surface=booth');
  await page.getByTestId('preset-nesterov').click();
  await waitReady(page);
  await expect(page.getByTestId('preset-sentence')).toContainText('look-ahead');
  // the preset opens at iteration 3
  await expect(page.getByTestId('iter-readout')).toContainText('iteration 3 /');
  const mark = page.getByTestId('nesterov-lookahead');
  await expect(mark).toHaveAttribute('data-k', '3');
  const at = JSON.parse((await mark.getAttribute('data-at'))!) as [number, number];
  // independent: v_3 = x_3 − x_2, the look-ahead x_3 + 0.9 v_3
  const { data } = await downloadExport(page);
  const its = data.runs.find((r) => r.optimizer === 'nesterov')!.iterates;
  const want = [its[3].x + 0.9 * (its[3].x - its[2].x), its[3].y + 0.9 * (its[3].y - its[2].y)];
  expect(Math.hypot(at[0] - want[0], at[1] - want[1])).toBeLessThan(1e-4);
  await expect(page.locator('[data-testid=legend-item][data-key=nesterov-lookahead]')).toBeVisible();
  await expect(page.getByTestId('nesterov-lookahead-point')).toBeVisible();
  // the preset's sentence: Nesterov converges in about 130 steps, momentum needs more than 250
  const n = data.runs.find((r) => r.optimizer === 'nesterov')!;
  const m = data.runs.find((r) => r.optimizer === 'momentum')!;
  expect(n.status).toBe('converged');
  expect(n.iterates.length - 1).toBeLessThanOrEqual(150);
  expect(m.iterates.length - 1).toBeGreaterThanOrEqual(250);
});

test('conjugate gradients: conjugate directions and two steps on the quadratic, restarts ringed on Rosenbrock', async ({
  page,
}) => {
  await openPanels(page, '?surface=quadratic');
  await page.getByTestId('preset-cg-two-steps').click();
  await waitReady(page);
  const panel = page.getByTestId('cg-panel');
  await expect(panel.getByTestId('cg-summary')).toHaveAttribute('data-steps', '2');
  await expect(panel.getByTestId('cg-summary')).toContainText('Converged in 2 steps');
  const now = panel.getByTestId('cg-now');
  await expect(now).toHaveAttribute('data-k', '1');
  // d₀ᵀHd₁ / √(d₀ᵀHd₀ · d₁ᵀHd₁): zero up to float32
  expect(Math.abs(Number(await now.getAttribute('data-normalised')))).toBeLessThan(1e-3);
  await expect(now).toContainText('conjugate, though not orthogonal');

  await openPanels(page, '?opt=cg');
  const summary = page.getByTestId('cg-summary');
  const restarts = Number(await summary.getAttribute('data-restarts'));
  expect(restarts).toBeGreaterThan(0);
  // at the end of the run every restart is ringed on the map; at iteration 0 none yet
  await expect(page.getByTestId('cg-restart')).toHaveCount(restarts);
  await expect(page.locator('[data-testid=legend-item][data-key=cg-restart]')).toBeVisible();
  await scrubTo(page, 0);
  await expect(page.getByTestId('cg-restart')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('L-BFGS: the stored pairs as arrows and B from them, m = 1, 2, 5 side by side (Rosenbrock preset)', async ({
  page,
}) => {
  await openPanels(page, '?surface=rosenbrock');
  await page.getByTestId('preset-lbfgs-memory').click();
  await waitReady(page);
  const panel = page.getByTestId('qn-panel');
  await panel.getByTestId('pick-lbfgs').click();
  // at iteration 3, the pairs of steps 0, 1 and 2 (each kept where sᵀy > 0)
  await expect(page.getByTestId('iter-readout')).toContainText('iteration 3 /');
  const pairs = panel.getByTestId('lbfgs-pairs');
  await expect(pairs).toHaveAttribute('data-count', '3');
  await expect(panel.getByTestId('lbfgs-s')).toHaveCount(3);
  await expect(panel.getByTestId('lbfgs-y')).toHaveCount(3);
  await expect(panel.getByTestId('qn-B')).toBeVisible();
  await expect(panel.getByTestId('qn-update')).toHaveCount(0);
  // m = 1, 2, 5 from the same start, each to (1, 1)
  const steps = panel.getByTestId('lbfgs-memory-steps');
  for (const m of ['1', '2', '5'])
    await expect(steps.locator(`[data-m="${m}"]`)).toHaveAttribute('data-status', 'converged');
  // the m = 5 run there is the race's lbfgs run
  const { data } = await downloadExport(page);
  const run = data.runs.find((r) => r.optimizer === 'lbfgs')!;
  await expect(steps.locator('[data-m="5"]')).toHaveAttribute('data-steps', String(run.iterates.length - 1));
  // m = 1 keeps one pair: after 3 steps it shows one
  await page.getByTestId('param-m').fill('1');
  await waitReady(page);
  await expect(pairs).toHaveAttribute('data-count', '1');
});

test('Gauss–Newton: G = 2JᵀWJ beside the true H and what it leaves out; LM damping μ (Rosenbrock by hand)', async ({
  page,
}) => {
  await openPanels(page, '?opt=gauss-newton,lm');
  await scrubTo(page, 0);
  const panel = page.getByTestId('gn-panel');
  // f = (1 − x)² + 100(y − x²)² at (−1.2, 1): r = (1 − x, y − x²), w = (1, 100)
  // G = 2[(1, 0; 0, 0) + 100(4x², −2x; −2x, 1)] = (1154, 480; 480, 200)
  // H = (2 − 400(y − x²) + 800x², −400x; −400x, 200) = (1330, 480; 480, 200); H − G = (176, 0; 0, 0)
  const close = (got: number[], want: number[]) =>
    want.forEach((w, i) => expect(Math.abs(got[i] - w)).toBeLessThan(2e-3 * Math.max(1, Math.abs(w))));
  close(await nums(page, 'gn-G'), [1154, 480, 480, 200]);
  close(await nums(page, 'gn-H'), [1330, 480, 480, 200]);
  close(await nums(page, 'gn-left-out'), [176, 0, 0, 0]);
  await expect(panel.getByTestId('gn-share')).toContainText('leaves out');
  // LM: μ₀ = 1e-3 · max(diag G) = 1.154, with its chart and the sentence on the two limits
  await panel.getByTestId('pick-lm').click();
  await expect(panel.getByTestId('gn-lm-step')).toContainText('μ = 1.154');
  await expect(panel.getByTestId('gn-mu-chart')).toBeVisible();
  await expect(panel.getByTestId('gn-mu-rejected')).toContainText('gradient-descent step');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('SGD: its step, the full-gradient step and the noise ellipse on the map; epochs on the convergence plot; the least-squares target', async ({
  page,
}) => {
  await openPanels(page, '?surface=linear-regression');
  await page.getByTestId('preset-sgd-noise').click();
  await waitReady(page);
  await expect(page.getByTestId('iter-readout')).toContainText('iteration 40 /');
  const mark = page.getByTestId('sgd-noise');
  await expect(mark).toHaveAttribute('data-k', '40');
  // independent: the mean squared error's gradient over the shipped rows, 2·mean((w t + b − s)(t, 1))
  const rows = surfaceData('linear-regression')!;
  const { data } = await downloadExport(page);
  const it = data.runs.find((r) => r.optimizer === 'sgd')!.iterates[40];
  let gw = 0;
  let gb = 0;
  for (const [t, s] of rows) {
    const r = it.x * t + it.y - s;
    gw += (2 * r * t) / rows.length;
    gb += (2 * r) / rows.length;
  }
  const full = JSON.parse((await mark.getAttribute('data-full'))!) as [number, number];
  expect(Math.abs(full[0] - (it.x - 0.1 * gw))).toBeLessThan(1e-4);
  expect(Math.abs(full[1] - (it.y - 0.1 * gb))).toBeLessThan(1e-4);
  // the step taken lands on the next iterate
  const took = JSON.parse((await mark.getAttribute('data-took'))!) as [number, number];
  const next = data.runs.find((r) => r.optimizer === 'sgd')!.iterates[41];
  expect(Math.hypot(took[0] - next.x, took[1] - next.y)).toBeLessThan(1e-5);
  // batch 1: one dot per data point, and the ellipse
  await expect(page.getByTestId('sgd-dot')).toHaveCount(rows.length);
  await expect(page.getByTestId('sgd-ellipse')).toHaveCount(1);
  await expect(page.locator('[data-testid=legend-item][data-key=sgd-noise]')).toBeVisible();
  // the panel: epoch 6 (8 steps per epoch), noise of a batch of 1
  await expect(page.getByTestId('sgd-now')).toHaveAttribute('data-epoch', '6');
  expect(Number(await page.getByTestId('sgd-noise-text').getAttribute('data-noise'))).toBeGreaterThan(0);
  // 300 steps of 8 per epoch: new epochs begin at k = 8, 16, …, 296
  await expect(page.getByTestId('epoch-note')).toHaveAttribute('data-count', '37');
  // the least-squares answer from the normal equations, marked
  const n = rows.length;
  const tm = rows.reduce((a, r) => a + r[0], 0) / n;
  const sm = rows.reduce((a, r) => a + r[1], 0) / n;
  const w = rows.reduce((a, r) => a + (r[0] - tm) * (r[1] - sm), 0) / rows.reduce((a, r) => a + (r[0] - tm) ** 2, 0);
  const at = JSON.parse((await page.getByTestId('ls-target').getAttribute('data-at'))!) as [number, number];
  expect(Math.abs(at[0] - w)).toBeLessThan(1e-9);
  expect(Math.abs(at[1] - (sm - w * tm))).toBeLessThan(1e-9);
  // the full batch is gradient descent: no spread, no ellipse, no dots
  await page.getByTestId('param-batch').fill(String(n));
  await waitReady(page);
  await expect(page.getByTestId('sgd-ellipse')).toHaveCount(0);
  await expect(page.getByTestId('sgd-dot')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('explain this step: the step in words, read out by a live region as the keyboard steps through a run', async ({
  page,
}) => {
  await openPanels(page, '?surface=quadratic&opt=gd,damped-newton');
  const panel = page.getByTestId('explain-panel');
  const live = page.getByTestId('explain-live');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  // keyboard only: the scrubber, Home, then one step at a time
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  await expect(panel.getByTestId('explain-text')).toContainText('Gradient descent, iteration 0: at x = (−2.5, 1.2)');
  // lr 0.08 on x² + 10y²: Δx = −0.08·(−5, 24) = (0.4, −1.92)
  await expect(live).toContainText('Δx = −lr·∇f = (0.4, −1.92)');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('iteration 1: at x = (−2.1, −0.72)');
  // the other run, by its picker: damped Newton's line search in words
  await panel.getByTestId('pick-damped-newton').focus();
  await page.keyboard.press('Enter');
  await expect(live).toContainText('Damped Newton, iteration');
  await expect(page.locator('body')).not.toContainText('NaN');
});
