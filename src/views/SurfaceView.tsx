// The 3D view: the surface, the Taylor models as translucent patches around p, Newton's step
// to T2's stationary point, the expansion point and the trajectories (up to the scrubbed
// iteration) lifted onto the surface; a key, and a "focus on p" zoom onto the patch.
import type { Config, Data, Layout, PlotlyHTMLElement } from './plotly';
import { F_UID, NO_REFINE } from './plotly3d';
import { homeCamera, stepBack } from './surface3d/camera';
import { textSize } from './presenting';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useResultHeldWhileDataDrags } from './useHeld';
import { PATCH_SAMPLES, useResults } from '../compute/results';
import { useLang, useMsg } from '../i18n/i18n';
import { surfaceMsg } from '../i18n/views';
import type { OptimizerId } from '../state/scene';
import { useScene } from '../state/store';
import { useView } from '../state/view';
import { useDrawn } from './drawn';
import { fmt } from './format';
import { NEWTON_STEP_COLOR, RUN_COLORS, runLabel, taylorColor } from './palette';
import { newtonTipText } from './marks/geometry';
import { Plot } from './Plot';
import { registerPlot } from './plots';
import {
  anchorRange,
  clipPolyline,
  equalsF,
  fitZRange,
  focusBox,
  inBox,
  MODEL_LIFT,
  rowsClamped,
  zTicks,
  zTicksClearOfTitle,
  zLabelGap,
  xyTicks,
  type Box,
  type Point3,
} from './surface3d/geometry';
import { modelLayers, modelName, newtonTip } from './surface3d/models';
import './surface3d/surface3d.css';

// WebGL at the screen's own pixel density (plotly's default is always 2): on a projector or
// an ordinary laptop screen that is a quarter of the pixels to render, for the same picture.
const CONFIG: Partial<Config> = {
  modeBarButtonsToRemove: ['toImage'],
  plotGlPixelRatio: typeof window === 'undefined' ? 2 : Math.min(2, Math.max(1, window.devicePixelRatio || 1)),
};

const STEP_COLOR = NEWTON_STEP_COLOR;
const STEP_CASING = '#ffffff';

/** One marked point in 3D (p, T2's stationary point). */
function pointTrace(uid: string, p: Point3, hover: string, marker: object): Data {
  return {
    type: 'scatter3d',
    uid,
    mode: 'markers',
    x: [p.x],
    y: [p.y],
    z: [p.z],
    marker,
    name: uid,
    hovertemplate: `${hover}<extra></extra>`,
  } as Data;
}

/** The label at T2's stationary point, in a white box with a short arrow down to it. */
function tipLabel(t: Point3, label: string, present: boolean) {
  return {
    x: t.x,
    y: t.y,
    z: t.z,
    text: label,
    showarrow: true,
    arrowhead: 0,
    arrowwidth: 1.5,
    arrowcolor: STEP_COLOR,
    ax: 0,
    ay: present ? -40 : -30,
    bgcolor: 'rgba(255, 255, 255, 0.9)',
    bordercolor: STEP_COLOR,
    borderwidth: 1,
    borderpad: 2,
    font: { color: STEP_COLOR, size: present ? 18 : 12 },
  };
}

/** Most ticks per axis of the 3D view: with more, f's labels stack over one another up the
 *  short vertical axis (at presenter size), and the corner where the axes meet holds two
 *  labels (z's 0 over y's 3 on Rosenbrock). */
const TICKS = 4;

/** One 3D axis over `range`, with the ticks and labels given (autorange off). */
const axis3d = (title: string, range: readonly number[], t: { vals: number[]; text: string[] }) => ({
  // typed, so plotly never scans every trace's data to guess it (dates?) at each update
  type: 'linear' as const,
  title: { text: title },
  range: [...range],
  autorange: false,
  tickmode: 'array' as const,
  tickvals: t.vals,
  ticktext: t.text,
});

export function SurfaceView() {
  // While a data point is dragged, the 3D view stays as it was (f's surface, the models, the
  // trails: its redraw is the slow part of each write; the map, the data panel and the runs
  // follow live) and catches up on release.
  const grid = useResultHeldWhileDataDrags((r) => r.grid);
  const patch = useResultHeldWhileDataDrags((r) => r.patch);
  const facts = useResultHeldWhileDataDrags((r) => r.facts);
  const runs = useResultHeldWhileDataDrags((r) => r.runs);
  const version = useResultHeldWhileDataDrags((r) => r.version);
  // the runs come a moment after the surface: the first 3D drawing (the slow one) waits for them
  const busy = useResults((r) => r.busy);
  const taylor = useScene((s) => s.scene.taylor);
  const domain = useScene((s) => s.scene.domain);
  // presenter mode: thick trails and a large p, readable from the back of a lecture hall
  const present = useScene((s) => s.scene.present);
  const iter = useView((v) => v.iter);
  const markDrawn = useDrawn((d) => d.mark);
  const [focus, setFocus] = useState(false);
  // how far the home camera steps back for the box (stepBack: only in a tall box, so a wide box
  // never draws again for it)
  const wrap = useRef<HTMLDivElement>(null);
  const [back, setBack] = useState(1);
  // the share of z's span two of its labels need on a projector, for this box (zLabelGap)
  const [zGap, setZGap] = useState(0);
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = (width: number, height: number) => {
      if (width > 0) setBack(stepBack(width, height));
      if (height > 0) setZGap(zLabelGap(height));
    };
    // before the first drawing (its camera), then as the box changes
    measure(el.clientWidth, el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => measure(e.contentRect.width, e.contentRect.height));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const lang = useLang();
  const t = useMsg(surfaceMsg);

  // z fitted to f over the domain (the grid), never to the trails or the models: a
  // diverging run cannot rescale the picture. See surface3d/geometry.ts.
  const fit = useMemo(() => (grid ? fitZRange(grid.v) : null), [grid]);
  const fullZ = useMemo(() => fit?.range ?? ([0, 1] as [number, number]), [fit]);
  // Every trace's data stays inside this (clamped, or clipped to the box within it) and an
  // invisible anchor spans it: plotly's data scale then never changes while p moves, so the
  // big surface keeps its buffers (plotly.ts, surface-cache.ts).
  const anchor = useMemo(() => anchorRange(fullZ), [fullZ]);

  const layers = useMemo(() => modelLayers(patch, taylor), [patch, taylor]);

  // The whole view's box is one object while p moves (it depends on the domain and f only):
  // the trails, memoised on it, then keep their traces and 3D buffers during a drag.
  const fullBox = useMemo<Box>(
    () => ({ x: [domain[0], domain[1]], y: [domain[2], domain[3]], z: fullZ }),
    [domain, fullZ],
  );
  const focused = useMemo<Box | null>(() => {
    if (!focus || !patch) return null;
    // z fitted to the drawn models (f where none is drawn), so that they fill the frame; f is
    // cut where it leaves that box, as the trails are
    const fitted = layers.drawn.length > 0 ? layers.drawn.map((l) => l.values) : [patch.f];
    return focusBox(patch.domain, fitted, fullZ);
  }, [fullZ, focus, patch, layers]);
  const box = focused ?? fullBox;

  const colourRange = useMemo<[number, number]>(() => (focus ? box.z : fullZ), [focus, box, fullZ]);

  // No finite value at all (f undefined everywhere): plotly's 3D scene fails on an all-gap
  // surface, so nothing is drawn (the alerts say why).
  const anyFinite = fit !== null;

  const surface = useMemo<Data | null>(
    () =>
      grid && fit
        ? {
            type: 'surface',
            uid: F_UID,
            x: Array.from(grid.xs),
            y: Array.from(grid.ys),
            z: rowsClamped(grid.v, grid.nx, grid.ny, anchor),
            // colours over what is shown: a cut spike does not squash them to one end, and in
            // focus the patch's box gets the whole map (the surface is then redrawn per move)
            cmin: colourRange[0],
            cmax: colourRange[1],
            colorscale: 'Viridis',
            showscale: false,
            name: 'f',
            hovertemplate: 'x = %{x:.3f}<br>y = %{y:.3f}<br>f = %{z:.4g}<extra></extra>',
            contours: { z: { show: false } },
            meta: NO_REFINE,
            lighting: { ambient: 0.75, diffuse: 0.6, specular: 0.05, roughness: 0.9 },
          }
        : null,
    [grid, fit, anchor, colourRange],
  );

  const anchorTrace = useMemo<Data>(
    () =>
      ({
        type: 'scatter3d',
        uid: 'anchor',
        mode: 'markers',
        // outside the axis ranges (anchorRange), so the scene's clip bounds never draw them
        x: [domain[0], domain[1]],
        y: [domain[2], domain[3]],
        z: [anchor[0], anchor[1]],
        marker: { size: 1, color: 'rgba(0,0,0,0)' },
        hoverinfo: 'skip',
        showlegend: false,
      }) as Data,
    [domain, anchor],
  );

  // Whether each drawn model equals f on the patch to float32 (T2 of a quadratic): the key says so.
  const sameAsF = useMemo(
    () => new Set(patch ? layers.drawn.filter((l) => equalsF(l.values, patch.f)).map((l) => l.order) : []),
    [patch, layers],
  );

  const models = useMemo<Data[]>(() => {
    if (!patch) return [];
    // Raised by a tiny fraction of the shown z span, so they win the depth test where they
    // touch f (p itself; everywhere for T2 = f), and clamped into the anchor range: what
    // leaves the box is cut by the scene's clip bounds along its faces.
    const lift = MODEL_LIFT * (box.z[1] - box.z[0]);
    return layers.drawn.map(({ order, values }) => {
      const color = taylorColor(order);
      const name = modelName(order, t);
      return {
        type: 'surface',
        uid: `model-${order}`,
        x: Array.from(patch.xs),
        y: Array.from(patch.ys),
        z: rowsClamped(values, PATCH_SAMPLES, PATCH_SAMPLES, anchor, lift),
        surfacecolor: Array.from({ length: PATCH_SAMPLES }, () => new Array<number>(PATCH_SAMPLES).fill(0)),
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
      } as Data;
    });
  }, [patch, layers, anchor, box, t]);

  // The trails and p apart: moving p leaves the trails' traces (and their 3D buffers) alone.
  // Each trail is cut where it leaves the box (a diverging run leaves it), with gaps.
  const trailInfo = useMemo(() => {
    const traces: Data[] = [];
    const clipped: OptimizerId[] = [];
    for (const run of runs) {
      const id = run.optimizer as OptimizerId;
      const shown = run.iterates.slice(0, Math.min(iter, run.iterates.length - 1) + 1);
      const line = clipPolyline(
        shown.map((it) => ({ x: it.x, y: it.y, z: it.value })),
        box,
      );
      if (line.clipped) clipped.push(id);
      const size = present ? 4 : 2.5;
      const label = runLabel(id, lang);
      traces.push({
        type: 'scatter3d',
        uid: `trail-${id}`,
        mode: 'lines+markers',
        x: line.x,
        y: line.y,
        z: line.z,
        line: { color: RUN_COLORS[id], width: present ? 10 : 5 },
        // markers only at iterates, not where the line was cut at the box
        marker: { color: RUN_COLORS[id], size: line.vertex.map((v) => (v ? size : 0)) },
        name: label,
        hovertemplate: `${label}<br>f = %{z:.4g}<extra></extra>`,
      } as Data);
    }
    return { traces, clipped };
  }, [runs, iter, present, box, lang]);

  const pMark = useMemo<Data[]>(() => {
    // where the facts were computed, not the scene's p: the 3D view then redraws once per
    // move of p, when its results arrive, instead of also before (with a stale f(p))
    if (!facts || !Number.isFinite(facts.value)) return [];
    const p = { x: facts.x, y: facts.y, z: facts.value };
    if (!inBox(p, box)) return [];
    return [
      pointTrace('p', p, 'p: f = %{z:.4g}', {
        color: '#111',
        size: present ? 10 : 6,
        line: { color: '#fff', width: 2 },
      }),
    ];
  }, [facts, present, box]);

  // Newton's step from (p, f(p)) to (p + s, T2(p + s)), s = −H⁻¹∇f: a dark line on a white
  // casing, and a diamond at T2's stationary point labelled by what it is for T2.
  const newton = useMemo(() => newtonTip(facts), [facts]);
  // what the tip is for T2, worded in the language in use
  const tipText = newton ? newtonTipText(newton.kind, lang) : '';
  const newtonTraces = useMemo<Data[]>(() => {
    if (!newton || !taylor.includes(2)) return [];
    const line = clipPolyline([newton.from, newton.tip], box);
    const out: Data[] = [];
    if (line.x.length >= 2) {
      const w = present ? 2 : 1;
      for (const [uid, color, width] of [
        ['newton-casing', STEP_CASING, 9 * w],
        ['newton-step', STEP_COLOR, 4 * w],
      ] as const) {
        out.push({
          type: 'scatter3d',
          uid,
          mode: 'lines',
          x: line.x,
          y: line.y,
          z: line.z,
          line: { color, width },
          name: t.newtonStep,
          hoverinfo: 'skip',
        } as Data);
      }
    }
    const tip = newton.tip;
    if (inBox(tip, box)) {
      out.push(
        pointTrace('newton-tip', tip, `${tipText}: T2 = %{z:.4g}`, {
          color: STEP_COLOR,
          size: present ? 9 : 6,
          symbol: 'diamond',
          line: { color: STEP_CASING, width: 2 },
        }),
      );
    }
    return out;
  }, [newton, taylor, box, present, t, tipText]);
  const tipShown = newtonTraces.some((tr) => (tr as { uid?: string }).uid === 'newton-tip');

  const data = useMemo(
    // the translucent patches last: they are blended over what is drawn before them (plotly.ts)
    () =>
      anyFinite
        ? [...(surface ? [surface] : []), anchorTrace, ...trailInfo.traces, ...pMark, ...newtonTraces, ...models]
        : [],
    [anyFinite, surface, anchorTrace, models, trailInfo, pMark, newtonTraces],
  );

  const layout = useMemo(() => {
    const zClear = present ? zTicksClearOfTitle(box.z, zGap) : null;
    const xy = xyTicks(box.x, box.y, TICKS);
    return {
      margin: { l: 0, r: 0, t: 0, b: 0 },
      showlegend: false,
      // the camera the user turned survives a change of p, focus or runs; a new domain resets it
      uirevision: domain.join(','),
      font: { family: 'system-ui, sans-serif', size: textSize(12, present) },
      scene: {
        // a handful of ticks (TICKS): each label is made into triangles when first drawn (tens
        // of milliseconds each on a software renderer), and a small 3D view reads better so
        // (y's first label left empty where it met x's at the near corner: xyTicks)
        xaxis: axis3d('x', box.x, xy.x),
        yaxis: axis3d('y', box.y, xy.y),
        zaxis: {
          type: 'linear',
          title: { text: 'f' },
          range: [...box.z],
          autorange: false,
          tickmode: 'array',
          // on a projector the larger labels keep clear of the axis title
          ...(zClear ? { tickvals: zClear.vals, ticktext: zClear.text } : { tickvals: zTicks(box.z) }),
        },
        aspectmode: 'manual',
        aspectratio: { x: 1, y: 1, z: 0.7 },
        camera: homeCamera(back),
        // the tip's label as a scene annotation: drawn over the WebGL picture, so a hill in
        // front never hides it (text in the 3D scene is depth-tested)
        annotations: tipShown && newton ? [tipLabel(newton.tip, tipText, present)] : [],
      },
    } as Partial<Layout>;
  }, [domain, box, tipShown, newton, tipText, present, back, zGap]);

  const onReady = useCallback((el: PlotlyHTMLElement) => registerPlot('surface3d', el), []);

  return (
    <div ref={wrap} className="surface-wrap" data-testid="surface-view" data-focus={focus ? 'true' : 'false'}>
      <Plot
        className="plot surface-plot"
        label={t.plotLabel}
        data={data}
        layout={layout}
        config={CONFIG}
        minInterval={120}
        holdFirst={busy}
        paintFirst
        version={version}
        onReady={onReady}
        onDrawn={(v) => markDrawn('surface3d', v)}
      />
      <div className="surface-tools">
        <button
          type="button"
          data-testid="focus-p"
          aria-pressed={focus}
          title={focus ? t.focusOff : t.focusOn}
          onClick={() => setFocus((f) => !f)}
        >
          {t.focus}
        </button>
      </div>
      {anyFinite && (
        <ul className="surface-legend" data-testid="surface-legend" aria-label={t.keyLabel}>
          {layers.drawn.map(({ order }) => (
            <li key={order} data-order={order}>
              <span className="key patch" style={{ background: taylorColor(order) }} />
              {modelName(order, t)}
              {sameAsF.has(order) && <span className="note">{t.sameAsF(order)}</span>}
            </li>
          ))}
          {layers.missing.map((k) => (
            <li key={`m${k}`} className="note" data-order={k}>
              {t.notIn3d(k)}
            </li>
          ))}
          {newtonTraces.length > 0 && newton && (
            <li data-testid="legend-newton">
              <span className="key step" />
              {t.newtonTo(tipText)}
              {!tipShown && <span className="note">{t.outsideBox}</span>}
            </li>
          )}
          {pMark.length > 0 && (
            <li>
              <span className="key dot" />p
            </li>
          )}
          {fit?.cutAbove != null && !focus && <li className="note">{t.cutAbove(fmt(fit.cutAbove, 3))}</li>}
          {trailInfo.clipped.length > 0 && (
            <li className="note" data-testid="legend-clipped">
              {t.clipped(trailInfo.clipped.map((id) => runLabel(id, lang)).join(t.listSep))}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
