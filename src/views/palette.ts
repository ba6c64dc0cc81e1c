// Colours and marks of everything drawn over the contour map and beside it. Chosen so that the
// marks shown together stay apart for normal vision and for protanopes, deuteranopes and
// tritanopes (CIEDE2000 after the Machado 2009 simulation; palette.test.ts checks it), and
// so that none of them is a colour of the viridis map underneath (no greens or yellows on
// the models, the Newton step black with a white casing).

import { liveRecord, type Lang } from '../i18n/i18n';
import { runLabelMsg } from '../i18n/views';
import { OPTIMIZER_IDS, optimizerLabel } from '../math/optimizers/registry';

/** Marker shape of an optimizer's iterates: trails sharing a colour differ in shape. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

/** One optimizer's look: colour, label and marker shape. */
export interface RunStyle {
  color: string;
  label: string;
  marker: MarkerShape;
}

type LabelledId = keyof ReturnType<typeof runLabelMsg>;

/** A style whose label is read in the language in use (i18n/views.ts: runLabelMsg). */
function styled(id: LabelledId, color: string, marker: MarkerShape): RunStyle {
  return {
    color,
    get label() {
      return runLabelMsg()[id];
    },
    marker,
  };
}

/**
 * Every optimizer id the app knows or is about to (CONTRACT §1 `opt`). Loosely keyed by
 * string, so that a new optimizer is one more row; `runStyle` falls back for unknown ids.
 * The eight first ones have eight colours of their own; the later ones reuse a colour of an
 * optimizer from another family with a different marker. Labels follow the language.
 */
export const RUN_STYLES: Record<string, RunStyle> = {
  gd: styled('gd', '#0033CC', 'circle'),
  momentum: styled('momentum', '#5588FF', 'circle'),
  adam: styled('adam', '#FF66BB', 'circle'),
  'fd-gd': styled('fd-gd', '#669966', 'circle'),
  newton: styled('newton', '#880077', 'circle'),
  'damped-newton': styled('damped-newton', '#997722', 'circle'),
  bfgs: styled('bfgs', '#007755', 'circle'),
  dfp: styled('dfp', '#005500', 'circle'),
  nesterov: styled('nesterov', '#007755', 'square'),
  sgd: styled('sgd', '#669966', 'square'),
  cg: styled('cg', '#FF66BB', 'diamond'),
  lbfgs: styled('lbfgs', '#5588FF', 'diamond'),
  'trust-region': styled('trust-region', '#0033CC', 'triangle'),
  'gauss-newton': styled('gauss-newton', '#997722', 'triangle'),
  lm: styled('lm', '#005500', 'triangle'),
};

const FALLBACK: RunStyle = { color: '#444444', label: '', marker: 'circle' };

/** An optimizer's label in `lang` (the language in use without one), falling back as `runStyle`. */
export function runLabel(id: string, lang?: Lang): string {
  if (!lang || !RUN_STYLES[id]) return runStyle(id).label;
  return runLabelMsg.in(lang)[id as LabelledId];
}

/** The style of an optimizer; an unknown id gets a grey and its id as label. */
export function runStyle(id: string): RunStyle {
  return RUN_STYLES[id] ?? { ...FALLBACK, label: optimizerLabel(id) };
}

// every style, and every registry method (a method added before its colour gets the fallback)
const STYLED = [...new Set([...Object.keys(RUN_STYLES), ...OPTIMIZER_IDS])];
const fromStyles = <K extends keyof RunStyle>(key: K): Record<string, RunStyle[K]> =>
  Object.fromEntries(STYLED.map((id) => [id, runStyle(id)[key]]));

/** Colour of each optimizer, for the panels and the 3D view (`runStyle(id).color` falls back). */
export const RUN_COLORS: Record<string, string> = fromStyles('color');
/** Label of each optimizer (`runStyle(id).label` falls back), read in the language in use. */
export const OPTIMIZER_LABELS: Record<string, string> = liveRecord(STYLED, (id) => runStyle(id).label);

export const POINT_COLOR = '#000000';
/** The Newton step p → p − H⁻¹∇f: black, drawn over a white casing. */
export const NEWTON_STEP_COLOR = '#111111';
/** ∇f at p: white, drawn over a dark casing. */
export const GRAD_COLOR = '#FFFFFF';
/** The Hessian's eigen-directions at p (solid where λ > 0, dashed where λ < 0). */
export const EIGEN_COLOR = '#2255FF';

export const T1_COLOR = '#E69F00';
export const T2_COLOR = '#DC267F';

/** Colours of the Taylor models T1 … T6 (index = order). */
export const TAYLOR_COLORS: Record<number, string> = {
  1: T1_COLOR, // orange
  2: T2_COLOR, // magenta
  3: '#00BBDD', // cyan
  4: '#88BB77', // light olive
  5: '#8866AA', // lavender
  6: '#AA2233', // crimson
};
export const taylorColor = (k: number) => TAYLOR_COLORS[k] ?? '#333333';

/** Dash pattern of a Taylor model's level sets: T1 dashed (a plane: the straight lines). */
export const taylorDash = (k: number): string | undefined => (k === 1 ? '6 4' : k >= 3 ? `${2 + k} 3` : undefined);
