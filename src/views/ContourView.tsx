// The contour map in three layers: the surface's level sets (plotly); above them the Taylor
// models' level sets around p (a second, transparent plotly plot on the same axes); and an
// SVG layer on top for the draggable expansion point, ∇f, the Hessian's eigen-directions, the
// Newton step, the start and the trajectories up to the scrubbed iteration. Moving p redraws
// the two upper layers only: the browser then never re-rasterises f's many filled contours
// (on a software renderer that alone took 130–240 ms a move).
import type { Config, Data, Layout, PlotlyHTMLElement } from './plotly';
import { useCallback, useMemo, useRef, useState } from 'react';
import { PATCH_SAMPLES, useResults } from '../compute/results';
import type { GridValues } from '../math/evaluate';
import { useScene } from '../state/store';
import { ContourOverlay, type Geometry } from './ContourOverlay';
import { useDrawn } from './drawn';
import { Plot } from './Plot';
import { T1_COLOR, T2_COLOR } from './palette';
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

function modelTrace(name: string, values: Float32Array, xs: Float64Array, ys: Float64Array, z: ZTransform, color: string): Data {
  return {
    type: 'contour',
    x: Array.from(xs),
    y: Array.from(ys),
    z: rows(values, PATCH_SAMPLES, PATCH_SAMPLES, z, z.start - z.size),
    autocontour: false,
    contours: { coloring: 'none', start: z.start, end: z.end, size: z.size },
    line: { width: 2, color, dash: name === 'T1' ? 'dot' : 'solid', smoothing: 0 },
    showscale: false,
    hoverinfo: 'skip',
    name: `${name} level sets`,
    showlegend: false,
  } as Data;
}

// Stable across renders: a new config object would make Plot redraw on every render.
const CONFIG: Partial<Config> = { scrollZoom: true, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'toImage'] };
// The models' layer takes no input: the map below it pans, zooms and shows values on hover.
const MODELS_CONFIG: Partial<Config> = { staticPlot: true };
const CLEAR = 'rgba(0,0,0,0)';

const sameGeometry = (a: Geometry | null, b: Geometry | null) =>
  a !== null && b !== null && a.l === b.l && a.t === b.t && a.w === b.w && a.h === b.h &&
  a.xr[0] === b.xr[0] && a.xr[1] === b.xr[1] && a.yr[0] === b.yr[0] && a.yr[1] === b.yr[1];

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
  const models = useMemo(() => {
    const traces: Data[] = [];
    if (patch && z) {
      if (taylor.t1) traces.push(modelTrace('T1', patch.t1, patch.xs, patch.ys, z, T1_COLOR));
      if (taylor.t2) traces.push(modelTrace('T2', patch.t2, patch.xs, patch.ys, z, T2_COLOR));
    }
    return traces;
  }, [patch, z, taylor]);

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

  // The models' figure is exactly the map's plot area, with the map's axis ranges as drawn
  // (after a pan or a zoom too); placed over it by CSS. Its SVG clips what lies outside.
  const modelsLayout = useMemo(() => {
    const g = geometry;
    const axis = (range: number[]) => ({ range, visible: false, fixedrange: true });
    return {
      width: g?.w ?? 300,
      height: g?.h ?? 300,
      autosize: false,
      margin: { l: 0, r: 0, t: 0, b: 0, pad: 0, autoexpand: false },
      xaxis: axis(g ? g.xr : [domain[0], domain[1]]),
      yaxis: axis(g ? g.yr : [domain[2], domain[3]]),
      showlegend: false,
      paper_bgcolor: CLEAR,
      plot_bgcolor: CLEAR,
    } as Partial<Layout>;
  }, [geometry, domain]);

  // The map is drawn (for data-ready and the benchmark) once both plotly layers are.
  const drawn = useRef({ main: -1, models: -1 });
  const onDrawn = (layer: 'main' | 'models', v: number) => {
    drawn.current[layer] = v;
    if (drawn.current.main === v && drawn.current.models === v) markDrawn('contour', v);
  };

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
          onDrawn={(v) => onDrawn('main', v)}
        />
        <div className="contour-models" style={geometry ? { left: geometry.l, top: geometry.t, width: geometry.w, height: geometry.h } : { visibility: 'hidden' }}>
          <Plot
            className="plot contour-plot"
            label="Level sets of the Taylor models around p"
            data={models}
            layout={modelsLayout}
            config={MODELS_CONFIG}
            version={version}
            onDrawn={(v) => onDrawn('models', v)}
          />
        </div>
        {gd && geometry && <ContourOverlay geometry={geometry} host={gd} />}
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
