// The results as the views beside the map show them (issue 16: a map that keeps up with the
// hand). While a handle on the map is dragged, the map and its overlays draw every move; the
// 3D view and the panels that follow p (the facts, the Taylor panel and its charts) redraw at
// most every FOLLOW_MS, each time with the latest results, all in one frame, and at once when
// the handle is let go. Their redraws (plotly's 3D scene, the typeset formulas, the charts)
// were most of what a move cost the page: with them on every move the map followed at a few
// frames a second on a PC without a GPU. Without a drag they follow every change at once.
import { create } from 'zustand';
import { useResults, type Results } from '../compute/results';
import { useView } from '../state/view';

/** Least time between two redraws of the following views during a drag: 5 a second. */
export const FOLLOW_MS = 200;

export const useFollowed = create<{ r: Results }>(() => ({ r: useResults.getState() }));

let last = -Infinity;
let timer: ReturnType<typeof setTimeout> | undefined;

function sync() {
  clearTimeout(timer);
  timer = undefined;
  last = performance.now();
  show();
}

function show() {
  const r = useResults.getState();
  if (useFollowed.getState().r !== r) useFollowed.setState({ r });
}

/** New results: followed at once, or during a drag at most every FOLLOW_MS (the latest then).
 *  A change that brings no new results (the busy flag a move raises before its results, the
 *  runs' progress) is passed on at once and starts no wait: the results that follow it are
 *  not held back by it. */
function follow() {
  if (!useView.getState().dragging) return sync();
  if (timer !== undefined) return;
  if (useResults.getState().version === useFollowed.getState().r.version) return show();
  const wait = last + FOLLOW_MS - performance.now();
  if (wait <= 0) sync();
  else timer = setTimeout(sync, wait);
}

useResults.subscribe(follow);
useView.subscribe((v, prev) => {
  // a drag begins: its first move is followed at once
  if (!prev.dragging && v.dragging) last = -Infinity;
  // the drag ends: the following views catch up now
  if (prev.dragging && !v.dragging) sync();
});

/** A result as the views that follow the map show it (see above). */
export function useFollowedResults<T>(select: (r: Results) => T): T {
  return useFollowed((s) => select(s.r));
}
