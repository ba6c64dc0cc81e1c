// A thin React wrapper over Plotly.react: draws the given traces and layout, and reports
// when the drawing for a given version has finished (the page's data-ready hook). A change
// is drawn as soon as the task that made it is done (a microtask: in the same frame as the
// rest of the page, such as the moved p, rather than one frame later); while a drawing is in
// flight, only the latest figure is drawn next, so a slow view drops frames instead of
// queueing them. A new version whose traces, layout and config are the very same objects as
// the last drawing is reported drawn without redrawing (the views memoise what did not
// change).
import { afterPaint } from './afterPaint';
import { useLang } from '../i18n/i18n';
import Plotly from './plotly';
import type { Config, Data, Layout, PlotlyHTMLElement } from './plotly';
import { useEffect, useRef } from 'react';

export interface PlotProps {
  data: Data[];
  layout: Partial<Layout>;
  config?: Partial<Config>;
  version: number;
  onDrawn?: (version: number) => void;
  onReady?: (el: PlotlyHTMLElement) => void;
  className?: string;
  label: string;
  /** least milliseconds between the end of one redraw and the start of the next (slow views) */
  minInterval?: number;
  /** While true, the first drawing waits (at most HOLD_MS): a slow view whose next version is
   *  moments away (the runs, computed after the surface) is then drawn once, not twice. */
  holdFirst?: boolean;
  /** the longest the first drawing waits for `holdFirst` to clear (ms) */
  holdMs?: number;
  /** The first drawing starts after the next frame: a slow one (the 3D view's first, ~1 s on
   *  a software renderer) then never keeps the other views' drawings off the screen. */
  paintFirst?: boolean;
}

/** The longest a first drawing waits for `holdFirst` to clear, by default. */
export const HOLD_MS = 1500;
/** The same for the map and the convergence plot: the first picture a student sees. */
export const FIRST_HOLD_MS = 700;

/** Benchmark switch (npm run bench; not part of the contract, ignored otherwise): with
 *  `?bench=naive` every change recomputes every result (no cache, useSceneEffects) and
 *  redraws every trace of the view from fresh copies: the baseline the drag-to-repaint
 *  figure is compared with. */
const BENCH = typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('bench');
export const NAIVE = BENCH === 'naive' || BENCH === 'naive-redraw';
/** `?bench=naive` also recomputes every result on every change; `naive-redraw` only redraws. */
export const NAIVE_RECOMPUTE = BENCH === 'naive';

interface Figure {
  data: Data[];
  layout: Partial<Layout>;
  config?: Partial<Config>;
  version: number;
  /** plotly's own words (the modebar's buttons) in the interface's language */
  locale: string;
}

const LAYER = { willChange: 'transform' } as const;

const sameFigure = (a: Figure | null, b: Figure) =>
  a !== null &&
  a.layout === b.layout &&
  a.config === b.config &&
  a.locale === b.locale &&
  a.data.length === b.data.length &&
  a.data.every((t, i) => t === b.data[i]);

export function Plot({
  data,
  layout,
  config,
  version,
  onDrawn,
  onReady,
  className,
  label,
  minInterval = 0,
  holdFirst = false,
  holdMs = HOLD_MS,
  paintFirst = false,
}: PlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const locale = useLang() === 'zh' ? 'zh-CN' : 'en';
  const state = useRef({
    ready: false,
    busy: false,
    scheduled: false,
    pending: null as Figure | null,
    drawn: null as Figure | null,
    alive: true,
    holdUntil: 0,
  });
  const callbacks = useRef({ onDrawn, onReady });
  useEffect(() => {
    callbacks.current = { onDrawn, onReady };
  });

  useEffect(() => {
    const el = ref.current;
    const s = state.current;
    if (!el) return;
    const holdTimers: ReturnType<typeof setTimeout>[] = [];
    const cancels: (() => void)[] = [];
    const flush = () => {
      s.scheduled = false;
      const fig = s.pending;
      s.pending = null;
      if (!fig || !s.alive) return;
      if (!NAIVE && s.ready && sameFigure(s.drawn, fig)) {
        callbacks.current.onDrawn?.(fig.version);
        return;
      }
      s.busy = true;
      Plotly.react(el, NAIVE ? structuredClone(fig.data) : fig.data, fig.layout, {
        displaylogo: false,
        // plotly 4 shows a button that uploads the chart to an external server: never here
        showSendToCloud: false,
        responsive: true,
        locale: fig.locale,
        ...fig.config,
      })
        .then((gd) => {
          if (!s.alive) return;
          s.drawn = fig;
          if (!s.ready) {
            s.ready = true;
            callbacks.current.onReady?.(gd);
          }
          callbacks.current.onDrawn?.(fig.version);
        })
        .catch(() => undefined)
        .finally(() => {
          // Leave the main thread to input for a moment before drawing what came meanwhile.
          setTimeout(() => {
            s.busy = false;
            schedule();
          }, minInterval);
        });
    };
    const schedule = () => {
      if (holdFirst && !s.ready) {
        // the first drawing waits for the next version, but never longer than holdMs
        if (!s.holdUntil) s.holdUntil = performance.now() + holdMs;
        const left = s.holdUntil - performance.now();
        if (left > 0) {
          const t = setTimeout(schedule, left);
          holdTimers.push(t);
          return;
        }
      }
      if (s.pending && !s.busy && !s.scheduled && s.alive) {
        s.scheduled = true;
        if (paintFirst && !s.ready) {
          // after the next frame: what the other views drew in this task is on screen before
          // this (long) drawing starts
          cancels.push(afterPaint(flush));
        } else queueMicrotask(flush);
      }
    };
    s.pending = { data, layout, config, version, locale };
    schedule();
    return () => {
      holdTimers.forEach(clearTimeout);
      cancels.forEach((c) => c());
      // a first drawing put off to the next frame and cancelled here is scheduled again by
      // the next run of this effect
      if (paintFirst && !s.ready) s.scheduled = false;
    };
  }, [data, layout, config, version, locale, minInterval, holdFirst, holdMs, paintFirst]);

  // Follow the box, not only the window (plotly's `responsive` listens to window resizes):
  // presenter mode, a tour or a panel appearing changes the box alone (issue 15, item 2).
  // At most one resize a frame; none before the first drawing (that one takes the box's size).
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const s = state.current;
    let frame = 0;
    let last = '';
    const ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
      if (size === last) return;
      last = size;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!s.alive || !s.ready || box.width === 0 || box.height === 0) return;
        // typed void, but a promise that rejects if the div is hidden meanwhile
        Promise.resolve(Plotly.Plots.resize(el) as unknown).catch(() => undefined);
      });
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    const s = state.current;
    s.alive = true;
    return () => {
      s.alive = false;
      s.drawn = null;
      if (el) Plotly.purge(el);
    };
  }, []);
  // Its own compositing layer: what moves on top of a plot (the contour map's SVG layer with
  // the point, arrows and trails) then never makes the browser re-rasterise the plot.
  return <div ref={ref} className={className} role="figure" aria-label={label} style={LAYER} />;
}
