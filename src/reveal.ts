// The first screen appears at once, when it is drawn, instead of panel by panel (issues 14 and
// 16: cold load). While the app's code loads and the views draw for the first time, the page
// shows the static shell of index.html (the app's name and a line saying it is loading) and the
// app's root is laid out but not painted: on a machine whose graphics are software, every
// intermediate frame the page would show (the header alone, the map without the 3D view, …) is
// rasterised and composited on the CPU that the load itself needs (measured: ~0.6 s of a ~5 s
// load, `npm run bench`, coldLoad). The root is shown
// - when the app is first data-ready (App.tsx), or
// - as soon as an alert is in the page (a URL problem, an engine that could not start, a panel
//   that failed: never a message hidden behind the shell), or
// - after HOLD_MS in any case (a machine slower than that sees the page build up as before).

/** The longest the root stays hidden, in ms from the start of main.ts. */
export const HOLD_MS = 6000;

let shown = false;
let observer: MutationObserver | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

/** Hide the app's root until reveal() (main.ts, at start). `doc` for tests. */
export function holdFirstScreen(doc: Document = document, holdMs = HOLD_MS): void {
  if (shown) return;
  const root = doc.getElementById('root');
  doc.documentElement.setAttribute('data-loading', '');
  timer = setTimeout(() => reveal(doc, 'timeout'), holdMs);
  if (root && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      if (root.querySelector('[role="alert"]')) reveal(doc, 'alert');
    });
    observer.observe(root, { childList: true, subtree: true });
  }
}

/** Why the root was shown: the app drawn, an alert, the time limit, or the app failing to load. */
export type RevealCause = 'ready' | 'alert' | 'timeout' | 'failed';

/** Show the app's root and remove the loading shell (once; later calls do nothing). The cause
 *  is kept on the root element (`data-shown-by`) for tests. */
export function reveal(doc: Document = document, cause: RevealCause = 'ready'): void {
  if (shown) return;
  shown = true;
  doc.documentElement.setAttribute('data-shown-by', cause);
  observer?.disconnect();
  observer = null;
  if (timer !== null) clearTimeout(timer);
  timer = null;
  doc.documentElement.removeAttribute('data-loading');
  doc.getElementById('boot-shell')?.remove();
}

/** Whether the root is shown (for tests). */
export const revealed = (): boolean => shown;
