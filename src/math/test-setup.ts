// Shared by the unit tests: the cpu backend (Node has no WebGL) and the reference values.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { parseFormula } from './formula/parse';
import type { Node } from './formula/ast';

export async function useCpu() {
  await tf.setBackend('cpu');
  await tf.ready();
}

export { reference, type RefDerivative, type RefTrajectory } from './fixtures/reference';

export function ast(text: string): Node {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`test formula did not parse: ${text}: ${r.message}`);
  return r.ast;
}

/** |a − b| ≤ rel · scale, where scale is at least 1 and the reference's magnitude. */
export function close(a: number, b: number, rel: number, scale = Math.max(1, Math.abs(b))): boolean {
  return Math.abs(a - b) <= rel * scale;
}
