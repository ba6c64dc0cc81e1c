// The one store: the scene (what the user chose), the problems to show, and the actions
// that edit them. Components select the narrowest slice they need.
import { create } from 'zustand';
import { resolveLang, setLang } from '../i18n/i18n';
import { getSurface } from '../math/surfaces';
import type { LockField, Scene } from './scene';
import { defaultScene, parseScene, surfaceDefaults, urlProblems, type Problem } from './url';

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
  /** a scene loaded from an export file: its own fields (locked ones excepted) replace the
   *  scene's; how this page is shown (embed, presenter, hide, lock, language…) stays */
  loadScene: (scene: Scene, problems: Problem[]) => void;
}

/** How the page is shown, not what it shows: a loaded scene leaves these as they are. */
const PAGE_KEYS = [
  'embed',
  'present',
  'hide',
  'lock',
  'resize',
  'lang',
  'backend',
  'tour',
  'tourStep',
  'grid',
] as const;

/** The scene fields each `lock` id fixes (CONTRACT §1 `lock`: URL parameter names). */
const LOCKED_KEYS: Record<LockField, (keyof Scene)[]> = {
  surface: ['surfaceId', 'formula', 'data'],
  f: ['surfaceId', 'formula', 'data'],
  domain: ['domain'],
  point: ['point'],
  taylor: ['taylor'],
  start: ['start'],
  opt: ['opt'],
  lr: ['lr'],
  beta: ['beta'],
  h: ['h'],
  steps: ['steps'],
  tol: ['tol'],
  grid: ['grid'],
  m: ['m'],
  radius: ['radius'],
  batch: ['batch'],
  seed: ['seed'],
  data: ['data'],
  dir: ['dir'],
  lang: ['lang'],
  patch: ['patch'],
  basins: ['basins'],
};

/** An edit with the locked fields left out: a viewer's edit never changes them. */
export function unlocked(lock: readonly LockField[], patch: Partial<Scene>): Partial<Scene> {
  if (lock.length === 0) return patch;
  const out: Partial<Scene> = { ...patch };
  for (const l of lock) for (const k of LOCKED_KEYS[l]) delete out[k];
  // the page's own set-up stays as the link made it
  delete out.lock;
  delete out.hide;
  return out;
}

/** Whether the viewer may change the field (not named in `lock`). */
export const isLocked = (scene: Scene, field: LockField) => scene.lock.includes(field);

export const useScene = create<SceneStore>((set, get) => ({
  scene: defaultScene(),
  problems: [],
  setScene: (patch) => set({ scene: { ...get().scene, ...unlocked(get().scene.lock, patch) } }),
  pickSurface: (id) => {
    const s = getSurface(id);
    if (!s || isLocked(get().scene, 'surface') || isLocked(get().scene, 'f')) return;
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
    if (isLocked(cur, 'surface') || isLocked(cur, 'f')) return;
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
    const base = get().scene;
    const { scene, problems } = parseScene(search, base);
    // each in every language: the banner follows a switch of language
    set({ scene, problems: urlProblems(search, base, problems) });
  },
  loadScene: (loaded, problems) => {
    const cur = get().scene;
    const patch: Partial<Scene> = { ...loaded };
    for (const k of PAGE_KEYS) delete patch[k];
    set({ scene: { ...cur, ...unlocked(cur.lock, patch) }, problems });
  },
}));

// The interface's language follows the scene's `lang` (or the browser's when it names none).
setLang(resolveLang(useScene.getState().scene.lang));
useScene.subscribe((s, prev) => {
  if (s.scene.lang !== prev.scene.lang) setLang(resolveLang(s.scene.lang));
});
