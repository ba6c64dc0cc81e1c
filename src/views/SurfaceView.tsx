// The 3D view: the surface, the Taylor models as translucent patches around p, the expansion
// point and the trajectories (up to the scrubbed iteration) lifted onto the surface.
import { NO_REFINE, type Config, type Data, type Layout, type PlotlyHTMLElement } from './plotly';
import { useCallback, useMemo } from 'react';
import { PATCH_SAMPLES, useResults } from '../compute/results';
import type { OptimizerId } from '../state/scene';
import { useScene } from '../state/store';
import { useView } from '../state/view';
import { useDrawn } from './drawn';
import { OPTIMIZER_LABELS, RUN_COLORS, T1_COLOR, T2_COLOR } from './palette';
import { Plot } from './Plot';
import { registerPlot } from './plots';

const fin = (v: number) => (Number.isFinite(v) ? v : null);

function rows(values: ArrayLike<number>, nx: number, ny: number, lo = -Infinity, hi = Infinity): (number | null)[][] {
  const out: (number | null)[][] = [];
  for (let j = 0; j < ny; j++) {
    const row: (number | null)[] = new Array(nx);
    for (let i = 0; i < nx; i++) {
      const v = values[j * nx + i];
      // Model values far outside f's range would squash the picture: leave them out.
      row[i] = Number.isFinite(v) && v >= lo && v <= hi ? v : null;
    }
    out.push(row);
  }
  return out;
}

// WebGL at the screen's own pixel density (plotly's default is always 2): on a projector or
// an ordinary laptop screen that is a quarter of the pixels to render, for the same picture.
const CONFIG: Partial<Config> = {
  modeBarButtonsToRemove: ['toImage'],
  plotGlPixelRatio: typeof window === 'undefined' ? 2 : Math.min(2, Math.max(1, window.devicePixelRatio || 1)),
};

export const CAMERA = {
  eye: { x: -1.45, y: -1.45, z: 1.05 },
  up: { x: 0, y: 0, z: 1 },
  center: { x: 0, y: 0, z: -0.1 },
};

export function SurfaceView() {
  const grid = useResults((r) => r.grid);
  const patch = useResults((r) => r.patch);
  const facts = useResults((r) => r.facts);
  const runs = useResults((r) => r.runs);
  const version = useResults((r) => r.version);
  const taylor = useScene((s) => s.scene.taylor);
  const domain = useScene((s) => s.scene.domain);
  // presenter mode: thick trails and a large p, readable from the back of a lecture hall
  const present = useScene((s) => s.scene.present);
  const iter = useView((v) => v.iter);
  const markDrawn = useDrawn((d) => d.mark);

  const range = useMemo(() => {
    if (!grid) return [0, 1] as [number, number];
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of grid.v) {
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    return Number.isFinite(lo) ? ([lo, hi] as [number, number]) : ([0, 1] as [number, number]);
  }, [grid]);

  // No finite value at all (f undefined everywhere): plotly's 3D scene fails on an all-gap
  // surface, so nothing is drawn (the alerts say why).
  const anyFinite = useMemo(() => grid !== null && grid.v.some((v) => Number.isFinite(v)), [grid]);

  const surface = useMemo<Data | null>(
    () =>
      grid && !anyFinite
        ? null
        : grid && {
            type: 'surface',
            x: Array.from(grid.xs),
            y: Array.from(grid.ys),
            z: rows(grid.v, grid.nx, grid.ny),
            colorscale: 'Viridis',
            showscale: false,
            name: 'f',
            hovertemplate: 'x = %{x:.3f}<br>y = %{y:.3f}<br>f = %{z:.4g}<extra></extra>',
            contours: { z: { show: false } },
            lighting: { ambient: 0.75, diffuse: 0.6, specular: 0.05, roughness: 0.9 },
          },
    [grid, anyFinite],
  );

  const models = useMemo<Data[]>(() => {
    if (!patch) return [];
    // Clipped to f's own range: a model never widens the scene's bounds, so moving p leaves
    // plotly's data scale (and with it the big surface, see plotly.ts) untouched.
    const [lo, hi] = range;
    const model = (name: string, values: Float32Array, color: string): Data => ({
      type: 'surface',
      x: Array.from(patch.xs),
      y: Array.from(patch.ys),
      z: rows(values, PATCH_SAMPLES, PATCH_SAMPLES, lo, hi),
      surfacecolor: rows(values, PATCH_SAMPLES, PATCH_SAMPLES).map((r) => r.map(() => 0)),
      colorscale: [
        [0, color],
        [1, color],
      ],
      cmin: 0,
      cmax: 1,
      showscale: false,
      opacity: 0.6,
      meta: NO_REFINE,
      name,
      hovertemplate: `${name}: %{z:.4g}<extra></extra>`,
    });
    const out: Data[] = [];
    if (taylor.includes(1)) out.push(model('T1 (tangent plane)', patch.t1, T1_COLOR));
    if (taylor.includes(2)) out.push(model('T2 (quadratic model)', patch.t2, T2_COLOR));
    return out;
  }, [patch, taylor, range]);

  // The trails and p apart: moving p leaves the trails' traces (and their 3D buffers) alone.
  const trails = useMemo<Data[]>(() => {
    const out: Data[] = [];
    for (const run of runs) {
      const id = run.optimizer as OptimizerId;
      const shown = run.iterates.slice(0, Math.min(iter, run.iterates.length - 1) + 1);
      out.push({
        type: 'scatter3d',
        mode: 'lines+markers',
        x: shown.map((it) => fin(it.x)),
        y: shown.map((it) => fin(it.y)),
        z: shown.map((it) => fin(it.value)),
        line: { color: RUN_COLORS[id], width: present ? 10 : 5 },
        marker: { color: RUN_COLORS[id], size: present ? 4 : 2.5 },
        name: OPTIMIZER_LABELS[id],
        hovertemplate: `${OPTIMIZER_LABELS[id]}<br>f = %{z:.4g}<extra></extra>`,
      } as Data);
    }
    return out;
  }, [runs, iter, present]);

  const pMark = useMemo<Data[]>(() => {
    const out: Data[] = [];
    if (facts && Number.isFinite(facts.value)) {
      out.push({
        type: 'scatter3d',
        mode: 'markers',
        // where the facts were computed, not the scene's p: the 3D view then redraws once per
        // move of p, when its results arrive, instead of also before (with a stale f(p))
        x: [facts.x],
        y: [facts.y],
        z: [facts.value],
        marker: { color: '#111', size: present ? 10 : 6, line: { color: '#fff', width: 2 } },
        name: 'p',
        hovertemplate: 'p: f = %{z:.4g}<extra></extra>',
      } as Data);
    }
    return out;
  }, [facts, present]);

  const data = useMemo(
    // the translucent patches last: they are blended over what is drawn before them (plotly.ts)
    () => (anyFinite ? [...(surface ? [surface] : []), ...trails, ...pMark, ...models] : []),
    [anyFinite, surface, models, trails, pMark],
  );

  const layout = useMemo(
    () =>
      ({
        margin: { l: 0, r: 0, t: 0, b: 0 },
        showlegend: false,
        uirevision: domain.join(','),
        font: { family: 'system-ui, sans-serif', size: 12 },
        scene: {
          xaxis: { title: { text: 'x' }, range: [domain[0], domain[1]] },
          yaxis: { title: { text: 'y' }, range: [domain[2], domain[3]] },
          zaxis: { title: { text: 'f' } },
          aspectmode: 'manual',
          aspectratio: { x: 1, y: 1, z: 0.7 },
          camera: CAMERA,
        },
      }) as Partial<Layout>,
    [domain],
  );

  const onReady = useCallback((el: PlotlyHTMLElement) => registerPlot('surface3d', el), []);

  return (
    <div className="surface-wrap" data-testid="surface-view">
      <Plot
        className="plot surface-plot"
        label="3D view of the surface with the Taylor models around p"
        data={data}
        layout={layout}
        config={CONFIG}
        minInterval={120}
        version={version}
        onReady={onReady}
        onDrawn={(v) => markDrawn('surface3d', v)}
      />
    </div>
  );
}
