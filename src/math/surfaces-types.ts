// The shape of one catalog surface (CONTRACT §4). The catalog itself is surfaces.ts.

export type Domain = [xmin: number, xmax: number, ymin: number, ymax: number];

export type CriticalKind = 'minimum' | 'maximum' | 'saddle';

export interface CriticalPoint {
  x: number;
  y: number;
  /** f at the point (float64). */
  value: number;
  kind: CriticalKind;
  /** true for the global minimum (or minima) */
  global?: boolean;
}

/** A small data set a regression surface is a loss over. */
export interface RegressionData {
  /** what the data are, said in the UI */
  description: string;
  /** feature columns: for linear regression [t], for logistic regression [a, b] */
  features: number[][];
  /** targets: y values for linear regression, labels +1 / -1 for logistic regression */
  targets: number[];
}

export interface Surface {
  id: string;
  /** display name, e.g. "Rosenbrock" */
  name: string;
  /** picker group, e.g. "Bowls", "Valleys", "Many minima", "Saddles", "Machine learning" */
  group: string;
  /** the exact formula in the contract's grammar (CONTRACT §3/§4) */
  formula: string;
  /** plotting domain [xmin, xmax, ymin, ymax] */
  domain: Domain;
  /** suggested expansion point */
  point: [number, number];
  /** suggested optimizer start */
  start: [number, number];
  /** suggested step size for gd, momentum, adam, fd-gd */
  lr: number;
  /** critical points inside (or near) the domain, minima first; empty when there are none */
  critical: CriticalPoint[];
  /** one sentence on what the surface teaches */
  lesson: string;
  /** regression surfaces only */
  data?: RegressionData;
}
