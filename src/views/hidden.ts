// The `hide` parameter (CONTRACT §1): which parts of the page are left out. One hook, so a
// panel's presence is decided in one place; the ids are listed in the README.
import type { HidePart } from '../state/scene';
import { useScene } from '../state/store';

/** Whether the part is shown (not named in `hide`). */
export function useShown(part: HidePart): boolean {
  return useScene((s) => !s.scene.hide.includes(part));
}
