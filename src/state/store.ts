// The one store: the scene (what the user chose), the problems to show, and the actions
// that edit them. Components select the narrowest slice they need.
import { create } from 'zustand';
import { getSurface } from '../math/surfaces';
import type { Scene } from './scene';
import { defaultScene, parseScene, surfaceDefaults, type Problem } from './url';

export interface SceneStore {
  scene: Scene;
  /** problems with the URL or an input field, shown as alerts until the field is fixed */
  problems: Problem[];
  setScene: (patch: Partial<Scene>) => void;
  /** switch to a catalog surface: its domain, point, start and step size come with it */
  pickSurface: (id: string) => void;
  /** switch to a typed formula (already validated) */
  setFormula: (formula: string) => void;
  /** record (or clear, with message null) the problem of one field */
  setProblem: (param: string, message: string | null) => void;
  loadUrl: (search: string) => void;
}

export const useScene = create<SceneStore>((set, get) => ({
  scene: defaultScene(),
  problems: [],
  setScene: (patch) => set({ scene: { ...get().scene, ...patch } }),
  pickSurface: (id) => {
    const s = getSurface(id);
    if (!s) return;
    const d = surfaceDefaults(id);
    set({
      scene: {
        ...get().scene,
        surfaceId: id,
        formula: s.formula,
        data: null,
        domain: d.domain,
        point: d.point,
        start: d.start,
        lr: d.lr,
      },
      problems: get().problems.filter((p) => p.param !== 'f' && p.param !== 'surface' && p.param !== 'data'),
    });
  },
  setFormula: (formula) => {
    const cur = get().scene;
    const d = surfaceDefaults(null, cur.surfaceId === null ? cur.domain : undefined);
    const domain = cur.surfaceId === null ? cur.domain : d.domain;
    const next =
      cur.surfaceId === null
        ? { point: cur.point, start: cur.start, lr: cur.lr }
        : { point: d.point, start: d.start, lr: d.lr };
    set({
      scene: { ...cur, surfaceId: null, formula, data: null, domain, ...next },
      problems: get().problems.filter((p) => p.param !== 'f'),
    });
  },
  setProblem: (param, message) => {
    const rest = get().problems.filter((p) => p.param !== param);
    set({ problems: message ? [...rest, { param, message }] : rest });
  },
  loadUrl: (search) => {
    const { scene, problems } = parseScene(search, get().scene);
    set({ scene, problems });
  },
}));
