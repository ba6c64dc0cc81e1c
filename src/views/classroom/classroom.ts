// Classroom state that is not part of the scene (which dialog is open, the last announcement)
// and the actions shared by the buttons and the keyboard shortcuts.
import { create } from 'zustand';
import { classroomMsg } from '../../i18n/classroom';
import { presetsFor, type Preset } from '../../math/presets';
import { withOrder, type Scene, type TaylorOrder } from '../../state/scene';
import { useScene } from '../../state/store';
import { serializeScene } from '../../state/url';
import { useView } from '../../state/view';
import { getTour, tourScene } from './tours';

/** The page runs in a sandboxed frame with an opaque origin (`sandbox` without
 *  allow-same-origin): no downloads, no popups there. */
export const SANDBOXED = typeof window !== 'undefined' && window.origin === 'null';

/** Copy text: the clipboard API where allowed, else select the field and execCommand (the
 *  field stays selected for Ctrl+C when both fail). */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    return document.execCommand?.('copy') ?? false;
  }
}

export type DialogId = 'share' | 'help' | null;

interface Classroom {
  dialog: DialogId;
  /** a short message read out and shown briefly (preset chosen, tour ended, …), in the
   *  language in use when it was said */
  notice: string;
  /** which preset N chose last, per surface */
  presetIndex: Record<string, number>;
  /** embed on a narrow frame: whether the 3D view is shown instead of hidden behind a toggle */
  show3d: boolean;
  /** whether the 3D plot is mounted (the page waits for it only then); null: not known yet */
  surfaceMounted: boolean | null;
  openDialog: (d: DialogId) => void;
  announce: (text: string) => void;
  setShow3d: (v: boolean) => void;
}

export const useClassroom = create<Classroom>((set) => ({
  dialog: null,
  notice: '',
  presetIndex: {},
  show3d: false,
  surfaceMounted: null,
  openDialog: (dialog) => set({ dialog }),
  announce: (notice) => set({ notice }),
  setShow3d: (show3d) => set({ show3d }),
}));

// ---- presets (src/math/presets.ts: a few one-click scenes per catalog surface) ----

export function presetsOf(surfaceId: string | null): Preset[] {
  return surfaceId === null ? [] : presetsFor(surfaceId);
}

/** N: the next preset of the current surface (cycling). */
export function nextPreset() {
  const { scene, setScene } = useScene.getState();
  const list = presetsOf(scene.surfaceId);
  const c = useClassroom.getState();
  const m = classroomMsg();
  if (list.length === 0) {
    c.announce(scene.surfaceId === null ? m.presetsTyped : m.presetsNone);
    return;
  }
  const key = scene.surfaceId!;
  const i = ((c.presetIndex[key] ?? -1) + 1) % list.length;
  useClassroom.setState({ presetIndex: { ...c.presetIndex, [key]: i } });
  setScene(list[i].scene);
  c.announce(m.presetOf(i + 1, list.length, list[i].title));
}

// ---- playback, overlays, page ----

export function togglePlay() {
  const v = useView.getState();
  if (v.playing) v.pause();
  else v.play();
}

export function toggleTaylor(k: TaylorOrder) {
  const { scene, setScene } = useScene.getState();
  setScene({ taylor: withOrder(scene.taylor, k, !scene.taylor.includes(k)) });
}

export function togglePresent() {
  const { scene, setScene } = useScene.getState();
  setScene({ present: !scene.present });
  useClassroom.getState().announce(scene.present ? classroomMsg().presentOff : classroomMsg().presentOn);
}

export function toggleFullscreen() {
  const doc = document;
  if (doc.fullscreenElement) {
    void doc.exitFullscreen?.().catch(() => undefined);
    return;
  }
  const el = doc.documentElement;
  if (!el.requestFullscreen || doc.fullscreenEnabled === false) {
    useClassroom.getState().announce(classroomMsg().fullscreenUnavailable);
    return;
  }
  el.requestFullscreen().catch(() => useClassroom.getState().announce(classroomMsg().fullscreenRefused));
}

// ---- tours ----

export function startTour(id: string) {
  const tour = getTour(id);
  if (!tour) return;
  const { scene } = useScene.getState();
  useScene.setState({ scene: tourScene(tour, 0, scene), problems: [] });
}

/** Move through the current tour; returns false when there is no tour or no step that way. */
export function tourStep(delta: number): boolean {
  const { scene } = useScene.getState();
  const tour = getTour(scene.tour);
  if (!tour) return false;
  const next = scene.tourStep + delta;
  if (next < 0 || next >= tour.steps.length) {
    useClassroom.getState().announce(next < 0 ? classroomMsg().firstStep : classroomMsg().lastStep);
    return false;
  }
  useScene.setState({
    scene: tourScene(tour, next, scene),
    problems: useScene.getState().problems.filter((p) => p.param !== 'step'),
  });
  return true;
}

export function endTour() {
  useScene.getState().setScene({ tour: null, tourStep: 0 });
}

// ---- links ----

/** The app's address for a scene (the same page, this scene's query). */
export function sceneUrl(scene: Scene, patch: Partial<Scene> = {}): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${serializeScene({ ...scene, ...patch })}`;
}
