// The one place the app takes plotly from, so the bundle it ships can be chosen here: a
// partial build from plotly.js's own sources with only the trace types the app draws. This
// module has the core and contour (scatter comes with the core): the contour map and the
// convergence plot. The 3D traces (surface, scatter3d, and WebGL's whole stack with them) are
// registered by plotly3d.ts, which only the 3D view imports: a chunk loaded after the map, so
// the first map does not wait for the 3D code to download and compile (issues 14 and 16).
import type PlotlyAPI from 'plotly.js';
import core from 'plotly.js/lib/core';
import contour from 'plotly.js/lib/contour';
// plotly's own words (the modebar's button names) in Chinese, for lang=zh (Plot.tsx's locale)
import zhCN from 'plotly.js/lib/locales/zh-cn';

const Plotly = core as typeof PlotlyAPI & { register: (modules: unknown[]) => void };
Plotly.register([contour, zhCN]);

/** plotly with the trace modules registered so far (plotly3d.ts adds the 3D ones). */
export const PlotlyCore = Plotly;
export default Plotly as typeof PlotlyAPI;
export type { Config, Data, Layout, PlotlyHTMLElement } from 'plotly.js';
