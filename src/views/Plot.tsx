// A thin React wrapper over Plotly.react: draws the given traces and layout, and reports
// when the drawing for a given version has finished (the page's data-ready hook).
import Plotly from 'plotly.js-dist-min';
import type { Config, Data, Layout, PlotlyHTMLElement } from 'plotly.js-dist-min';
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
}

export function Plot({ data, layout, config, version, onDrawn, onReady, className, label }: PlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const ready = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    Plotly.react(el, data, layout, { displaylogo: false, responsive: true, ...config }).then((gd) => {
      if (cancelled) return;
      if (!ready.current) {
        ready.current = true;
        onReady?.(gd);
      }
      onDrawn?.(version);
    });
    return () => {
      cancelled = true;
    };
    // Redraw only when the figure changes; callbacks are stable enough for this purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, layout, config, version]);
  useEffect(() => {
    const el = ref.current;
    return () => {
      if (el) Plotly.purge(el);
    };
  }, []);
  return <div ref={ref} className={className} role="img" aria-label={label} />;
}
