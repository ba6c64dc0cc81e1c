// Colours: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
import type { OptimizerId } from '../state/scene';

export const RUN_COLORS: Record<OptimizerId, string> = {
  gd: '#D55E00', // vermillion
  newton: '#0072B2', // blue
  momentum: '#E69F00', // orange
  adam: '#CC79A7', // reddish purple
  'fd-gd': '#8C510A', // brown
  'damped-newton': '#009E73', // bluish green
  bfgs: '#56B4E9', // sky blue
  dfp: '#6A3D9A', // purple
};

export const OPTIMIZER_LABELS: Record<OptimizerId, string> = {
  gd: 'Gradient descent',
  momentum: 'Momentum',
  adam: 'Adam',
  'fd-gd': 'GD, finite differences',
  newton: 'Newton',
  'damped-newton': 'Damped Newton',
  bfgs: 'BFGS',
  dfp: 'DFP',
};

export const POINT_COLOR = '#000000';
export const T1_COLOR = '#E69F00';
export const T2_COLOR = '#009E73';

/** Colours of the Taylor models T1 … T6 (index = order). */
export const TAYLOR_COLORS: Record<number, string> = {
  1: T1_COLOR,
  2: T2_COLOR,
  3: '#7B3294', // purple
  4: '#C51B7D', // magenta
  5: '#4D4D4D', // dark grey
  6: '#1B7837', // dark green
};
export const taylorColor = (k: number) => TAYLOR_COLORS[k] ?? '#333333';
