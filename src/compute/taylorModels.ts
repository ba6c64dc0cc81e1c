// The Taylor models beyond order 2 (CONTRACT v2: orders 1–6) and the partial derivatives at p
// that define them: computed only where an order above 2 shows (order 2 keeps its fused
// path, math/fused.ts), with the any-order jets (math/jetK.ts) on the current tfjs backend.
import type { Node } from '../math/formula/ast';
import type { PointFacts } from '../math/hessian';
import { derivativesAt } from '../math/jetK';
import { derivativesTensorBest } from '../math/jetKGlsl';
import type { Domain } from '../math/surfaces-types';
import { taylorGridK } from '../math/taylorK';

/** Highest order the app draws; one program serves every order up to it. */
export const MAX_ORDER = 6;

/**
 * dⁿf/(dx^(n−j) dy^j) at p for n = 0..K, as the export's `point.derivatives` (CONTRACT §6).
 * Up to order 2 they are the facts already computed (no new evaluation); above, the jets'.
 * Non-finite entries stay NaN (JSON writes them as null).
 */
export function pointDerivatives(ast: Node, facts: PointFacts, K: number): number[][] {
  const [gx, gy] = facts.gradient;
  const [[hxx, hxy], [, hyy]] = facts.hessian;
  const low = [[facts.value], [gx, gy], [hxx, hxy, hyy]];
  if (K <= 2) return low;
  const all = derivativesAt(ast, facts.x, facts.y, MAX_ORDER, derivativesTensorBest);
  return all.slice(0, K + 1);
}

/** The models of order 3 and above on the patch (same axes as the T1/T2 patch), by order. */
export function higherModels(
  derivs: number[][],
  point: [number, number],
  patchDomain: Domain,
  n: number,
  orders: readonly number[],
): Record<number, Float32Array> {
  const high = orders.filter((k) => k >= 3 && k < derivs.length);
  if (high.length === 0) return {};
  const g = taylorGridK(derivs, point, patchDomain, n, n, high);
  return Object.fromEntries(high.map((k, i) => [k, g.models[i]]));
}
