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
import { currentLang, useLangStore, useMsg, type Lang } from './i18n/i18n';
import { engineMsg } from './i18n/problems';
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
/** why this engine computes (the footer's note), in a given language */
let why: (lang: Lang) => string = () => '';
/** the engine's notices, each in a given language */
const notices: ((lang: Lang) => string)[] = [];

/** Render the app with the footer's note and the notices in the language in use (again on a
 *  language switch: see boot). */
function render(root: Root) {
  const lang = currentLang();
  root.render(
    <StrictMode>
      {/* Last resort: a failure outside every panel's own boundary still shows, never a blank page. */}
      <ErrorBoundary name="app">
        <App backend={backend} why={why(lang)} notices={notices.map((n) => n(lang))} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

/** The message when no engine could start, in the language in use. */
function EngineFailed({ detail }: { detail: string }) {
  const t = useMsg(engineMsg);
  return (
    <div role="alert" className="alerts">
      {t.couldNotStart(detail)}
    </div>
  );
}

/** When WebGL's context is lost: carry on with the cpu backend, same scene, everything recomputed. */
function onContextLost(root: Root) {
  void (async () => {
    try {
      const now = await fallBackAfterContextLoss();
      backend = now;
      why = (lang) => engineMsg.in(lang).contextLostWhy(now);
      notices.push((lang) => engineMsg.in(lang).contextLost(now));
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      notices.push((lang) => engineMsg.in(lang).contextLostNone(detail));
    }
    // Cached results were computed on the lost context: compute them all again.
    resetCache();
    render(root);
  })();
}

/** Mount the app on the engine main.ts started (or the message of why none could start). */
export async function boot(engine: Promise<Started>) {
  performance.mark('tn-boot'); // the app's code has loaded and run (for the benchmark's breakdown)
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
    performance.mark('tn-render');
    render(root);
    // the footer's note and the notices follow a language switch
    useLangStore.subscribe((s, prev) => {
      if (s.lang !== prev.lang) render(root);
    });
  } catch (err) {
    root.render(<EngineFailed detail={err instanceof Error ? err.message : String(err)} />);
  }
}

installMathHooks(); // window.__tnMath: the numeric core for e2e tests and the benchmark (lead)
