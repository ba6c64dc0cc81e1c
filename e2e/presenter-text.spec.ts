// Presenter mode is for a projector (issue 15, item 4): every text the normal page shows and
// presenter mode keeps is at least 1.5× its normal size there, the plots' own text too, and
// nothing is cut off by a box too small for it, at 1920×1080 and 1280×720.
import { expect, test, type Page } from '@playwright/test';
import { openScene, pxPerUnit, waitReady, xLabelsBottom } from './helpers';

/** Font size of every visible element with text of its own, keyed by where it is. */
async function textSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const key = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e.id !== 'root'; e = e.parentElement) {
        const id = e.getAttribute('data-testid');
        if (id) {
          parts.unshift(id);
          break;
        }
        const cls = typeof e.className === 'string' ? e.className.trim().split(/\s+/)[0] : '';
        parts.unshift(`${e.tagName.toLowerCase()}${cls ? '.' + cls : ''}`);
      }
      return parts.join('>');
    };
    for (const el of document.querySelectorAll('#root *')) {
      if (el.closest('.katex-mathml, [aria-hidden="true"], option, .wheel-hint')) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim().length > 0);
      if (!own) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      const k = key(el);
      const size = parseFloat(cs.fontSize);
      // the smallest text under a key is the one that matters
      out[k] = k in out ? Math.min(out[k], size) : size;
    }
    return out;
  });
}

/** Visible text clipped by an ancestor that hides its overflow (not one that scrolls). */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('#root *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim().length > 0);
      if (!own || el.closest('.katex-mathml, [aria-hidden="true"], option, .js-plotly-plot')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      for (let a = el.parentElement; a && a.id !== 'root'; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (!/hidden|clip/.test(cs.overflowX + cs.overflowY)) continue;
        const b = a.getBoundingClientRect();
        if (r.bottom > b.bottom + 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.left < b.left - 1) {
          bad.push(`${(el.textContent ?? '').trim().slice(0, 40)} (in ${a.className || a.tagName})`);
          break;
        }
      }
    }
    return bad;
  });
}

/** The font size of the contour map's tick labels (plotly's SVG text). */
const mapTicks = (page: Page) =>
  page.locator('.contour-plot .xtick text').evaluateAll((ts) => {
    const sizes = ts.map((t) => parseFloat(getComputedStyle(t).fontSize)).filter(Number.isFinite);
    return sizes.length ? Math.min(...sizes) : NaN;
  });

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`presenter mode at ${viewport.width}×${viewport.height}: every text at least 1.5× its normal size, none cut off`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openScene(page, '?surface=himmelblau&point=1,1&start=0,0&opt=gd,newton');
    const normal = await textSizes(page);
    const normalTicks = await mapTicks(page);
    const normalUnits = await pxPerUnit(page);
    await page.locator('body').press('p');
    await expect(page.getByTestId('app')).toHaveClass(/present/);
    await waitReady(page);
    const present = await textSizes(page);
    const small = Object.keys(present)
      .filter((k) => k in normal && present[k] < 1.5 * normal[k] - 0.05)
      .map((k) => `${k}: ${normal[k]} → ${present[k]} px`);
    expect(small).toEqual([]);
    // the comparison covered the texts a lecturer points at
    for (const id of ['fact-value', 'run-status-gd', 'iter-readout'])
      expect(Object.keys(present).join(' ')).toContain(id);
    await expect.poll(() => mapTicks(page)).toBeGreaterThanOrEqual(1.5 * normalTicks);
    expect(await cutOff(page)).toEqual([]);
    // the map keeps x and y at one scale on a projector too (at 1280×720 its key goes beside
    // it: under it, the map's area was over twice as wide as tall and it kept two scales), no
    // smaller than on the normal page, and the x axis's title stays under its labels
    // (polled: entering presenter mode resizes the map, and its one-scale layout is settled by
    // a relayout or two that data-ready does not wait for)
    await expect
      .poll(async () => Math.min(...(await pxPerUnit(page))))
      .toBeGreaterThanOrEqual(0.95 * Math.min(...normalUnits));
    const [ux, uy] = await pxPerUnit(page);
    expect(Math.abs(ux / uy - 1), `px per unit x ${ux}, y ${uy}`).toBeLessThan(0.03);
    const title = (await page.getByTestId('contour-view').locator('.g-xtitle text').boundingBox())!;
    expect(title.y - (await xLabelsBottom(page))).toBeLessThan(24);
    if (viewport.width === 1280) {
      // the header in two rows (the tour picker as wide as its prompt: three rows before), so
      // Play is on the projector's first screen with both views
      const play = (await page.getByTestId('play').boundingBox())!;
      expect(play.y + play.height).toBeLessThanOrEqual(viewport.height);
      // a long formula is shown whole on a projector, on two lines, not scrolled (Rastrigin's
      // was cut at "− 10 cos(")
      await page.getByTestId('surface-select').selectOption('rastrigin');
      const preview = page.getByTestId('formula-preview');
      await expect(preview).toContainText('cos');
      const fits = await preview.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(fits.scroll).toBeLessThanOrEqual(fits.client + 1);
    }
  });
}
