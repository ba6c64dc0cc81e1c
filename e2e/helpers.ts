// Shared by the end-to-end journeys: open a scene and wait until it is drawn, download the
// JSON export.
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export async function openScene(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

/**
 * Open a scene with the 3D view left out (`hide=3d`, as an instructor's embed may): for the
 * tests of numbers, the map and the panels, which the 3D view's first drawing (seconds of
 * plotly on SwiftShader) would only slow down. Tests of the 3D view and of the whole page use
 * openScene.
 */
export async function openPanels(page: Page, query = '') {
  const q = query.startsWith('?') ? `${query}&hide=3d` : `?hide=3d${query ? `&${query.replace(/^&/, '')}` : ''}`;
  await openScene(page, q);
}

export async function waitReady(page: Page) {
  await expect(page.getByTestId('app')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

export interface ExportJson {
  version: number;
  surface: { id: string | null; formula: string; domain: number[] };
  backend: string;
  point: {
    x: number;
    y: number;
    value: number;
    gradient: number[];
    hessian: number[][];
    eigenvalues: number[];
    curvature: string;
  };
  runs: {
    optimizer: string;
    params: Record<string, number>;
    status: string;
    iterates: { k: number; x: number; y: number; value: number; gradNorm: number }[];
  }[];
  memory: { numTensors: number; numBytes: number };
}

export async function downloadExport(page: Page): Promise<{ data: ExportJson; filename: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  return { data: JSON.parse(text) as ExportJson, filename: download.suggestedFilename() };
}

export const near = (a: number, b: number, rel = 1e-3) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

/** Pixels per unit along x and along y on the map, as its tick labels stand on screen (the first
 *  and last label of each axis). */
export const pxPerUnit = (page: Page) =>
  page
    .getByTestId('contour-view')
    .locator('.js-plotly-plot')
    .first()
    .evaluate((root) => {
      const along = (sel: string, horizontal: boolean) => {
        const ticks = [...root.querySelectorAll(sel)]
          .map((t) => {
            const r = t.getBoundingClientRect();
            return {
              v: Number((t.textContent ?? '').replace('\u2212', '-')),
              c: horizontal ? r.x + r.width / 2 : r.y + r.height / 2,
              text: t.textContent,
            };
          })
          .filter((t) => t.text && Number.isFinite(t.v));
        const a = ticks[0];
        const b = ticks[ticks.length - 1];
        return Math.abs((b.c - a.c) / (b.v - a.v));
      };
      return [along('.xtick text', true), along('.ytick text', false)];
    });

/** The bottom of the map's x tick labels on screen, in the page's pixels. */
export const xLabelsBottom = (page: Page) =>
  page
    .getByTestId('contour-view')
    .locator('.xtick text')
    .evaluateAll((ts) => Math.max(...ts.map((t) => t.getBoundingClientRect().bottom)));
