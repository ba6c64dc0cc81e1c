// The layout from a 1280×720 projector to a large laptop screen: the panels do not overlap,
// the page does not scroll sideways, and nothing on screen reads NaN or Infinity.
import { expect, test } from '@playwright/test';
import { openScene } from './helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

const PANELS = ['.contour-card', '.surface-card', '.side', '.race-card', '.convergence-card'];

for (const size of SIZES) {
  test(`panels side by side without overlap at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openScene(page, '?surface=rosenbrock&opt=gd,newton,bfgs');
    const boxes: { sel: string; x: number; y: number; width: number; height: number }[] = [];
    for (const sel of PANELS) {
      const box = await page.locator(sel).first().boundingBox();
      expect(box, `${sel} is laid out`).not.toBeNull();
      expect(box!.width, `${sel} has room`).toBeGreaterThan(200);
      boxes.push({ sel, ...box! });
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        expect(overlapX > 1 && overlapY > 1, `${a.sel} overlaps ${b.sel}`).toBe(false);
      }
    // Both views are visible in the first screenful on a projector.
    for (const sel of ['.contour-card', '.surface-card']) {
      const b = boxes.find((x) => x.sel === sel)!;
      expect(b.y, `${sel} starts on the first screen`).toBeLessThan(size.height * 0.5);
    }
    // The playback and the convergence plot follow the views closely: the taller side column
    // beside them does not open a gap under the views (at 1920×1080 there was one of ~260 px).
    const at = (sel: string) => boxes.find((x) => x.sel === sel)!;
    const bottom = (sel: string) => at(sel).y + at(sel).height;
    expect(at('.race-card').y - bottom('.contour-card'), 'gap between the map and the playback').toBeLessThan(30);
    const viewsBottom = Math.max(bottom('.contour-card'), bottom('.surface-card'));
    expect(at('.convergence-card').y - viewsBottom).toBeLessThan(30);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(1);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\bNaN\b|Infinity/);
  });
}
