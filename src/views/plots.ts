// A registry of the drawn plotly elements by view name, for exports (PNG) and tests.
import type { PlotlyHTMLElement } from './plotly';

export type ViewName = 'contour' | 'surface3d' | 'convergence';

const plots = new Map<ViewName, PlotlyHTMLElement>();

export function registerPlot(name: ViewName, el: PlotlyHTMLElement | null) {
  if (el) plots.set(name, el);
  else plots.delete(name);
}

export function getPlot(name: ViewName): PlotlyHTMLElement | undefined {
  return plots.get(name);
}
