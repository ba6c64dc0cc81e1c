// The one place the app takes plotly from, so the bundle it ships can be chosen here.
import Plotly from 'plotly.js-dist-min';

export default Plotly;
export type { Config, Data, Layout, PlotlyHTMLElement } from 'plotly.js-dist-min';
