// Presenter mode, as the views see it: on (the URL's present=1) except in an embed, where the
// app ignores it, and its text scale. classroom.css sets the page's root font to 1.5 × 15 px;
// text the views size themselves (plotly fonts, SVG labels, chart margins) scales the same.
import { useScene } from '../state/store';

/** How much larger text is in presenter mode (issue 15, item 4: at least 1.5×). */
export const PRESENT_SCALE = 1.5;

/** Whether the page is in presenter mode (present=1, not embedded). */
export function usePresenting(): boolean {
  return useScene((s) => s.scene.present && !s.scene.embed);
}

/** A font size in px for the mode: `base` normally, PRESENT_SCALE × base (rounded) presenting. */
export function textSize(base: number, presenting: boolean): number {
  return presenting ? Math.round(base * PRESENT_SCALE) : base;
}
