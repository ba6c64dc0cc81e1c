// Keyboard shortcuts, in every mode (normal, presenter, embed): one table that both the key
// handler and the help dialog read, so the list shown is the list that works. Keys are left
// alone while the user types in a field, and where the focused control has its own use for
// them (Space on a button, arrows on a slider or the point handle).
import { useEffect } from 'react';
import type { shortcutMsg } from '../../i18n/classroom';
import { useScene } from '../../state/store';
import { useView } from '../../state/view';
import {
  nextPreset,
  togglePlay,
  togglePresent,
  toggleFullscreen,
  toggleTaylor,
  tourStep,
  useClassroom,
} from './classroom';

export interface Shortcut {
  /** keys as shown in the help dialog */
  keys: string[];
  /** KeyboardEvent.key values that trigger it */
  match: string[];
  /** what it does: its key in shortcutMsg (src/i18n/classroom.ts), which the help dialog shows */
  does: keyof typeof shortcutMsg.en;
  /** the event's key is passed, for rows that match several keys */
  run: (key: string) => void;
  /** only while a tour is on (else the key keeps its usual meaning, e.g. PageDown scrolls) */
  tourOnly?: boolean;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['Space'], match: [' '], does: 'play', run: togglePlay },
  { keys: ['→'], match: ['ArrowRight'], does: 'forward', run: () => useView.getState().step(1) },
  { keys: ['←'], match: ['ArrowLeft'], does: 'back', run: () => useView.getState().step(-1) },
  { keys: ['R'], match: ['r', 'R'], does: 'reset', run: () => useView.getState().reset() },
  { keys: ['1'], match: ['1'], does: 't1', run: () => toggleTaylor(1) },
  { keys: ['2'], match: ['2'], does: 't2', run: () => toggleTaylor(2) },
  {
    keys: ['3', '4', '5', '6'],
    match: ['3', '4', '5', '6'],
    does: 'higher',
    run: (key) => toggleTaylor(Number(key) as 3 | 4 | 5 | 6),
  },
  { keys: ['N'], match: ['n', 'N'], does: 'preset', run: nextPreset },
  { keys: ['P'], match: ['p', 'P'], does: 'present', run: togglePresent },
  { keys: ['F'], match: ['f', 'F'], does: 'fullscreen', run: toggleFullscreen },
  {
    keys: ['PageDown', ']'],
    match: ['PageDown', ']'],
    does: 'tourNext',
    run: () => tourStep(1),
    tourOnly: true,
  },
  {
    keys: ['PageUp', '['],
    match: ['PageUp', '['],
    does: 'tourPrev',
    run: () => tourStep(-1),
    tourOnly: true,
  },
  {
    keys: ['?'],
    match: ['?'],
    does: 'help',
    run: () => useClassroom.getState().openDialog('help'),
  },
];

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

/** Whether the focused element uses this key itself. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || (target as HTMLElement).isContentEditable) return true;
  if (target instanceof HTMLInputElement) {
    if (TEXT_INPUTS.has(target.type)) return true;
    if (target.type === 'range')
      return key.startsWith('Arrow') || key.startsWith('Page') || key === 'Home' || key === 'End';
    return key === ' ';
  }
  if (target instanceof HTMLSelectElement) return key === ' ' || key.startsWith('Arrow');
  if (key === ' ' || key === 'Enter') {
    return target.matches('button, a[href], summary, [role=button], [role=checkbox], [role=switch], [role=menuitem]');
  }
  if (key.startsWith('Arrow'))
    return target.matches('[role=slider], [role=radio], [role=tab], [role=listbox] *, [role=menu] *');
  return false;
}

export function useShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      // An open dialog has the keyboard to itself (Escape closes it).
      if (document.querySelector('dialog[open]')) return;
      if (useClassroom.getState().dialog !== null) useClassroom.getState().openDialog(null);
      if (ownsKey(e.target, e.key)) return;
      const s = SHORTCUTS.find((k) => k.match.includes(e.key));
      if (!s) return;
      if (s.tourOnly && useScene.getState().scene.tour === null) return;
      e.preventDefault();
      s.run(e.key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
