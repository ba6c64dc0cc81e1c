// Interaction state that is not part of the shared scene: the playback position shared by
// all runs, whether it is playing, and what is under the cursor on the contour map.
import { create } from 'zustand';

export const SPEEDS = [1, 2, 5, 10, 25] as const; // iterations per second × 2 (see Playback)

export interface ViewStore {
  /** the scrubbed iteration, shared by all runs (each run shows iterates 0..min(iter, its last)) */
  iter: number;
  /** the largest iteration of any run: the scrubber's end */
  maxIter: number;
  playing: boolean;
  /** iterations advanced per second while playing */
  speed: number;
  /** data coordinates under the pointer on the contour map, or null */
  cursor: [number, number] | null;
  /** true while the expansion point is being dragged (views may draw cheaply meanwhile) */
  dragging: boolean;
  /** true while a data point is dragged in the data panel (the 3D view keeps its surface until release) */
  dataDragging: boolean;
  /** the map shades where each shown model is within ε of f (issue 17) */
  accuracyOn: boolean;
  /** ε as log10 of a fraction of f's range on the patch (−2: 1 %) */
  accuracyLog: number;
  setIter: (k: number) => void;
  setMaxIter: (k: number) => void;
  play: () => void;
  pause: () => void;
  step: (delta: number) => void;
  reset: () => void;
  setSpeed: (s: number) => void;
  setCursor: (c: [number, number] | null) => void;
  setDragging: (d: boolean) => void;
  setDataDragging: (d: boolean) => void;
  setAccuracy: (a: { on?: boolean; log?: number }) => void;
}

const clamp = (k: number, max: number) => Math.max(0, Math.min(max, Math.round(k)));

export const useView = create<ViewStore>((set, get) => ({
  iter: 0,
  maxIter: 0,
  playing: false,
  speed: 10,
  cursor: null,
  dragging: false,
  dataDragging: false,
  accuracyOn: false,
  accuracyLog: -2,
  setIter: (k) => set({ iter: clamp(k, get().maxIter) }),
  // New runs: show them whole (the scene as linked), unless playback is running.
  setMaxIter: (k) => set({ maxIter: k, iter: get().playing ? Math.min(get().iter, k) : k }),
  play: () => {
    const { iter, maxIter } = get();
    set({ playing: true, iter: iter >= maxIter ? 0 : iter });
  },
  pause: () => set({ playing: false }),
  step: (delta) => set({ playing: false, iter: clamp(get().iter + delta, get().maxIter) }),
  reset: () => set({ playing: false, iter: 0 }),
  setSpeed: (s) => set({ speed: s }),
  setCursor: (c) => set({ cursor: c }),
  setDragging: (d) => set({ dragging: d }),
  setDataDragging: (d) => set({ dataDragging: d }),
  setAccuracy: ({ on, log }) => set((v) => ({ accuracyOn: on ?? v.accuracyOn, accuracyLog: log ?? v.accuracyLog })),
}));
