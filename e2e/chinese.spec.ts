// lang=zh (issue 20): every word on screen in simplified Chinese. A scan of the visible text
// (text nodes of rendered elements, the plots' SVG text included, the selected option of each
// picker, placeholders and button values) finds no English word outside the Latin words the
// glossary keeps (src/i18n/latin.ts: names such as Rosenbrock, Hessian, BFGS; keys; formats),
// on the default page, in presenter mode, at a tour step and in the Share dialog. Numbers and
// formulas stay as they are. The language picker switches both ways and the URL carries it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { englishWords } from '../src/i18n/latin';

test.describe.configure({ timeout: 180_000 });

/** The text a viewer sees: rendered text nodes (not inside a closed picker's list or an
 *  aria-hidden/visually hidden node), the selected options, placeholders, aria labels and titles. */
async function visibleText(page: Page, root = 'body'): Promise<string[]> {
  return page.locator(root).evaluate((el) => {
    const out: string[] = [];
    const shown = (e: Element | null): boolean => {
      if (!e) return false;
      // code is not prose: the link and the embed code in the Share dialog stay as they are
      if (e.closest('option, [aria-hidden="true"], script, style, .katex-mathml, textarea, code, pre')) return false;
      if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = e.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    };
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const t = n.textContent?.trim();
      if (t && shown(n.parentElement)) out.push(t);
    }
    for (const s of el.querySelectorAll('select'))
      if (shown(s)) out.push((s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    for (const i of el.querySelectorAll('input[placeholder], textarea[placeholder]'))
      if (shown(i)) out.push(i.getAttribute('placeholder') ?? '');
    // what a screen reader or a tooltip says: every label and title, shown or not (plotly's
    // modebar buttons included)
    for (const e of el.querySelectorAll('[aria-label], [title]'))
      for (const a of ['aria-label', 'title']) {
        const v = e.getAttribute(a);
        if (v && !e.closest('svg title, .katex')) out.push(v);
      }
    return out;
  });
}

async function expectNoEnglish(page: Page, where: string, root = 'body') {
  const texts = await visibleText(page, root);
  const found = texts.flatMap((t) => englishWords(t).map((w) => `${w}  ←  ${t.slice(0, 80)}`));
  expect(found, `English on screen (${where})`).toEqual([]);
  expect(texts.join(' ')).toMatch(/[\u4e00-\u9fff]/);
}

/** The layout holds: no sideways scroll, both views start in the first half of the screen,
 *  no button or label cuts its text. */
async function expectLayoutHolds(page: Page, where: string, views = ['.contour-card']) {
  const vh = page.viewportSize()!.height;
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    where,
  ).toBeLessThanOrEqual(1);
  for (const sel of views) {
    const box = (await page.locator(sel).first().boundingBox())!;
    expect(box.y, `${sel} starts on the first screen (${where})`).toBeLessThan(vh * 0.5);
  }
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('button, label, h1, h2, h3, legend, select')]
      .filter(
        (e) =>
          e.checkVisibility() &&
          e.getBoundingClientRect().width > 2 && // not a visually hidden label
          e.scrollWidth > e.clientWidth + 2 &&
          getComputedStyle(e).overflow !== 'visible',
      )
      .map((e) => (e.textContent ?? '').trim().slice(0, 40)),
  );
  expect(cut, `text cut off (${where})`).toEqual([]);
}

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
}

test('lang=zh: the default page and the Share dialog have no English word; axe passes', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, '?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByTestId('lang-select')).toHaveValue('zh');
  await expectNoEnglish(page, 'default page');
  await expectLayoutHolds(page, 'default page 1366×768', ['.contour-card', '.surface-card']);
  // and axe finds no serious or critical violation in Chinese (lang, labels, contrast)
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
  await page.getByTestId('share').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  await expectNoEnglish(page, 'share dialog', '[data-testid="share-dialog"]');
});

test('lang=zh: presenter mode and a tour step have no English word', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '?lang=zh&present=1');
  await expectNoEnglish(page, 'presenter mode');
  await expectLayoutHolds(page, 'presenter 1280×720', ['.contour-card', '.surface-card']);
  await open(page, '?lang=zh&tour=gd-zigzag&step=2');
  await expect(page.getByTestId('tour-bar')).toBeVisible();
  await expectNoEnglish(page, 'tour step');
});

test('the language picker switches the page both ways, nothing left in the other language; the URL carries lang', async ({
  page,
}) => {
  // a bad value in the link: its alert follows the switch too
  await open(page, '?surface=rosenbrock&opt=gd,bfgs,trust-region&taylor=1,2,3&hide=3d&lr=-1');
  await expect(page.getByRole('heading', { name: 'Contour map' })).toBeVisible();
  await expect(page.getByTestId('alerts')).toContainText('lr: ');
  await expect(page.getByTestId('alerts')).toContainText('must be positive');
  // plotly's modebar: its own words in the page's language, and no button that uploads the
  // chart to an external server (plotly 4 shows one by default)
  const modebar = page.locator('.modebar-btn');
  await expect(modebar.first()).toBeAttached();
  await expect(page.locator('.modebar-btn[data-title^="Share chart"]')).toHaveCount(0);
  await expect(page.locator('.modebar-btn[data-title="Zoom in"]').first()).toBeAttached();
  await page.getByTestId('lang-select').selectOption('zh');
  await expect(page.locator('.modebar-btn[data-title="放大"]').first()).toBeAttached();
  await expect(page.getByRole('heading', { name: '等高线图' })).toBeVisible();
  await expect(page.getByTestId('alerts')).toContainText(/[\u4e00-\u9fff]/);
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  // nothing computed or memoised in English stays on screen after the switch
  await expectNoEnglish(page, 'after switching to Chinese');
  await page.getByTestId('lang-select').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Contour map' })).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);
  // …nor anything in Chinese after switching back (the picker's own 中文 option aside)
  const left = (await visibleText(page)).filter((t) => /[\u4e00-\u9fff]/.test(t));
  expect(left).toEqual([]);
});

test('lang=klingon: an alert names lang, the page stays usable in the browser’s language', async ({ page }) => {
  await open(page, '?lang=klingon&hide=3d');
  await expect(page.getByRole('alert')).toContainText(/lang: "klingon"/);
  await expect(page.getByTestId('lang-select')).toHaveValue('en');
});
