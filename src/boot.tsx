// The app, mounted once the engine has started (main.ts starts it while this module's code,
// React and plotly's core, is still loading). Also the recovery from a lost WebGL context (fall
// back to cpu, keep the scene, recompute) and a small read-only page hook, window.__tn, for
// tests and for reading memory figures in a long session.
import * as tf from '@tensorflow/tfjs-core';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { fallBackAfterContextLoss, loseContextForTest, watchContextLoss, type Started } from './compute/backend';
import { installMathHooks } from './compute/debug';
import { resetCache } from './compute/results';
import type { Backend } from './state/scene';
import { crashPanel, ErrorBoundary } from './views/ErrorBoundary';
import './styles.css';

/** The page hook: memory figures, the backend in use, and test triggers that harm nothing. */
export interface PageHook {
  memory: () => tf.MemoryInfo;
  backend: () => string;
  /** lose the WebGL context as a GPU reset would (false when not on webgl) */
  loseContext: () => boolean;
  /** make the named panel throw on its next render, once */
  crash: (panel: string) => void;
}

declare global {
  interface Window {
    __tn?: PageHook;
  }
}

let backend: Backend = 'cpu';
/** why this engine computes (the footer's note) */
let why = '';
const notices: string[] = [];

function render(root: Root) {
  root.render(
    <StrictMode>
      {/* Last resort: a failure outside every panel's own boundary still shows, never a blank page. */}
      <ErrorBoundary name="app">
        <App backend={backend} why={why} notices={[...notices]} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

/** When WebGL's context is lost: carry on with the cpu backend, same scene, everything recomputed. */
function onContextLost(root: Root) {
  void (async () => {
    try {
      backend = await fallBackAfterContextLoss();
      why = `the WebGL context was lost: computing on the CPU (${backend})`;
      notices.push(
        `backend: the WebGL context was lost; continuing on ${backend}, which is slower. Reload the page to try WebGL again.`,
      );
    } catch (err) {
      notices.push(
        `backend: the WebGL context was lost and no other backend could start: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    // Cached results were computed on the lost context: compute them all again.
    resetCache();
    render(root);
  })();
}

/** Mount the app on the engine main.ts started (or the message of why none could start). */
export async function boot(engine: Promise<Started>) {
  const root = createRoot(document.getElementById('root')!);
  window.__tn = {
    memory: () => tf.memory(),
    backend: () => tf.getBackend(),
    loseContext: loseContextForTest,
    crash: crashPanel,
  };
  try {
    const started = await engine;
    backend = started.backend;
    why = started.why;
    if (started.notice) notices.push(started.notice);
    watchContextLoss(() => onContextLost(root));
    render(root);
  } catch (err) {
    root.render(
      <div role="alert" className="alerts">
        The numeric engine could not start: {err instanceof Error ? err.message : String(err)}
      </div>,
    );
  }
}

installMathHooks(); // window.__tnMath: the numeric core for e2e tests and the benchmark (lead)
