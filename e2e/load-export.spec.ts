// A prepared data set too long for a link: the Share dialog says so and offers the JSON export;
// the export loads back (file chooser, or dropped on the page) into the same scene; a bad file
// is named in an alert and the scene stays.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openPanels, waitReady } from './helpers';

// 200 rows of a noisy line s = 1.5 t − 0.5: a data= parameter of about 3,000 characters
const rows = Array.from({ length: 200 }, (_, i) => {
  const t = Math.round((i / 50) * 1000) / 1000;
  return [t, Math.round((1.5 * t - 0.5 + 0.3 * Math.sin(7 * i)) * 1000) / 1000];
});
const DATA = rows.map((r) => r.join(',')).join(';');

async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ([name, text]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }));
      const target = document.querySelector('[data-testid=contour-view]') ?? document.body;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [name, text],
  );
}

test('a long data link: the Share dialog offers the JSON export, which loads back by file chooser and by drop', async ({
  page,
}) => {
  await openPanels(page, `?surface=linear-regression&data=${DATA}&opt=gd,sgd&batch=4&seed=3&steps=150`);
  await page.getByTestId('share').click();
  const warn = page.getByTestId('share-long');
  await expect(warn).toBeVisible();
  expect(Number(await warn.getAttribute('data-length'))).toBeGreaterThan(2000);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-json').click()]);
  const path = (await download.path())!;
  const text = await readFile(path, 'utf8');
  const json = JSON.parse(text) as { surface: { data: number[][] }; scene: string };
  expect(json.surface.data).toEqual(rows);
  const wanted = new URL(page.url()).searchParams;
  await page.keyboard.press('Escape');

  // a fresh page: Rosenbrock; load the file through the chooser
  await openPanels(page, '');
  await page.getByTestId('load-json-file').setInputFiles(path);
  // the note shows for a few seconds: read it before the (long) recompute of 200 rows
  await expect(page.getByTestId('export-status')).toContainText('Loaded');
  await waitReady(page);
  const got = new URL(page.url()).searchParams;
  for (const k of ['surface', 'data', 'opt', 'batch', 'seed', 'steps']) expect(got.get(k), k).toBe(wanted.get(k));
  await expect(page.getByTestId('run-sgd')).toBeVisible();

  // and by a drop on the page
  await openPanels(page, '?surface=booth');
  await dropFile(page, 'lesson.json', text);
  await expect(page.getByTestId('export-status')).toContainText('Loaded lesson.json');
  await waitReady(page);
  expect(new URL(page.url()).searchParams.get('data')).toBe(wanted.get('data'));
});

test('bad files are named and the scene stays: not JSON, another version, not an export, a CSV dropped on the map', async ({
  page,
}) => {
  await openPanels(page, '?surface=booth&opt=gd,newton');
  const before = page.url();
  const alerts = page.getByRole('alert');
  await dropFile(page, 'notes.json', 'this is not json');
  await expect(alerts.filter({ hasText: 'notes.json is not JSON' })).toBeVisible();
  await dropFile(page, 'old.json', '{"version": 9}');
  await expect(alerts.filter({ hasText: 'old.json has version 9' })).toBeVisible();
  await dropFile(page, 'data.csv', '1,2\n3,4\n');
  await expect(alerts.filter({ hasText: 'data.csv is not a .json export' })).toBeVisible();
  await page
    .getByTestId('load-json-file')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[1,2,3]') });
  await expect(alerts.filter({ hasText: 'x.json is not a Taylor & Newton export' })).toBeVisible();
  expect(page.url()).toBe(before);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true');
});
