// Boot: read the URL into the scene and start the numeric engine at once, while the app's own
// code (React, plotly's core, the views: boot.tsx) is fetched and evaluated. The engine's
// download and WebAssembly compilation then overlap the evaluation of the app's code instead of
// following it (issues 14 and 16: cold load).
import { preloadWasm, probeGraphics, startBackend, type Started } from './compute/backend';
import { engineMsg } from './i18n/problems';
import { useScene } from './state/store';
import { holdFirstScreen, reveal } from './reveal';
import { loadKatex } from './views/katex-loader';

useScene.getState().loadUrl(window.location.search);
// the first screen appears at once when drawn (reveal.ts); the shell says what is loading
holdFirstScreen();
const shellMsg = document.getElementById('boot-shell-msg');
if (shellMsg) shellMsg.textContent = engineMsg().loading;
const forced = useScene.getState().scene.backend;
// timed for the benchmark: choosing and starting the engine (probe included)
performance.mark('tn-engine-start');
const probe = probeGraphics();
// the wasm engine's binary downloads from now on where that engine comes first
preloadWasm(forced, probe);
const engine: Promise<Started> = startBackend(forced, probe).finally(() =>
  performance.measure('tn-engine', 'tn-engine-start'),
);
// never an unhandled rejection: boot.tsx reports a failure to start
engine.catch(() => undefined);
// KaTeX downloads beside the app's code (views/katex-loader.ts)
void loadKatex();
import('./boot')
  .then((m) => m.boot(engine))
  .catch((err: unknown) => {
    // the app's code did not load (a lost connection, a stale deployment): say so, never a blank page
    reveal(document, 'failed');
    const root = document.getElementById('root');
    if (!root) return;
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.className = 'alerts';
    alert.textContent = engineMsg().couldNotLoad(err instanceof Error ? err.message : String(err));
    root.replaceChildren(alert);
  });
