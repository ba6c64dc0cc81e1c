// KaTeX, loaded beside the app's code instead of in it (issue 16: at most 700 kB of JavaScript
// in the first request; KaTeX is ~70 kB of it). main.ts starts the download at once, so it
// arrives with the app's code; until it has, the typeset pieces (Tex.tsx) are empty and the
// page is not data-ready (App.tsx), so nothing reads the TeX source meanwhile.
import { create } from 'zustand';

type Katex = typeof import('katex').default;

let katex: Katex | null = null;
let loading: Promise<Katex | null> | null = null;

/** Whether loading KaTeX has ended: ready also when it could not load (katexNow() is then
 *  null and the pieces show their TeX). */
export const useKatex = create<{ ready: boolean }>(() => ({ ready: false }));

/** Start loading KaTeX (once); resolves to it, or null where it could not load. */
export function loadKatex(): Promise<Katex | null> {
  loading ??= import('katex').then(
    (m) => {
      katex = m.default;
      useKatex.setState({ ready: true });
      return katex;
    },
    () => {
      useKatex.setState({ ready: true });
      return null;
    },
  );
  return loading;
}

/** KaTeX once loaded, else null. */
export const katexNow = (): Katex | null => katex;
