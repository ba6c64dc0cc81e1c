// The contour map reads at a glance (issue 14): each Taylor model is drawn at a handful of
// levels a student can count, on every catalog surface; Newton's step says where it goes (the
// minimum, saddle or maximum of T2) without hiding under p; the map's tooltip reads out f, T1,
// T2 and their errors at the cursor, with the values the formulas give.
import { expect, test, type Page } from '@playwright/test';
import { downloadExport, openPanels, openScene, pxPerUnit, waitReady, xLabelsBottom } from './helpers';

/** The catalog's ids, as the surface picker lists them. */
async function catalogIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('surface-select')
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v && !v.startsWith('__')));
}

test('every catalog surface: each shown model has 1 to 7 level-set lines on the patch, x and y at one scale', async ({
  page,
}) => {
  test.setTimeout(600_000);
  // the map alone (the 3D view is left out: this is about the map), each surface chosen in
  // the picker as a student would, without reloading the page
  await openPanels(page, '?surface=quadratic');
  const ids = await catalogIds(page);
  expect(ids.length).toBeGreaterThanOrEqual(15);
  for (const id of ids) {
    await page.getByTestId('surface-select').selectOption(id);
    // the link follows (the default surface, Rosenbrock, is left out of it)
    await expect.poll(() => new URL(page.url()).searchParams.get('surface') ?? 'rosenbrock').toBe(id);
    await waitReady(page);
    const { data } = await downloadExport(page);
    expect(data.surface.id).toBe(id);
    const { value, gradient, hessian } = data.point;
    // Whether a model varies on the patch beyond float32 noise: T1 unless ∇f = 0, T2 unless
    // ∇f = 0 and H = 0 (the same thresholds would be needed to call a line noise).
    const scale = Math.max(1, Math.abs(value));
    const t1Varies = Math.hypot(gradient[0], gradient[1]) > 1e-4 * scale;
    const t2Varies = t1Varies || hessian.flat().some((h) => Math.abs(h) > 1e-4 * scale);
    for (const [order, varies] of [
      [1, t1Varies],
      [2, t2Varies],
    ] as const) {
      const lines = page.getByTestId(`level-set-t${order}`);
      const n = await lines.count();
      expect(n, `${id}: T${order} level sets`).toBeLessThanOrEqual(7);
      if (varies) expect(n, `${id}: T${order} level sets`).toBeGreaterThanOrEqual(1);
      // the lines are told apart by their levels: all different, evenly spaced
      const levels = (await lines.evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('data-level'))))).sort(
        (a, b) => a - b,
      );
      expect(new Set(levels).size).toBe(levels.length);
      for (let i = 2; i < levels.length; i++)
        expect(Math.abs(levels[i] - levels[i - 1] - (levels[1] - levels[0]))).toBeLessThan(
          1e-6 * Math.max(1, Math.abs(levels[i])),
        );
    }
    // a unit of x as long as a unit of y on screen (so ∇f meets the level sets at right angles
    // and the eigen-axes are the axes of T2's ellipses), within a pixel or two of the labels
    const [ux, uy] = await pxPerUnit(page);
    expect(Math.abs(ux / uy - 1), `${id}: px per unit x ${ux}, y ${uy}`).toBeLessThan(0.03);
    // the legend keys both models
    await expect(page.getByTestId('legend-item').and(page.locator('[data-key="t1"]'))).toHaveCount(1);
    await expect(page.getByTestId('legend-item').and(page.locator('[data-key="t2"]'))).toHaveCount(1);
  }
});

/** Whether two boxes overlap. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [name, query, kind, text] of [
  // f = x² + 10y²: H = diag(2, 20) is positive definite
  ['a minimum (quadratic)', '?surface=quadratic', 'minimum', 'min of T2'],
  // f = x² − y²: H = diag(2, −2) is indefinite
  ['a saddle (saddle)', '?surface=saddle', 'saddle', 'saddle of T2'],
  // Himmelblau near its maximum: H(−0.27, −0.92) = [[12x² + 4y − 42, 4(x + y)], [4(x + y), 4x + 12y² − 26]]
  // ≈ [[−44.8, −4.76], [−4.76, −16.9]], negative definite
  ['a maximum (himmelblau near (−0.27, −0.92))', '?surface=himmelblau&point=-0.27,-0.92', 'maximum', 'max of T2'],
] as const) {
  test(`Newton's step names its tip at ${name}`, async ({ page }) => {
    await openPanels(page, query);
    const arrow = page.getByTestId('newton-arrow');
    await expect(arrow).toHaveAttribute('data-kind', kind);
    const label = page.getByTestId('newton-tip-label');
    await expect(label).toHaveText(text);
    await expect(label).toBeVisible();
    // not under p's handle and label
    const [l, h] = [(await label.boundingBox())!, (await page.getByTestId('point-handle').boundingBox())!];
    expect(overlap(l, h)).toBe(false);
    // the step is dark over a white casing; the legend keys it
    const stroke = await arrow.locator('.newton-line').evaluate((el) => getComputedStyle(el).stroke);
    expect(stroke).toBe('rgb(17, 17, 17)');
    await expect(page.getByTestId('legend-item').and(page.locator('[data-key="newton"]'))).toHaveCount(1);
  });
}

test('the eigen-axes’ labels keep off the Newton tip’s label and ∇f’s (on Beale at (2, 0) λ₁ was written over “min of T2”)', async ({
  page,
}) => {
  await openPanels(page, '?surface=beale');
  const tip = (await page.getByTestId('newton-tip-label').boundingBox())!;
  await expect(page.getByTestId('newton-tip-label')).toHaveText('min of T2');
  const grad = (await page.getByTestId('grad-arrow').locator('text').boundingBox())!;
  for (const i of [1, 2]) {
    const lambda = (await page.getByTestId(`eigen-axis-${i}`).locator('text').boundingBox())!;
    expect(overlap(lambda, tip), `λ${i} on the tip's label`).toBe(false);
    expect(overlap(lambda, grad), `λ${i} on ∇f`).toBe(false);
  }
});

test('“p” keeps off the marks drawn from p (on Beale at (2, 0) the Newton step’s head lay on it on a projector)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openScene(page, '?surface=beale');
  for (const mode of ['normal', 'presenter']) {
    if (mode === 'presenter') {
      await page.locator('body').press('p');
      await expect(page.getByTestId('app')).toHaveClass(/present/);
      await waitReady(page);
    }
    const p = (await page.getByTestId('point-label').boundingBox())!;
    const head = (await page.getByTestId('newton-arrow').locator('.newton-head').boundingBox())!;
    const tip = (await page.getByTestId('newton-tip-label').boundingBox())!;
    const grad = (await page.getByTestId('grad-arrow').locator('text').boundingBox())!;
    expect(overlap(p, head), `${mode}: p on the Newton step's head`).toBe(false);
    expect(overlap(p, tip), `${mode}: p on the tip's label`).toBe(false);
    expect(overlap(p, grad), `${mode}: p on ∇f's label`).toBe(false);
  }
});

test('the map tooltip reads out f, T1, T2 and their errors at the cursor, as the formulas give them', async ({
  page,
}) => {
  await openPanels(page, '?surface=himmelblau&point=1,1');
  const area = (await page.locator('.contour-plot .nsewdrag').first().boundingBox())!;
  // away from p's handle (which takes the pointer events over it)
  await page.mouse.move(area.x + area.width * 0.7, area.y + area.height * 0.65);
  const tip = page.getByTestId('map-tooltip');
  await expect(tip).toBeVisible();
  const x = Number(await tip.getAttribute('data-x'));
  const y = Number(await tip.getAttribute('data-y'));
  // the pointer is at about 70 % of x's range and 65 % down y's ([−5, 5] each)
  expect(Math.abs(x - 2)).toBeLessThan(0.1);
  expect(Math.abs(y + 1.5)).toBeLessThan(0.1);

  // Himmelblau and its Taylor models at p = (1, 1), in float64: f(p) = 106,
  // ∇f = (4x(x² + y − 11) + 2(x + y² − 7), 2(x² + y − 11) + 4y(x + y² − 7)) = (−46, −38),
  // H = [[12x² + 4y − 42, 4(x + y)], [4(x + y), 4x + 12y² − 26]] = [[−26, 8], [8, −10]].
  const f = (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;
  const [dx, dy] = [x - 1, y - 1];
  const t1 = 106 - 46 * dx - 38 * dy;
  const t2 = t1 + 0.5 * (-26 * dx * dx + 16 * dx * dy - 10 * dy * dy);
  const expected: Record<string, number> = {
    'tooltip-f': f,
    'tooltip-t1': t1,
    'tooltip-t2': t2,
    'tooltip-err-t1': Math.abs(f - t1),
    'tooltip-err-t2': Math.abs(f - t2),
  };
  for (const [id, want] of Object.entries(expected)) {
    const cell = page.getByTestId(id);
    // the value behind the text: float32 f, float64 models from float32 facts
    const got = Number(await cell.getAttribute('data-value'));
    expect(Math.abs(got - want), id).toBeLessThan(2e-4 * Math.max(1, Math.abs(f)));
    // the text shows it to 4 significant digits
    const shown = Number(((await cell.innerText()).split('=').pop() ?? '').trim().replace('−', '-'));
    expect(Math.abs(shown - want), `${id} text`).toBeLessThanOrEqual(
      6e-4 * Math.abs(want) + 2e-4 * Math.max(1, Math.abs(f)),
    );
  }

  // plotly's own hover label is off (one tooltip, not two); leaving the map hides ours
  await expect(page.locator('.contour-plot .hoverlayer .hovertext')).toHaveCount(0);
  await page.mouse.move(area.x - 200, area.y - 100);
  await expect(tip).toHaveCount(0);
});

test('in a 390 px embed the map keeps one scale and its key follows the x axis (no empty band between them)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await openScene(page, '?embed=1&surface=himmelblau&point=1,1');
  const [ux, uy] = await pxPerUnit(page);
  expect(Math.abs(ux / uy - 1), `px per unit x ${ux}, y ${uy}`).toBeLessThan(0.03);
  const labels = await xLabelsBottom(page);
  const key = (await page.locator('.map-legend').boundingBox())!;
  // the x axis's title and a little room, no more
  expect(key.y - labels).toBeGreaterThanOrEqual(0);
  expect(key.y - labels).toBeLessThan(40);
});
