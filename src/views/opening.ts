// Where playback opens when the next runs arrive, asked for by a control that adds an
// optimizer to show something mid-run (a folded teaching panel's "Add BFGS"). Consumed once.
import { create } from 'zustand';

interface Opening {
  /** the iteration the next new runs open at, or null for their end */
  pending: number | null;
  openNextAt: (k: number | null) => void;
  /** the pending iteration, cleared */
  take: () => number | null;
}

export const useOpening = create<Opening>((set, get) => ({
  pending: null,
  openNextAt: (k) => set({ pending: k }),
  take: () => {
    const k = get().pending;
    if (k !== null) set({ pending: null });
    return k;
  },
}));
