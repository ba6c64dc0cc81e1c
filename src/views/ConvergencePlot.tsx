// The race in numbers: f − f* (or ‖∇f‖) per iteration for every run, on a log axis. Follows
// the scrubber: each run's line is drawn up to min(iter, its last k), with the axes fixed over
// all iterates so nothing jumps while playing.
import { useHeld, useResultHeldWhileDataDrags } from './useHeld';
import type { Config, Data, Layout, PlotlyHTMLElement } from './plotly';
import { useEffect, useId, useMemo, useState } from 'react';
import { useResults } from '../compute/results';
import { useLang, useMsg, type Lang } from '../i18n/i18n';
import { convergenceMsg } from '../i18n/views';
import { optimizerShort, teaches } from '../math/optimizers/registry';
import type { OptimizerId } from '../state/scene';
import { useScene } from '../state/store';
import { useView } from '../state/view';
import { convergenceSeries, fStarOf, sliceSeries, type Metric } from './controls-logic';
import { useDrawn } from './drawn';
import { textSize, usePresenting } from './presenting';
import { RUN_COLORS, runLabel } from './palette';
import { FIRST_HOLD_MS, Plot } from './Plot';
import { registerPlot } from './plots';
import './controls.css';

const CONFIG: Partial<Config> = { displayModeBar: false, responsive: true };
/** Short legend names (the registry's): one legend row for several runs in a half-width plot. */
const SHORT = (id: string, lang: Lang) => optimizerShort(id, lang);
const onReady = (el: PlotlyHTMLElement) => registerPlot('convergence', el);

// A number per runs result, for uirevision: moving p bumps the results version but leaves the
// runs (and so this plot's figure) as they were, and then nothing here is redrawn.
const revisions = new WeakMap<object, number>();
let lastRevision = 0;
function revisionOf(runs: object): number {
  let r = revisions.get(runs);
  if (r === undefined) {
    r = ++lastRevision;
    revisions.set(runs, r);
  }
  return r;
}

/** The iterations where an SGD run begins a new epoch (after the first), thinned to at most 40. */
export function epochStarts(runs: readonly { optimizer: string; iterates: { k: number; detail?: object }[] }[]) {
  const run = runs.find((r) => teaches(r.optimizer, 'mini-batch'));
  const all = run
    ? run.iterates
        .filter((it) => {
          const d = it.detail as { epoch?: number; batchInEpoch?: number } | undefined;
          return d?.batchInEpoch === 0 && (d.epoch ?? 1) > 1;
        })
        .map((it) => it.k)
    : [];
  const every = Math.max(1, Math.ceil(all.length / 40));
  return {
    ks: all.filter((_, i) => i % every === every - 1),
    count: all.length,
    every,
    color: run ? (RUN_COLORS[run.optimizer] ?? '#777777') : '#777777',
  };
}

export function ConvergencePlot() {
  // the page opening: the first drawing waits a moment for the runs, so it is done once, not
  // twice (a plotly drawing is the slow part of a cold load on a software renderer)
  const busy = useResults((r) => r.busy);
  // While a data point is dragged the plot keeps the runs of the last data (every write would
  // redraw it, and the map is what the hand is watching) and catches up on release (issue 19).
  const dataDragging = useView((v) => v.dataDragging);
  const runs = useResultHeldWhileDataDrags((r) => r.runs);
  const version = useResultHeldWhileDataDrags((r) => r.version);
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const iter = useView((v) => v.iter);
  const maxIter = useView((v) => v.maxIter);
  const markDrawn = useDrawn((d) => d.mark);
  const [metric, setMetric] = useState<Metric>('f');
  const selectId = useId();
  const lang = useLang();
  const t = useMsg(convergenceMsg);

  useEffect(() => () => registerPlot('convergence', null), []);

  const sceneData = useHeld(
    useScene((s) => s.scene.data),
    dataDragging,
  );
  const fStar = useMemo(() => fStarOf(surfaceId, sceneData), [surfaceId, sceneData]);
  // Everything that does not depend on the scrubber, computed once per result.
  const all = useMemo(() => convergenceSeries(runs, metric, fStar, lang), [runs, metric, fStar, lang]);
  const styles = useMemo(
    () =>
      runs.map((r) => {
        const id = r.optimizer as OptimizerId;
        const color = RUN_COLORS[id] ?? '#777777';
        const full = runLabel(id, lang);
        return {
          name: SHORT(r.optimizer, lang),
          color,
          // markers help short runs (Newton takes a handful of steps) and clutter long ones
          mode: r.iterates.length <= 60 ? 'lines+markers' : 'lines',
          hovertemplate: `${full}<br>k = %{x}<br>${all.quantity} = %{y:.4g}<extra></extra>`,
        };
      }),
    [runs, all.quantity, lang],
  );

  // SGD's epoch boundaries: the iterations whose step starts a new pass over the data.
  const epochs = useMemo(() => epochStarts(runs), [runs]);

  // Per frame only the slice lengths change.
  const data = useMemo(
    () =>
      all.series.map((s, i) => {
        const shown = sliceSeries(s, iter);
        const st = styles[i];
        return {
          type: 'scatter',
          mode: st.mode,
          x: shown.x,
          y: shown.y,
          name: st.name,
          line: { color: st.color, width: 2.5, dash: metric === 'grad' ? 'dash' : 'solid' },
          marker: { color: st.color, size: 5 },
          connectgaps: false,
          hovertemplate: st.hovertemplate,
        } as Data;
      }),
    [all, styles, iter, metric],
  );

  const present = usePresenting();
  const fs = textSize(13, present);
  const layout = useMemo(
    () =>
      ({
        height: present ? 300 : 220,
        autosize: true,
        margin: present ? { l: 84, r: 12, t: 10, b: 54 } : { l: 62, r: 10, t: 8, b: 40 },
        // presenter mode: 1.5× (issue 15, item 4)
        font: { family: 'system-ui, sans-serif', size: fs },
        xaxis: {
          type: 'linear',
          title: { text: t.iteration, standoff: 4 },
          // fixed over all iterates (nothing jumps while playing); a little room for end markers
          range: [-0.02 * Math.max(1, maxIter), 1.02 * Math.max(1, maxIter)],
          autorange: false,
          // whole iterations only
          ...(maxIter <= 8 ? { dtick: 1, tick0: 0 } : { tickformat: 'd' }),
          zeroline: false,
        },
        yaxis: {
          title: { text: all.title, font: { size: fs } },
          type: all.log ? 'log' : 'linear',
          exponentformat: 'power',
          ...(all.range ? { range: all.range, autorange: false } : { autorange: true }),
        },
        showlegend: true,
        // vertical, right of the plot: a top legend wraps into rows that eat the plot's height
        legend: {
          orientation: 'v',
          x: 1.01,
          xanchor: 'left',
          y: 1,
          yanchor: 'top',
          font: { size: fs },
          itemwidth: 30,
          tracegroupgap: 0,
        },
        // dotted verticals at SGD's epoch boundaries (at most 40; thinned evenly beyond)
        shapes: epochs.ks.map((k) => ({
          type: 'line',
          xref: 'x',
          yref: 'paper',
          x0: k,
          x1: k,
          y0: 0,
          y1: 1,
          line: { color: epochs.color, width: 1, dash: 'dot' },
        })),
        // a new result or metric resets any zoom; playback frames keep it
        uirevision: `${revisionOf(runs)}-${metric}`,
        hovermode: 'closest',
      }) as Partial<Layout>,
    [maxIter, all.title, all.log, all.range, runs, metric, present, fs, epochs, t],
  );

  return (
    <section className="panel cv-panel" aria-labelledby="cv-title">
      <div className="cv-head">
        <h2 id="cv-title">{t.title}</h2>
        <label htmlFor={selectId} className="cv-select">
          {t.show}
          <select
            id={selectId}
            data-testid="convergence-metric"
            value={metric}
            onChange={(e) => setMetric(e.target.value as Metric)}
          >
            <option value="f">{fStar !== null ? 'f − f*' : 'f'}</option>
            <option value="grad">‖∇f‖</option>
          </select>
        </label>
      </div>
      <Plot
        className="cv-plot"
        label={t.plotLabel(all.title)}
        data={data}
        layout={layout}
        config={CONFIG}
        version={version}
        holdFirst={busy}
        holdMs={FIRST_HOLD_MS}
        onReady={onReady}
        onDrawn={(v) => markDrawn('convergence', v)}
      />
      {epochs.ks.length > 0 && (
        <p className="muted small" data-testid="epoch-note" data-count={epochs.count}>
          {t.epochNote(epochs.count, epochs.ks.length < epochs.count ? epochs.every : 0)}
        </p>
      )}
    </section>
  );
}
