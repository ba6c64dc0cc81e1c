// The contour map: the surface's level sets, the expansion point and every run's trajectory.
import type { Data, Layout } from 'plotly.js-dist-min';
import { useMemo } from 'react';
import { useResults } from '../compute/results';
import type { GridValues } from '../math/evaluate';
import { useScene } from '../state/store';
import type { OptimizerId } from '../state/scene';
import { OPTIMIZER_LABELS, POINT_COLOR, RUN_COLORS } from './palette';
import { Plot } from './Plot';
import { useDrawn } from './drawn';

/** Rows of z for plotly (non-finite values are gaps), and whether a log scale was used. */
export function contourZ(g: GridValues): { z: (number | null)[][]; log: boolean; offset: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of g.v) {
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  // A wide range (Rosenbrock spans 0 to 2500) hides the valley floor in linear levels:
  // draw log10(f − fmin + δ) instead, so levels are log-spaced.
  const log = Number.isFinite(lo) && hi - lo > 200 && (hi - lo) / Math.max(1e-12, Math.min(Math.abs(lo), Math.abs(hi)) + 1) > 50;
  const offset = log ? lo - Math.max((hi - lo) * 1e-5, 1e-9) : 0;
  const z: (number | null)[][] = [];
  for (let j = 0; j < g.ny; j++) {
    const row: (number | null)[] = new Array(g.nx);
    for (let i = 0; i < g.nx; i++) {
      const v = g.v[j * g.nx + i];
      row[i] = Number.isFinite(v) ? (log ? Math.log10(v - offset) : v) : null;
    }
    z.push(row);
  }
  return { z, log, offset };
}

export function ContourView() {
  const grid = useResults((r) => r.grid);
  const runs = useResults((r) => r.runs);
  const version = useResults((r) => r.version);
  const point = useScene((s) => s.scene.point);
  const domain = useScene((s) => s.scene.domain);
  const markDrawn = useDrawn((d) => d.mark);

  const surfaceTrace = useMemo(() => {
    if (!grid) return null;
    const { z, log } = contourZ(grid);
    return {
      type: 'contour',
      x: Array.from(grid.xs),
      y: Array.from(grid.ys),
      z,
      colorscale: 'Viridis',
      ncontours: 30,
      contours: { coloring: 'heatmap', showlines: true },
      line: { width: 0.5, color: 'rgba(255,255,255,0.5)' },
      colorbar: { title: { text: log ? 'log₁₀(f − f<sub>min</sub>)' : 'f(x, y)', side: 'right' }, thickness: 14 },
      hovertemplate: 'x=%{x:.3f}<br>y=%{y:.3f}<extra></extra>',
      connectgaps: false,
      name: 'f',
      showlegend: false,
    } as Data;
  }, [grid]);

  const data = useMemo(() => {
    const traces: Data[] = [];
    if (surfaceTrace) traces.push(surfaceTrace);
    for (const run of runs) {
      const id = run.optimizer as OptimizerId;
      traces.push({
        type: 'scatter',
        mode: 'lines+markers',
        x: run.iterates.map((it) => (Number.isFinite(it.x) ? it.x : null)) as number[],
        y: run.iterates.map((it) => (Number.isFinite(it.y) ? it.y : null)) as number[],
        line: { color: RUN_COLORS[id], width: 2.5 },
        marker: { color: RUN_COLORS[id], size: 5 },
        name: OPTIMIZER_LABELS[id],
        hovertemplate: `${OPTIMIZER_LABELS[id]} k=%{text}<br>x=%{x:.4f}, y=%{y:.4f}<extra></extra>`,
        text: run.iterates.map((it) => String(it.k)) as unknown as string,
      });
    }
    traces.push({
      type: 'scatter',
      mode: 'markers',
      x: [point[0]],
      y: [point[1]],
      marker: { color: POINT_COLOR, size: 12, symbol: 'circle', line: { color: '#fff', width: 2 } },
      name: 'expansion point p',
      hovertemplate: 'p = (%{x:.4f}, %{y:.4f})<extra></extra>',
    });
    return traces;
  }, [surfaceTrace, runs, point]);

  const layout = useMemo(
    () =>
      ({
        margin: { l: 50, r: 10, t: 10, b: 40 },
        xaxis: { title: { text: 'x' }, range: [domain[0], domain[1]], zeroline: false },
        yaxis: { title: { text: 'y' }, range: [domain[2], domain[3]], zeroline: false },
        legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom', bgcolor: 'rgba(255,255,255,0.8)' },
        uirevision: 'contour',
        font: { family: 'system-ui, sans-serif', size: 13 },
      }) as Partial<Layout>,
    [domain],
  );

  return (
    <Plot
      className="plot contour-plot"
      label="Contour map of the surface with the expansion point and optimizer trajectories"
      data={data}
      layout={layout}
      version={version}
      onDrawn={(v) => markDrawn('contour', v)}
    />
  );
}
