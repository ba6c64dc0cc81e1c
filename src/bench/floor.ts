// The stack's floor for a cold load (bench/run.mjs, coldLoad's plotlyFloor): the app's own first
// map and 3D view, captured from the app in the same run and handed to this page, drawn by the
// same (patched) plotly, the map first and the 3D code loaded after it as in the app, and
// nothing else: no engine, no React, no KaTeX, no panels. What this page takes is what plotly
// alone needs on the machine to put those two figures up; the app's cold load is read against it.
import Plotly, { type Config, type Data, type Layout } from '../views/plotly';

export interface FloorFigure {
  data: Data[];
  layout: Partial<Layout>;
  config: Partial<Config>;
  width: number;
  height: number;
}

declare global {
  interface Window {
    __floorFigures?: { contour: FloorFigure; surface: FloorFigure };
    /** ms from navigation start: each figure's plotly promise resolved */
    __floorDone?: { contour: number; surface: number };
  }
}

async function draw(id: string, fig: FloorFigure): Promise<number> {
  const el = document.getElementById(id);
  if (!el) throw new Error(`floor: no #${id}`);
  el.style.width = `${fig.width}px`;
  el.style.height = `${fig.height}px`;
  await Plotly.newPlot(el, fig.data, fig.layout, fig.config);
  return performance.now();
}

async function run() {
  const figs = window.__floorFigures;
  if (!figs) throw new Error('floor: no figures (bench/run.mjs hands them to the page)');
  const contour = await draw('map', figs.contour);
  // the 3D traces' code is loaded after the map, as the app's 3D view loads it
  await import('../views/plotly3d');
  const surface = await draw('s3d', figs.surface);
  window.__floorDone = { contour, surface };
}

void run();
