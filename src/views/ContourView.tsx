// The contour map in two layers: the surface's level sets (plotly), and an SVG layer on top
// (ContourOverlay: the Taylor models' level sets around p at a few levels of their own, the
// draggable expansion point, ∇f, the Hessian's eigen-directions, the Newton step, the start,
// the trajectories, a legend, and the cursor's tooltip). Moving p redraws the SVG layer only:
// the browser then never re-rasterises f's many filled contours (on a software renderer that
// alone took 130–240 ms a move), and plotly does not redraw a figure.
import { teaches } from '../math/optimizers/registry';
import type { Config, Data, Layout, PlotlyHTMLElement } from './plotly';
import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import { useResults, type Results } from '../compute/results';
import { useMsg } from '../i18n/i18n';
import { contourMsg, slot } from '../i18n/views';
import type { GridValues } from '../math/evaluate';
import { useScene } from '../state/store';
import { textSize, usePresenting } from './presenting';
import { newtonStep } from '../math/taylor';
import { ContourOverlay } from './ContourOverlay';
import { Legend } from './marks/Legend';
import { modelLevelSets, type ModelOnPatch } from './marks/levels';
import { accuracyRegions } from './marks/accuracy';
import { useAccuracy } from './marks/AccuracyRegions';
import { equalScale, makeScales, sameGeometry, type Geometry } from './marks/scales';
import { useDrawn } from './drawn';
import { FIRST_HOLD_MS, Plot } from './Plot';
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

/** z rows for plotly. */
function rows(values: ArrayLike<number>, nx: number, ny: number, z: ZTransform): (number | null)[][] {
  const out: (number | null)[][] = [];
  for (let j = 0; j < ny; j++) {
    const row: (number | null)[] = new Array(nx);
    for (let i = 0; i < nx; i++) {
      const v = values[j * nx + i];
      row[i] = applyZ(v, z);
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
    // the overlay's own tooltip reads out x, y, f and the models at the cursor (CursorTooltip)
    hoverinfo: 'skip',
    connectgaps: false,
    name: 'f',
    showlegend: false,
  } as Data;
}

type Patch = NonNullable<Results['patch']>;

/** A shown model's values on the patch, by order (3–6 where computed: `patch.higher`). */
function patchValues(patch: Patch, order: number): ArrayLike<number> | undefined {
  const byOrder: Record<number, ArrayLike<number> | undefined> = { ...patch.higher, 1: patch.t1, 2: patch.t2 };
  return byOrder[order];
}

// Stable across renders: a new config object would make Plot redraw on every render.
const CONFIG: Partial<Config> = { scrollZoom: true, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'toImage'] };
/** In an embed the modebar would cover the map's labels in a small frame: none (a double
 *  click still resets the zoom; the wheel zooms once the map is clicked, WheelGuard). */
const EMBED_CONFIG: Partial<Config> = { scrollZoom: true, displayModeBar: false };

export function ContourView() {
  const t = useMsg(contourMsg);
  const [logBefore, logAfter] = slot(t.logLevels);
  // the page opening: the first drawing waits a moment for the runs, so it is done once, not
  // twice (a plotly drawing is the slow part of a cold load on a software renderer)
  const busy = useResults((r) => r.busy);
  const grid = useResults((r) => r.grid);
  const patch = useResults((r) => r.patch);
  const version = useResults((r) => r.version);
  const domain = useScene((s) => s.scene.domain);
  const embed = useScene((s) => s.scene.embed);
  const present = usePresenting();
  const taylor = useScene((s) => s.scene.taylor);
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const markDrawn = useDrawn((d) => d.mark);
  const [gd, setGd] = useState<PlotlyHTMLElement | null>(null);
  const [geometry, setGeometry] = useState<Geometry | null>(null);
  // the plot's box, and the room right of and below the axes' box in it (readLayout)
  const [frame, setFrame] = useState<Frame | null>(null);
  const margin = present ? PRESENT_MARGIN : MARGIN;
  // the plot area inside the base margins: the area the one-scale rule weighs (the axes take
  // all of it, or less at one scale); it does not change with the margin that rule adds below
  const area = frame ? { w: frame.width - margin.l - margin.r, h: frame.height - margin.t - margin.b } : null;
  const equal = equalScale(domain, area);
  // A map narrower than its area at one scale is shortened from below by a larger bottom
  // margin, not by plotly's constraint: the constraint leaves the x axis's title at the area's
  // bottom, detached from the axis by the unused height; the margin keeps it under the axis.
  const below =
    area && equal ? Math.max(0, Math.floor(area.h - (area.w * (domain[3] - domain[2])) / (domain[1] - domain[0]))) : 0;

  const z = useMemo(() => (grid ? zTransform(grid.v) : null), [grid]);
  const main = useMemo(() => (grid && z ? surfaceTrace(grid, z) : null), [grid, z]);

  const data = useMemo(() => (main ? [main] : []), [main]);
  const facts = useResults((r) => r.facts);
  const runs = useResults((r) => r.runs);
  const scales = useMemo(() => (geometry ? makeScales(geometry) : null), [geometry]);
  // The shown models' level sets, anchored at f(p): the level through p is every model's.
  const through = facts && Number.isFinite(facts.value) ? facts.value : NaN;
  // the shown models on the patch: their level sets, and where each is within ε of f
  const models = useMemo<ModelOnPatch[]>(
    () =>
      patch
        ? taylor.flatMap((order) => {
            const values = patchValues(patch, order);
            return values ? [{ order, values }] : [];
          })
        : [],
    [patch, taylor],
  );
  const levels = useMemo(
    () => (patch && scales ? modelLevelSets(models, patch, through, scales) : []),
    [models, patch, through, scales],
  );
  // where each shown model is within ε of f (issue 17): ε relative to f's range on the patch
  const { on: accuracyOn, eps } = useAccuracy();
  const accuracy = useMemo(
    () =>
      accuracyOn && patch && scales && facts
        ? { regions: accuracyRegions(patch.f, models, patch, eps, scales, [facts.x, facts.y]), eps }
        : null,
    [accuracyOn, eps, models, patch, scales, facts],
  );
  const valid = facts !== null && Number.isFinite(facts.value) && Number.isFinite(facts.gradNorm);
  const target = valid ? newtonStep(facts).target : null;

  const layout = useMemo(
    () =>
      ({
        margin: { ...margin, b: margin.b + below },
        // x and y at one scale where the area allows (equalScale): the axis with room to spare
        // is shortened, its range kept
        // typed, so plotly never scans the data to guess the axis type at each update
        xaxis: {
          type: 'linear',
          title: { text: 'x' },
          range: [domain[0], domain[1]],
          zeroline: false,
          constrain: 'domain',
        },
        yaxis: {
          type: 'linear',
          title: { text: 'y' },
          range: [domain[2], domain[3]],
          zeroline: false,
          constrain: 'domain',
          // a map shorter than its area keeps to the top (under the panel's title)
          constraintoward: 'top',
          ...(equal ? { scaleanchor: 'x', scaleratio: 1 } : {}),
        },
        showlegend: false,
        dragmode: 'pan',
        uirevision: domain.join(','),
        // presenter mode: 1.5× (issue 15, item 4)
        font: { family: 'system-ui, sans-serif', size: textSize(13, present) },
      }) as Partial<Layout>,
    [domain, present, equal, margin, below],
  );

  const onReady = useCallback((el: PlotlyHTMLElement) => {
    registerPlot('contour', el);
    setGd(el);
    const read = () => {
      const next = readLayout(el);
      setGeometry((cur) => (sameGeometry(cur, next?.geometry ?? null) ? cur : (next?.geometry ?? null)));
      if (!next) return;
      const f = next.frame;
      setFrame((cur) =>
        cur && cur.width === f.width && cur.height === f.height && cur.right === f.right && cur.bottom === f.bottom
          ? cur
          : f,
      );
    };
    read();
    el.on('plotly_afterplot', read);
    el.on('plotly_relayout', read);
  }, []);

  return (
    <>
      <div
        className="contour-wrap"
        data-testid="contour-view"
        // at one scale, what the map's height for its width is: y's span per x's span, and the
        // margins round the axes; an embed's map is no taller than that (classroom.css), so its
        // key follows the x axis
        style={
          equal
            ? ({
                '--map-aspect': (domain[3] - domain[2]) / (domain[1] - domain[0]),
                '--map-margin-x': `${margin.l + margin.r}px`,
                '--map-margin-y': `${margin.t + margin.b}px`,
              } as CSSProperties)
            : undefined
        }
      >
        <Plot
          className="plot contour-plot"
          label={t.plotLabel}
          data={data}
          layout={layout}
          config={embed ? EMBED_CONFIG : CONFIG}
          version={version}
          holdFirst={busy}
          holdMs={FIRST_HOLD_MS}
          onReady={onReady}
          onDrawn={(v) => markDrawn('contour', v)}
        />
        {gd && scales && (
          <ContourOverlay
            scales={scales}
            host={gd}
            levels={levels}
            patchDomain={patch?.domain ?? null}
            accuracy={accuracy}
          />
        )}
        {z?.log && (
          <span
            className="contour-note"
            data-testid="log-levels"
            // in the map's corner (at one scale the axes may not reach the plot area's edge)
            style={frame ? { right: frame.right + 4, bottom: frame.bottom + 4 } : undefined}
          >
            {logBefore}
            <sub>min</sub>
            {logAfter}
          </span>
        )}
      </div>
      <Legend
        models={levels}
        newton={target !== null && target.every(Number.isFinite)}
        eigen={valid}
        runs={runs.map((r) => r.optimizer)}
        eps={accuracy?.eps ?? null}
        trustRegion={runs.some((r) => teaches(r.optimizer, 'trust-region'))}
        lookAhead={runs.some((r) => teaches(r.optimizer, 'look-ahead') && r.iterates.length > 1)}
        restarts={runs.some((r) => r.iterates.some((it) => it.k >= 1 && it.detail?.cg?.restart))}
        sgd={runs.some((r) => teaches(r.optimizer, 'mini-batch') && r.iterates.length > 1)}
        target={surfaceId === 'linear-regression'}
      />
      <BasinsBar />
    </>
  );
}

const MARGIN = { l: 48, r: 8, t: 8, b: 40 };
// presenter mode: room for the 1.5× tick labels and titles
const PRESENT_MARGIN = { l: 64, r: 10, t: 10, b: 54 };

/** The plot's box in pixels, with the room right of and below the axes' box (for the note on
 *  the map). */
interface Frame {
  width: number;
  height: number;
  right: number;
  bottom: number;
}

/** Read from plotly's computed layout: the axes' box in pixels (all of the plot area, or less at
 *  one scale) with their ranges, and the plot's frame. */
function readLayout(el: PlotlyHTMLElement): {
  geometry: Geometry;
  frame: Frame;
} | null {
  // _fullLayout is plotly's computed layout: documented in its internals, stable for years.
  const fl = (el as unknown as { _fullLayout?: FullLayout })._fullLayout;
  if (!fl || !fl._size || !fl.xaxis || !fl.yaxis) return null;
  const { xaxis: xa, yaxis: ya } = fl;
  return {
    geometry: {
      l: xa._offset,
      t: ya._offset,
      w: xa._length,
      h: ya._length,
      xr: [xa.range[0], xa.range[1]],
      yr: [ya.range[0], ya.range[1]],
    },
    frame: {
      width: fl.width,
      height: fl.height,
      right: fl.width - xa._offset - xa._length,
      bottom: fl.height - ya._offset - ya._length,
    },
  };
}

interface FullLayout {
  width: number;
  height: number;
  _size: { l: number; t: number; w: number; h: number };
  xaxis: { range: [number, number]; _offset: number; _length: number };
  yaxis: { range: [number, number]; _offset: number; _length: number };
}
