// Accessibility: an axe-core scan in each mode (full page, presenter, embed, the dialogs, a
// tour) finds no serious or critical violation (colour contrast included), and every control
// can be reached with Tab and shows where the focus is.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openScene } from './helpers';

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
}

const SCENES: [string, string, { width: number; height: number }?][] = [
  ['full page', '?surface=himmelblau&opt=gd,newton,bfgs'],
  ['the newer methods’ panels and marks', '?opt=nesterov,cg,lbfgs,gauss-newton,lm'],
  [
    'SGD on linear regression with its noise and the data panel',
    '?surface=linear-regression&opt=gd,sgd&batch=1&lr=0.1',
  ],
  ['a typed formula with a bad parameter', '?f=sin(x)*y&lr=-1'],
  ['presenter mode', '?surface=rosenbrock&present=1'],
  ['a tour step in presenter mode', '?tour=newton-uphill&step=2&present=1', { width: 1280, height: 720 }],
  ['embed mode', '?surface=himmelblau&embed=1', { width: 640, height: 420 }],
  ['a small embed', '?surface=booth&embed=1', { width: 400, height: 300 }],
];

for (const [name, query, viewport] of SCENES) {
  test(`axe: no serious or critical violations — ${name}`, async ({ page }) => {
    if (viewport) await page.setViewportSize(viewport);
    await openScene(page, query);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe: the share and shortcut dialogs', async ({ page }) => {
  await openScene(page, '?surface=booth');
  await page.getByTestId('share').click();
  await expect(page.getByRole('dialog', { name: 'Share this scene' })).toBeVisible();
  await page.getByTestId('embed-width').fill('12');
  await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('shortcuts').click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

/** Tab through the page and describe every element that takes the focus. */
async function tabStops(page: Page, max: number) {
  await page.locator('body').focus();
  const stops: { name: string; outline: string; shadow: string; stroke: string }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const path = el.querySelector('path');
      const name =
        el.getAttribute('data-testid') ||
        el.getAttribute('aria-label') ||
        (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ||
        el.textContent?.trim().slice(0, 40) ||
        el.tagName;
      return {
        name,
        outline: cs.outlineStyle === 'none' ? '' : `${cs.outlineStyle} ${cs.outlineWidth}`,
        shadow: cs.boxShadow === 'none' ? '' : cs.boxShadow,
        stroke: el instanceof SVGElement ? getComputedStyle(path ?? el).strokeWidth : '',
      };
    });
    if (!s) break;
    if (stops.length > 0 && stops[0].name === s.name && stops.length > 3) break;
    stops.push(s);
  }
  return stops;
}

test('keyboard: every classroom control, the point and the start are reachable with a visible focus', async ({
  page,
}) => {
  await openScene(page, '?surface=himmelblau');
  const stops = await tabStops(page, 120);
  const names = stops.map((s) => s.name);
  for (const id of [
    'share',
    'present',
    'tour-select',
    'shortcuts',
    'surface-select',
    'point-handle',
    'start-marker',
    'play',
    'scrubber',
    'toggle-t1',
    'export-json',
  ]) {
    expect(names, `${id} is reachable with Tab`).toContain(id);
  }
  // Each stop shows the focus: an outline, or for the SVG handles a thicker stroke.
  const invisible = stops.filter((s) => !s.outline && !s.shadow && !(s.stroke && parseFloat(s.stroke) >= 4));
  expect(invisible.map((s) => s.name)).toEqual([]);
});

test('keyboard: in an embed the controls are reachable too', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 420 });
  await openScene(page, '?surface=himmelblau&embed=1');
  const names = (await tabStops(page, 60)).map((s) => s.name);
  for (const id of ['shortcuts', 'open-full-app', 'point-handle', 'start-marker', 'play', 'step-forward', 'scrubber'])
    expect(names).toContain(id);
});
