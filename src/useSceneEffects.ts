// Keeps results and the address bar in step with the scene: every scene change marks the
// page busy, recomputes on the next tick (coalescing bursts of edits), and rewrites the URL.
import { useEffect } from 'react';
import { compute, resetCache, useResults } from './compute/results';
import { NAIVE_RECOMPUTE } from './views/Plot';
import { serializeScene } from './state/url';
import { useScene } from './state/store';

export function useSceneEffects(backend: string) {
  const scene = useScene((s) => s.scene);
  useEffect(() => {
    useResults.setState({ busy: true });
    const id = setTimeout(() => {
      // The benchmark's naive baseline (?bench=naive) keeps no results between changes:
      // everything is recomputed, and every view redraws every trace (Plot.tsx).
      if (NAIVE_RECOMPUTE) resetCache();
      compute(scene, backend);
    }, 0);
    const url = `${window.location.pathname}${serializeScene(scene)}${window.location.hash}`;
    window.history.replaceState(null, '', url);
    return () => clearTimeout(id);
  }, [scene, backend]);
}
