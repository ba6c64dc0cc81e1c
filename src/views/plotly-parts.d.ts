// plotly.js's partial entry points are plain CommonJS without types: the core is the
// typed API of 'plotly.js'; a trace module is only handed to Plotly.register.
declare module 'plotly.js/lib/core' {
  import type Plotly from 'plotly.js';
  const core: typeof Plotly;
  export default core;
}
declare module 'plotly.js/lib/contour' {
  const trace: unknown;
  export default trace;
}
declare module 'plotly.js/lib/surface' {
  const trace: unknown;
  export default trace;
}
declare module 'plotly.js/lib/scatter3d' {
  const trace: unknown;
  export default trace;
}
declare module 'plotly.js/lib/locales/zh-cn' {
  const locale: unknown;
  export default locale;
}
