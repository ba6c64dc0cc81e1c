// Which results version each view has finished drawing: the page is ready (data-ready)
// when every view has drawn the current version.
import { create } from 'zustand';

export const VIEWS = ['contour', 'surface3d', 'convergence'] as const;
export type View = (typeof VIEWS)[number];

interface Drawn {
  versions: Record<string, number>;
  mark: (view: string, version: number) => void;
}

/** Benchmark hook (npm run bench, not part of the contract): when the page has an array at
 *  window.__tnDrawnLog, every finished drawing is appended to it with its time. */
interface DrawnLog {
  __tnDrawnLog?: { view: string; version: number; t: number }[];
}

export const useDrawn = create<Drawn>((set, get) => ({
  versions: {},
  mark: (view, version) => {
    const log = typeof window === 'undefined' ? undefined : (window as DrawnLog).__tnDrawnLog;
    log?.push({ view, version, t: performance.now() });
    if (get().versions[view] !== version) set({ versions: { ...get().versions, [view]: version } });
  },
}));
