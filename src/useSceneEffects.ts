// Keeps results and the address bar in step with the scene: every scene change marks the
// page busy, recomputes once the change has been committed (one computation for a burst of
// edits in one task), and rewrites the URL (not during a drag: on its release).
import { useEffect, useRef } from 'react';
import { compute, resetCache, useResults } from './compute/results';
import { afterPaint } from './views/afterPaint';
import { NAIVE_RECOMPUTE } from './views/Plot';
import { serializeScene } from './state/url';
import { useScene } from './state/store';
import { useView } from './state/view';

export function useSceneEffects(backend: string) {
  const scene = useScene((s) => s.scene);
  // a data point under the pointer: the map computes a draft grid until it is let go
  const draft = useView((v) => v.dataDragging);
  const computedFor = useRef<string | null>(null);
  useEffect(() => {
    useResults.setState({ busy: true });
    // In a microtask, not a later task: the results then reach the views before the browser
    // paints the change that caused them (the moved p), so a drag costs one frame per move,
    // not two. (On a software renderer every frame is expensive, and the second one used to
    // make the computation wait for the GPU to finish the first.)
    // The first computation (the page opening, or a new backend) waits for a frame instead:
    // the page is painted first, not after the surface and the shaders are ready.
    let cancelled = false;
    const run = () => {
      if (cancelled) return;
      // The benchmark's naive baseline (?bench=naive) keeps no results between changes:
      // everything is recomputed, and every view redraws every trace (Plot.tsx).
      if (NAIVE_RECOMPUTE) resetCache();
      compute(scene, backend, draft);
    };
    // after the next frame (a task alone ran before the browser painted: the first paint then
    // waited for the whole first computation, ~0.8 s on a cold load)
    let cancelFirst = () => undefined as void;
    if (computedFor.current !== backend) cancelFirst = afterPaint(run);
    else queueMicrotask(run);
    computedFor.current = backend;
    return () => {
      cancelled = true;
      cancelFirst();
    };
  }, [scene, backend, draft]);
  // The address follows every change, except during a drag (a data point's: the link then
  // carries every row, up to 500; a handle's on the map: p or the start, ~4 ms a move on a
  // school PC), when it would be rewritten at each frame for nothing: it is written once on
  // release (this effect runs again when the drag ends).
  const handleDrag = useView((v) => v.dragging);
  useEffect(() => {
    if (draft || handleDrag) return;
    const url = `${window.location.pathname}${serializeScene(scene)}${window.location.hash}`;
    window.history.replaceState(null, '', url);
  }, [scene, draft, handleDrag]);
}
