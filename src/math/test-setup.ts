// Shared by the unit tests: the cpu backend (Node has no WebGL) and the reference values.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFormula } from './formula/parse';
import type { Node } from './formula/ast';

export async function useCpu() {
  await tf.setBackend('cpu');
  await tf.ready();
}

export interface RefDerivative {
  surface: string;
  formula: string;
  point: [number, number];
  value: number;
  gradient: [number, number];
  hessian: [[number, number], [number, number]];
  eigenvalues: [number, number];
}
export interface RefTrajectory {
  surface: string;
  start: [number, number];
  opt: string;
  params: Record<string, number>;
  steps: number;
  tol: number;
  status: string;
  iterates: { k: number; x: number; y: number; value: number; gradNorm: number }[];
}

// The project's shared reference when it sits beside the checkout (CI), else the copy kept
// in the repo so a fresh clone on its own still tests against the same values.
const shared = fileURLToPath(new URL('../../../shared/reference/reference.json', import.meta.url));
const refPath = existsSync(shared) ? shared : fileURLToPath(new URL('./fixtures/reference.json', import.meta.url));
export const reference = JSON.parse(readFileSync(refPath, 'utf8')) as {
  derivatives: RefDerivative[];
  trajectories: RefTrajectory[];
};

export function ast(text: string): Node {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`test formula did not parse: ${text}: ${r.message}`);
  return r.ast;
}

/** |a − b| ≤ rel · scale, where scale is at least 1 and the reference's magnitude. */
export function close(a: number, b: number, rel: number, scale = Math.max(1, Math.abs(b))): boolean {
  return Math.abs(a - b) <= rel * scale;
}
