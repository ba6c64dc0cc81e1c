// What the map's tooltip says at the cursor: f, each shown Taylor model and its error |f − Tk|,
// from the same formulas as the teaching panel (math/taylor: T1, T2 from the facts at p;
// math/taylorK: orders 3–6 from the derivatives at p, where they have been computed).
import type { PointFacts } from '../../math/hessian';
import { t1At, t2At } from '../../math/taylor';
import { taylorValue, type Derivatives } from '../../math/taylorK';

/** T1 and T2 from the facts at p. */
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

/**
 * The rows for the shown `orders` that can be evaluated, with f = `f` at (x, y): T1 and T2
 * from the facts, higher orders from `derivs` (dⁿf at p, n = 0..K) when they reach that order.
 */
export function cursorReadout(
  facts: PointFacts,
  f: number,
  x: number,
  y: number,
  orders: readonly number[],
  derivs: Derivatives | null = null,
): ReadoutRow[] {
  const rows: ReadoutRow[] = [];
  for (const order of orders) {
    const at = MODEL_AT[order];
    // taylorValue clamps k to the derivatives it has: only orders they reach are read out
    const value = at
      ? at(facts, x, y)
      : derivs && derivs.length > order
        ? taylorValue(derivs, order, x - facts.x, y - facts.y)
        : null;
    if (value === null) continue;
    rows.push({ order, value, error: Math.abs(f - value) });
  }
  return rows;
}
