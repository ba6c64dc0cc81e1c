// The contour map in two layers: the surface's level sets (plotly), and an SVG layer on top
// with the Taylor models' level sets around p (d3-contour on the patch, levelSets.ts), the
// draggable expansion point, ∇f, the Hessian's eigen-directions, the Newton step, the start
// and the trajectories up to the scrubbed iteration. Moving p redraws the SVG layer only:
// the browser then never re-rasterises f's many filled contours (on a software renderer that
// alone took 130–240 ms a move), and plotly does not redraw a figure.
import type { Config, Data, Layout, PlotlyHTMLElement } from './plotly';
import { useCallback, useMemo, useState } from 'react';
import { PATCH_SAMPLES, useResults } from '../compute/results';
import type { GridValues } from '../math/evaluate';
import { useScene } from '../state/store';
import { ContourOverlay, type Geometry, type LevelSets } from './ContourOverlay';
import { levelSetPath } from './levelSets';
import { useDrawn } from './drawn';
import { Plot } from './Plot';
import { registerPlot } from './plots';
import { BasinsBar } from './teach/BasinsBar';

export interface ZTransform {
  log: boolean;
  offset: number;
  /** contour levels in transformed units */
  start: number;
  end: number;
  size: number;
}

/** How f is drawn: log10(f − fmin + δ) when its range is wide (log-spaced levels), else f. */
export function zTransform(values: ArrayLike<number>, levels = 30): ZTransform {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo)) return { log: false, offset: 0, start: 0, end: 1, size: 1 };
  // Rosenbrock spans 0..2500: linear levels would hide the valley floor.
  const log = hi - lo > 200 && (hi - lo) / (Math.min(Math.abs(lo), Math.abs(hi)) + 1) > 50;
  const offset = log ? lo - Math.max((hi - lo) * 1e-5, 1e-9) : 0;
  const t = (v: number) => (log ? Math.log10(v - offset) : v);
  const a = t(lo);
  const b = t(hi);
  const size = b > a ? (b - a) / levels : 1;
  return { log, offset, start: a + size / 2, end: b, size };
}

export function applyZ(v: number, z: ZTransform): number | null {
  if (!Number.isFinite(v)) return null;
  if (!z.log) return v;
  const d = v - z.offset;
  return d > 0 ? Math.log10(d) : null;
}

/** z rows for plotly; with `floor`, finite values below the lowest level are clamped to it
 *  (a model that dips below f's minimum would otherwise crowd lines where log → −∞). */
function rows(values: ArrayLike<number>, nx: number, ny: number, z: ZTransform, floor?: number): (number | null)[][] {
  const out: (number | null)[][] = [];
  for (let j = 0; j < ny; j++) {
    const row: (number | null)[] = new Array(nx);
    for (let i = 0; i < nx; i++) {
      const v = values[j * nx + i];
      const t = applyZ(v, z);
      row[i] = floor === undefined ? t : Number.isFinite(v) ? Math.max(t ?? floor, floor) : null;
    }
    out.push(row);
  }
  return out;
}

function surfaceTrace(g: GridValues, z: ZTransform): Data {
  return {
    type: 'contour',
    x: Array.from(g.xs),
    y: Array.from(g.ys),
    z: rows(g.v, g.nx, g.ny, z),
    colorscale: 'Viridis',
    autocontour: false,
    contours: { coloring: 'heatmap', showlines: true, start: z.start, end: z.end, size: z.size },
    line: { width: 0.6, color: 'rgba(255,255,255,0.55)' },
    showscale: false,
    hovertemplate: 'x = %{x:.3f}<br>y = %{y:.3f}<extra></extra>',
    connectgaps: false,
    name: 'f',
    showlegend: false,
  } as Data;
}

/** f's contour levels (the map's own) in transformed units. */
function levelsOf(z: ZTransform): number[] {
  const out: number[] = [];
  for (let k = 0; z.start + k * z.size <= z.end + 1e-9 * z.size; k++) out.push(z.start + k * z.size);
  return out;
}

/** A model's level sets on its patch at the map's levels, in the overlay's pixels. */
function modelLevelSets(
  values: Float32Array,
  patch: { xs: Float64Array; ys: Float64Array },
  z: ZTransform,
  g: Geometry,
): string {
  const n = PATCH_SAMPLES;
  const zs = rows(values, n, n, z, z.start - z.size).flat();
  const [x0, y0] = [patch.xs[0], patch.ys[0]];
  const dx = (patch.xs[n - 1] - x0) / (n - 1);
  const dy = (patch.ys[n - 1] - y0) / (n - 1);
  const sx = g.w / (g.xr[1] - g.xr[0]);
  const sy = g.h / (g.yr[1] - g.yr[0]);
  return levelSetPath(zs, n, n, levelsOf(z), (i, j) => [
    g.l + (x0 + i * dx - g.xr[0]) * sx,
    g.t + g.h - (y0 + j * dy - g.yr[0]) * sy,
  ]);
}

// Stable across renders: a new config object would make Plot redraw on every render.
const CONFIG: Partial<Config> = { scrollZoom: true, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'toImage'] };

const sameGeometry = (a: Geometry | null, b: Geometry | null) =>
  a !== null &&
  b !== null &&
  a.l === b.l &&
  a.t === b.t &&
  a.w === b.w &&
  a.h === b.h &&
  a.xr[0] === b.xr[0] &&
  a.xr[1] === b.xr[1] &&
  a.yr[0] === b.yr[0] &&
  a.yr[1] === b.yr[1];

export function ContourView() {
  const grid = useResults((r) => r.grid);
  const patch = useResults((r) => r.patch);
  const version = useResults((r) => r.version);
  const domain = useScene((s) => s.scene.domain);
  const taylor = useScene((s) => s.scene.taylor);
  const markDrawn = useDrawn((d) => d.mark);
  const [gd, setGd] = useState<PlotlyHTMLElement | null>(null);
  const [geometry, setGeometry] = useState<Geometry | null>(null);

  const z = useMemo(() => (grid ? zTransform(grid.v) : null), [grid]);
  const main = useMemo(() => (grid && z ? surfaceTrace(grid, z) : null), [grid, z]);

  const data = useMemo(() => (main ? [main] : []), [main]);
  const levelSets = useMemo<LevelSets | null>(
    () =>
      patch && z && geometry
        ? {
            t1: taylor.includes(1) ? modelLevelSets(patch.t1, patch, z, geometry) : null,
            t2: taylor.includes(2) ? modelLevelSets(patch.t2, patch, z, geometry) : null,
          }
        : null,
    [patch, z, taylor, geometry],
  );

  const layout = useMemo(
    () =>
      ({
        margin: { l: 48, r: 8, t: 8, b: 40 },
        xaxis: { title: { text: 'x' }, range: [domain[0], domain[1]], zeroline: false },
        yaxis: { title: { text: 'y' }, range: [domain[2], domain[3]], zeroline: false },
        showlegend: false,
        dragmode: 'pan',
        uirevision: domain.join(','),
        font: { family: 'system-ui, sans-serif', size: 13 },
      }) as Partial<Layout>,
    [domain],
  );

  const onReady = useCallback((el: PlotlyHTMLElement) => {
    registerPlot('contour', el);
    setGd(el);
    const read = () => {
      const next = readGeometry(el);
      setGeometry((cur) => (sameGeometry(cur, next) ? cur : next));
    };
    read();
    el.on('plotly_afterplot', read);
    el.on('plotly_relayout', read);
  }, []);

  return (
    <>
      <div className="contour-wrap" data-testid="contour-view">
        <Plot
          className="plot contour-plot"
          label="Contour map of the surface"
          data={data}
          layout={layout}
          config={CONFIG}
          version={version}
          onReady={onReady}
          onDrawn={(v) => markDrawn('contour', v)}
        />
        {gd && geometry && <ContourOverlay geometry={geometry} host={gd} levelSets={levelSets} />}
        {z?.log && (
          <span className="contour-note" data-testid="log-levels">
            levels log-spaced in f − f<sub>min</sub>
          </span>
        )}
      </div>
      <BasinsBar />
    </>
  );
}

/** The plot area in pixels and the axis ranges, read from plotly's computed layout. */
function readGeometry(el: PlotlyHTMLElement): Geometry | null {
  // _fullLayout is plotly's computed layout: documented in its internals, stable for years.
  const fl = (el as unknown as { _fullLayout?: FullLayout })._fullLayout;
  if (!fl || !fl._size || !fl.xaxis || !fl.yaxis) return null;
  const { l, t, w, h } = fl._size;
  return { l, t, w, h, xr: [fl.xaxis.range[0], fl.xaxis.range[1]], yr: [fl.yaxis.range[0], fl.yaxis.range[1]] };
}

interface FullLayout {
  _size: { l: number; t: number; w: number; h: number };
  xaxis: { range: [number, number] };
  yaxis: { range: [number, number] };
}
