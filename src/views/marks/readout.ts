// What the map's tooltip says at the cursor: f, each shown Taylor model and its error |f − Tk|,
// from the same formulas as the teaching panel (math/taylor: T1, T2 from the facts at p).
import type { PointFacts } from '../../math/hessian';
import { t1At, t2At } from '../../math/taylor';

/** Each model the map can read out at a point, by order (orders 3–6: one more row each). */
export const MODEL_AT: Record<number, (p: PointFacts, x: number, y: number) => number> = {
  1: t1At,
  2: t2At,
};

export interface ReadoutRow {
  order: number;
  /** Tk at the cursor (NaN where undefined) */
  value: number;
  /** |f − Tk| (NaN where either is undefined) */
  error: number;
}

/** The rows for the shown `orders` that can be evaluated, with f = `f` at (x, y). */
export function cursorReadout(
  facts: PointFacts,
  f: number,
  x: number,
  y: number,
  orders: readonly number[],
): ReadoutRow[] {
  const rows: ReadoutRow[] = [];
  for (const order of orders) {
    const at = MODEL_AT[order];
    if (!at) continue;
    const value = at(facts, x, y);
    rows.push({ order, value, error: Math.abs(f - value) });
  }
  return rows;
}
