// Which results version each view has finished drawing: the page is ready (data-ready)
// when every view has drawn the current version.
import { create } from 'zustand';

export const VIEWS = ['contour', 'surface3d', 'convergence'] as const;

interface Drawn {
  versions: Record<string, number>;
  mark: (view: string, version: number) => void;
}

export const useDrawn = create<Drawn>((set, get) => ({
  versions: {},
  mark: (view, version) => {
    if (get().versions[view] !== version) set({ versions: { ...get().versions, [view]: version } });
  },
}));
