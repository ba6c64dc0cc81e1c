// Messages that tell the truth, where the user looks (issue 14, items 4 and 5): how each run
// ended in words for the cases whose old words misled, a field's problem beside the field, a
// preset opening at the iteration that shows its point, and unused panels folded to one line
// with a button that adds what they need. MSG_SHOTS=<dir> also saves screenshots there.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPanels, waitReady } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

const SHOTS = process.env.MSG_SHOTS;
async function shot(target: Locator, name: string) {
  if (!SHOTS) return;
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: `${SHOTS}/${name}.png` });
}

const runsPanel = (page: Page) => page.locator('section.runs');

const CASES: [string, string, string, string, RegExp][] = [
  ['log-outside-domain', '?f=log(x)&start=-1,1&opt=gd', 'gd', 'diverged', /^start is outside f's domain/],
  ['gd-diverging', '?surface=rosenbrock&opt=gd&lr=0.01', 'gd', 'diverged', /^diverging \(f grew past 10/],
  // lr past 2/λmax = 0.1: still growing when the 60 steps run out
  [
    'gd-diverging-max-steps',
    '?surface=quadratic&opt=gd&lr=0.105&steps=60',
    'gd',
    'max-steps',
    /^diverging \(f grew past/,
  ],
  [
    'newton-plateau',
    '?f=exp(-(x%5E2%2By%5E2))&start=2,2&opt=newton',
    'newton',
    'converged',
    /the gradient is below tol on a flat region, not necessarily a minimum/,
  ],
  // On the cpu backend (as in the unit tests) all 31 backtracking trials fail at the local minimum.
  [
    'bfgs-rastrigin-float32',
    '?surface=rastrigin&opt=bfgs&backend=cpu',
    'bfgs',
    'line-search-failed',
    /^line search cannot decrease f in float32 here: the point is as good as float32 can tell/,
  ],
  // On WebGL, rounding noise lets some trials pass and BFGS jiggles there until the step limit.
  [
    'bfgs-rastrigin-webgl',
    '?surface=rastrigin&opt=bfgs&backend=webgl',
    'bfgs',
    'max-steps',
    /at a point as good as float32 can tell/,
  ],
];

for (const [name, query, opt, status, words] of CASES) {
  test(`run status in words: ${name}`, async ({ page }) => {
    await openPanels(page, query);
    const row = page.getByTestId(`run-${opt}`);
    // The export's status is CONTRACT §5's; only the words change.
    await expect(row).toHaveAttribute('data-status', status);
    await expect(page.getByTestId(`run-status-${opt}`)).toHaveText(words);
    await expect(page.getByTestId(`run-status-${opt}`)).toBeVisible();
    await shot(runsPanel(page), `runs-${name}`);
  });
}

test('an ordinary run keeps plain words: Newton converges to the minimum of Rosenbrock', async ({ page }) => {
  await openPanels(page, '?surface=rosenbrock&opt=gd,newton');
  await expect(page.getByTestId('run-status-newton')).toHaveText(/^converged after \d+ iterations .*a minimum/);
  await expect(page.getByTestId('run-status-gd')).toHaveText(/^reached the step limit/);
  await shot(runsPanel(page), 'runs-ordinary');
});

test('a bad steps value shows its message beside the steps field, not in the banner', async ({ page }) => {
  await openPanels(page, '?surface=himmelblau');
  const field = page.getByTestId('param-steps');
  await field.fill('2.5');
  const msg = page.getByTestId('field-error-steps');
  await expect(msg).toHaveText(/steps: 2\.5 is out of range: must be a whole number from 1 to 10000/);
  await expect(msg).toHaveAttribute('role', 'alert');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // The field names the message as its description.
  const id = await msg.getAttribute('id');
  expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(id);
  // Beside it: the message's box starts within 100 px of the field's.
  const f = (await field.boundingBox())!;
  const m = (await msg.boundingBox())!;
  const dx = Math.max(0, m.x - (f.x + f.width), f.x - (m.x + m.width));
  const dy = Math.max(0, m.y - (f.y + f.height), f.y - (m.y + m.height));
  expect(Math.hypot(dx, dy)).toBeLessThan(100);
  // The banner does not repeat it.
  await expect(page.getByTestId('alerts')).toHaveCount(0);
  await shot(page.locator('section.ctl-panel'), 'field-steps');
  // Fixed: the message goes, the scene takes the value.
  await field.fill('50');
  await expect(msg).toHaveCount(0);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(page).toHaveURL(/steps=50/);
  // A URL problem still shows in the banner.
  await openPanels(page, '?surface=himmelblau&steps=abc');
  await expect(page.getByTestId('alerts')).toContainText('steps:');
});

test('a preset opens at the iteration that shows its point', async ({ page }) => {
  await openPanels(page, '?surface=rosenbrock');
  await page.getByTestId('preset-quasi-newton').click();
  await waitReady(page);
  await expect(page.getByTestId('iter-readout')).toHaveText(/^iteration 3 \/ \d+/);
  await expect(page.getByTestId('qn-panel')).toContainText('Iteration 3');
  await shot(page.locator('.deep-card'), 'preset-quasi-newton-at-3');
  await page.getByTestId('preset-line-search').click();
  await waitReady(page);
  await expect(page.getByTestId('iter-readout')).toHaveText(/^iteration 1 \/ \d+/);
  await expect(page.getByTestId('ls-summary')).toContainText('4 trials');
  await expect(page.getByTestId('ls-accepted-t')).toHaveText('0.125');
  await shot(page.getByTestId('ls-panel'), 'preset-line-search-at-1');
  // A preset without an iteration shows its runs whole.
  await page.getByTestId('preset-gd-vs-newton').click();
  await waitReady(page);
  await expect(page.getByTestId('iter-readout')).toHaveText(/^iteration (\d+) \/ \1$/);
});

test('unused teaching panels are one line, with a button that adds the optimizer they need', async ({ page }) => {
  await openPanels(page, '?surface=rosenbrock&opt=gd,newton&point=1,1');
  const deep = page.locator('.deep-card');
  for (const name of ['ls', 'qn', 'dn']) {
    const panel = page.getByTestId(`${name}-panel`);
    await expect(panel).toHaveAttribute('data-folded', 'true');
    const box = (await panel.boundingBox())!;
    expect(box.height, name).toBeLessThan(60);
  }
  await shot(deep, 'panels-folded');
  await expect(page.getByTestId('ls-hint')).toContainText('add damped Newton, BFGS, DFP');
  await page.getByTestId('ls-add').click();
  await waitReady(page);
  await expect(page).toHaveURL(/opt=gd%2Cnewton%2Cbfgs|opt=gd,newton,bfgs/);
  // BFGS now races: both its panels open up, at BFGS's first backtracking step (not at its
  // end, where φ(t) is float32 noise).
  await expect(page.getByTestId('iter-readout')).toHaveText(/^iteration 1 \/ \d+/);
  await expect(page.getByTestId('ls-panel')).not.toHaveAttribute('data-folded', 'true');
  await expect(page.getByTestId('ls-chart')).toBeVisible();
  await expect(page.getByTestId('qn-ellipses')).toBeVisible();
  await expect(page.getByTestId('run-bfgs')).toBeVisible();
  await shot(deep, 'panels-after-add');
});
