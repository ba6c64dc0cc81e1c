// The scene: everything the user chose. Small, serialisable, the single source of truth;
// the URL is the scene written out (CONTRACT §1).
import type { Domain } from '../math/surfaces-types';

// The optimizer ids are the registry's (one list: src/math/optimizers/registry.ts).
export { OPTIMIZER_IDS, type OptimizerId } from '../math/optimizers/registry';
import type { OptimizerId } from '../math/optimizers/registry';

export type Backend = 'webgl' | 'wasm' | 'cpu';

/** Taylor model orders the app draws (CONTRACT §1 `taylor`). */
export const TAYLOR_ORDERS = [1, 2, 3, 4, 5, 6] as const;
export type TaylorOrder = (typeof TAYLOR_ORDERS)[number];

/** The orders with `k` shown or hidden, kept ascending. */
export function withOrder(orders: readonly TaylorOrder[], k: TaylorOrder, on: boolean): TaylorOrder[] {
  const rest = orders.filter((o) => o !== k);
  return on ? [...rest, k].sort((a, b) => a - b) : rest;
}

export type SliceDir = 'grad' | 'newton' | number;
export { LANGS, type Lang } from '../i18n/i18n';
import type { Lang } from '../i18n/i18n';

/** Parts of the page `hide` can leave out (listed in the README). */
export const HIDE_PARTS = [
  'header',
  'surface',
  'formula',
  'domain',
  'point',
  'optimizers',
  'playback',
  'runs',
  'facts',
  'taylor',
  'teach',
  'presets',
  'convergence',
  'map',
  '3d',
  'export',
  'share',
  'help',
  'tours',
  'present',
  'lang',
] as const;
export type HidePart = (typeof HIDE_PARTS)[number];

/** Scene fields `lock` can fix (CONTRACT §1 `lock`: URL parameter names). */
export const LOCK_FIELDS = [
  'surface',
  'f',
  'domain',
  'point',
  'taylor',
  'start',
  'opt',
  'lr',
  'beta',
  'h',
  'steps',
  'tol',
  'grid',
  'm',
  'radius',
  'batch',
  'seed',
  'data',
  'dir',
  'lang',
  'patch',
  'basins',
] as const;
export type LockField = (typeof LOCK_FIELDS)[number];

export interface Scene {
  /** catalog id, or null when a typed formula is shown */
  surfaceId: string | null;
  /** the formula text (the catalog formula when surfaceId is set) */
  formula: string;
  domain: Domain;
  point: [number, number];
  /** which Taylor models show: orders 1 to 6, ascending, no repeats (empty: none) */
  taylor: TaylorOrder[];
  start: [number, number];
  opt: OptimizerId[];
  lr: number;
  beta: number;
  h: number;
  steps: number;
  tol: number;
  /** samples per axis; null: chosen for the device */
  grid: number | null;
  /** forced tfjs backend; null: best available */
  backend: Backend | null;
  embed: boolean;
  /** extension: half-width of the Taylor patches, as a fraction of the domain's size */
  patch: number;
  /** extension: colour the contour map by where this method goes from every start */
  basins: 'off' | 'newton' | 'damped-newton';
  /** memory of lbfgs (1 to 20) */
  m: number;
  /** initial radius of trust-region (> 0) */
  radius: number;
  /** mini-batch size of sgd (1 to the number of data points) */
  batch: number;
  /** seed of sgd's sampling (0 to 2^32 − 1) */
  seed: number;
  /** rows replacing a regression surface's own data (CONTRACT §4 "Data"); null: its own */
  data: number[][] | null;
  /** direction of the slice through p: −∇f, −H⁻¹∇f, or an angle in degrees from +x */
  dir: SliceDir;
  /** language of the interface; null: the browser's */
  lang: Lang | null;
  /** parts of the page left out (CONTRACT §1 `hide`) */
  hide: HidePart[];
  /** scene fields a viewer cannot change (CONTRACT §1 `lock`) */
  lock: LockField[];
  /** post the content height to the parent frame */
  resize: boolean;
  /** extension: presenter mode (large type, thick lines, high contrast) */
  present: boolean;
  /** extension: a guided tour and its step (0-based), or null */
  tour: string | null;
  tourStep: number;
}
