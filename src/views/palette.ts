// Colours and marks of everything drawn over the contour map and beside it. Chosen so that the
// marks shown together stay apart for normal vision and for protanopes, deuteranopes and
// tritanopes (CIEDE2000 after the Machado 2009 simulation; palette.test.ts checks it), and
// so that none of them is a colour of the viridis map underneath (no greens or yellows on
// the models, the Newton step black with a white casing).

import { isOptimizerId, OPTIMIZER_IDS, optimizerSpec } from '../math/optimizers/registry';

/** Marker shape of an optimizer's iterates: trails sharing a colour differ in shape. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

/** One optimizer's look: colour, label and marker shape. */
export interface RunStyle {
  color: string;
  label: string;
  marker: MarkerShape;
}

/**
 * Every optimizer id the app knows or is about to (CONTRACT §1 `opt`). Loosely keyed by
 * string, so that a new optimizer is one more row; `runStyle` falls back for unknown ids.
 * The eight first ones have eight colours of their own; the later ones reuse a colour of an
 * optimizer from another family with a different marker.
 */
export const RUN_STYLES: Record<string, RunStyle> = {
  gd: { color: '#0033CC', label: 'Gradient descent', marker: 'circle' },
  momentum: { color: '#5588FF', label: 'Momentum', marker: 'circle' },
  adam: { color: '#FF66BB', label: 'Adam', marker: 'circle' },
  'fd-gd': { color: '#669966', label: 'GD, finite differences', marker: 'circle' },
  newton: { color: '#880077', label: 'Newton', marker: 'circle' },
  'damped-newton': { color: '#997722', label: 'Damped Newton', marker: 'circle' },
  bfgs: { color: '#007755', label: 'BFGS', marker: 'circle' },
  dfp: { color: '#005500', label: 'DFP', marker: 'circle' },
  nesterov: { color: '#007755', label: 'Nesterov', marker: 'square' },
  sgd: { color: '#669966', label: 'Stochastic GD', marker: 'square' },
  cg: { color: '#FF66BB', label: 'Conjugate gradient', marker: 'diamond' },
  lbfgs: { color: '#5588FF', label: 'L-BFGS', marker: 'diamond' },
  'trust-region': { color: '#0033CC', label: 'Trust region', marker: 'triangle' },
  'gauss-newton': { color: '#997722', label: 'Gauss–Newton', marker: 'triangle' },
  lm: { color: '#005500', label: 'Levenberg–Marquardt', marker: 'triangle' },
};

const FALLBACK: RunStyle = { color: '#444444', label: '', marker: 'circle' };

/** The style of an optimizer; an unknown id gets a grey and its id as label. */
export function runStyle(id: string): RunStyle {
  return RUN_STYLES[id] ?? { ...FALLBACK, label: isOptimizerId(id) ? optimizerSpec(id).label : id };
}

// every style, and every registry method (a method added before its colour gets the fallback)
const STYLED = [...new Set([...Object.keys(RUN_STYLES), ...OPTIMIZER_IDS])];
const fromStyles = <K extends keyof RunStyle>(key: K): Record<string, RunStyle[K]> =>
  Object.fromEntries(STYLED.map((id) => [id, runStyle(id)[key]]));

/** Colour of each optimizer, for the panels and the 3D view (`runStyle(id).color` falls back). */
export const RUN_COLORS: Record<string, string> = fromStyles('color');
/** Label of each optimizer (`runStyle(id).label` falls back). */
export const OPTIMIZER_LABELS: Record<string, string> = fromStyles('label');

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
