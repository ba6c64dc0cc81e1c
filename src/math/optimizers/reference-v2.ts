// The version-2 reference runs (shared/reference/reference-v2.json) for the optimizer tests
// (Node only): the shared copy beside the checkout, else a copy in src/math/fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Iterate } from './types';

/** An iterate as the reference writes it (radius for trust-region, mu for lm where given). */
export type RefIterateV2 = Omit<Iterate, 'detail'>;
export interface RefTrajectoryV2 {
  surface: string;
  start: [number, number];
  opt: string;
  params: Record<string, number>;
  steps: number;
  tol: number;
  status: string;
  /** sgd: the data rows and the formula built from them */
  data?: number[][];
  formula?: string;
  iterates: RefIterateV2[];
}

const shared = fileURLToPath(new URL('../../../../shared/reference/reference-v2.json', import.meta.url));
const local = fileURLToPath(new URL('../fixtures/reference-v2.json', import.meta.url));
export const referenceV2 = JSON.parse(readFileSync(existsSync(shared) ? shared : local, 'utf8')) as {
  trajectories: RefTrajectoryV2[];
};
