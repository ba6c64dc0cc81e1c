// The scene: everything the user chose. Small, serialisable, the single source of truth;
// the URL is the scene written out (CONTRACT §1).
import type { Domain } from '../math/surfaces-types';

export const OPTIMIZER_IDS = ['gd', 'momentum', 'adam', 'fd-gd', 'newton', 'damped-newton', 'bfgs', 'dfp'] as const;
export type OptimizerId = (typeof OPTIMIZER_IDS)[number];

export type Backend = 'webgl' | 'wasm' | 'cpu';

/** Taylor model orders the app draws (CONTRACT §1 `taylor`). */
export const TAYLOR_ORDERS = [1, 2, 3, 4, 5, 6] as const;
export type TaylorOrder = (typeof TAYLOR_ORDERS)[number];

/** The orders with `k` shown or hidden, kept ascending. */
export function withOrder(orders: readonly TaylorOrder[], k: TaylorOrder, on: boolean): TaylorOrder[] {
  const rest = orders.filter((o) => o !== k);
  return on ? [...rest, k].sort((a, b) => a - b) : rest;
}

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
  /** extension: presenter mode (large type, thick lines, high contrast) */
  present: boolean;
  /** extension: a guided tour and its step (0-based), or null */
  tour: string | null;
  tourStep: number;
}
