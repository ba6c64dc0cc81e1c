// f at one point (the pointer on the contour map), from the same tfjs formula engine as the
// surface, so the panel's f matches what is drawn. NaN where f is undefined.
import { evalPoints } from '../math/evaluate';
import type { Node } from '../math/formula/ast';

export function valueAt(ast: Node, x: number, y: number): number {
  // evalPoints disposes its tensors; the result is a plain Float32Array.
  const v = evalPoints(ast, [x], [y], 0).v[0];
  return v === undefined ? NaN : v;
}
