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
