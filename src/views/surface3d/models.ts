// What the 3D view draws of the Taylor models, from the results as they are: the patches
// of each shown order (generic over the list; results carry T1 and T2 today) and Newton's
// step to T2's stationary point, labelled by the curvature.
import { newtonTipMsg, surfaceMsg } from '../../i18n/views';
import type { PointFacts } from '../../math/hessian';
import { newtonStep, t2At, type ModelStationary } from '../../math/taylor';
import type { Point3 } from './geometry';

/** The patch values of order k, when the results have them (`t1`, `t2`, later `t3`…). */
export function patchLayer(patch: object, order: number): Float32Array | null {
  const p = patch as Record<string, unknown> & { higher?: Record<number, Float32Array> };
  // T1, T2 are the patch's own fields; orders 3–6 come in `higher` (compute/taylorModels.ts)
  const v = order <= 2 ? p[`t${order}`] : p.higher?.[order];
  return v instanceof Float32Array ? v : null;
}

export interface ModelLayer {
  order: number;
  values: Float32Array;
}

/** The shown orders (scene.taylor, ascending, without repeats) split into those the patch
 *  has values for and those it does not (not computed yet). */
export function modelLayers(
  patch: object | null,
  orders: readonly number[],
): { drawn: ModelLayer[]; missing: number[] } {
  const drawn: ModelLayer[] = [];
  const missing: number[] = [];
  for (const k of [...new Set(orders)].filter((k) => k >= 1).sort((a, b) => a - b)) {
    const values = patch ? patchLayer(patch, k) : null;
    if (values) drawn.push({ order: k, values });
    else missing.push(k);
  }
  return { drawn, missing };
}

/** A model's name in the 3D view's key and hover, in the catalog `t` (the language in use without one). */
export const modelName = (k: number, t = surfaceMsg()) => (k === 1 ? t.t1Name : k === 2 ? t.t2Name : t.orderName(k));

export interface NewtonTip {
  /** (p, f(p)) */
  from: Point3;
  /** (p − H⁻¹∇f, T2 there), in float64 from the facts */
  tip: Point3;
  kind: ModelStationary;
  /** what the tip is for T2, in the language in use when made (the view words it from `kind`) */
  label: string;
}

/** Newton's step in 3D: from (p, f(p)) to T2's stationary point p + s, s = −H⁻¹∇f(p), at
 *  height T2(p + s) = f(p) + ½ ∇f·s (since H s = −∇f). Null when H is singular (no
 *  stationary point) or the facts are not finite. */
export function newtonTip(facts: PointFacts | null): NewtonTip | null {
  if (!facts || !Number.isFinite(facts.value)) return null;
  const step = newtonStep(facts);
  if (!step.target || !step.target.every(Number.isFinite)) return null;
  const [x, y] = step.target;
  const z = t2At(facts, x, y);
  if (!Number.isFinite(z)) return null;
  return {
    from: { x: facts.x, y: facts.y, z: facts.value },
    tip: { x, y, z },
    kind: step.kind,
    label: newtonTipMsg()[step.kind],
  };
}
