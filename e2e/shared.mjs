// Shared by the Playwright configs, the specs and the checks in other rooms (plain ESM, so
// node scripts and TypeScript both import it; types in shared.d.mts).

/** Chromium's flags for every run here: no sandbox (root), nothing reaching the network. */
export const CHROMIUM_COMMON_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** …and WebGL through SwiftShader (headless; software WebGL2 with float32 targets). */
export const CHROMIUM_ARGS = [
  ...CHROMIUM_COMMON_ARGS,
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** A course page on its own origin with the app framed at an offset, full and embedded. */
export function coursePageHtml(base) {
  return `<!doctype html><html><body style="margin:0">
    <h1 style="height:200px;margin:0">Week 3: Taylor models</h1>
    <iframe id="full" src="${base}/?surface=himmelblau&point=1,1"
      style="position:absolute;left:151px;top:221px;border:0" width="1100" height="900"></iframe>
    <iframe id="embed" src="${base}/?embed=1&surface=himmelblau&point=1,1"
      style="position:absolute;left:83px;top:1200px;border:0" width="900" height="700"></iframe>
    <div style="height:2400px"></div></body></html>`;
}
