// A thin React wrapper over Plotly.react: draws the given traces and layout, and reports
// when the drawing for a given version has finished (the page's data-ready hook). Redraws
// are coalesced: while one is in flight, only the latest figure is drawn next, so a slow
// view (3D on a software renderer) drops frames instead of queueing them.
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
}

interface Figure {
  data: Data[];
  layout: Partial<Layout>;
  config?: Partial<Config>;
  version: number;
}

export function Plot({ data, layout, config, version, onDrawn, onReady, className, label, minInterval = 0 }: PlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const state = useRef({ ready: false, busy: false, pending: null as Figure | null, alive: true });
  const callbacks = useRef({ onDrawn, onReady });
  useEffect(() => {
    callbacks.current = { onDrawn, onReady };
  });

  useEffect(() => {
    const el = ref.current;
    const s = state.current;
    if (!el) return;
    const draw = (fig: Figure) => {
      s.busy = true;
      Plotly.react(el, fig.data, fig.layout, { displaylogo: false, responsive: true, ...fig.config })
        .then((gd) => {
          if (!s.alive) return;
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
            const next = s.pending;
            s.pending = null;
            if (next && s.alive) draw(next);
          }, minInterval);
        });
    };
    const fig = { data, layout, config, version };
    if (s.busy) s.pending = fig;
    else draw(fig);
  }, [data, layout, config, version, minInterval]);

  useEffect(() => {
    const el = ref.current;
    const s = state.current;
    s.alive = true;
    return () => {
      s.alive = false;
      if (el) Plotly.purge(el);
    };
  }, []);
  return <div ref={ref} className={className} role="img" aria-label={label} />;
}
