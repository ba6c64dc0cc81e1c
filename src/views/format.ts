// Number formatting for the UI: never prints NaN or Infinity as such.

export function fmt(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'undefined';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 1e5 || a < 1e-3 ? v.toExponential(digits - 1) : String(Number(v.toPrecision(digits)));
  return s.replace(/-/g, '−');
}

/** A point or vector as text: (x, y). */
export const vec = (v: readonly [number, number]) => `(${fmt(v[0])}, ${fmt(v[1])})`;

export const STATUS_WORDS: Record<string, string> = {
  converged: 'converged (gradient norm ≤ tol)',
  diverged: 'diverged (value or position not finite)',
  'max-steps': 'stopped after the step limit',
  'singular-hessian': 'stopped: the Hessian is singular',
  'line-search-failed': 'stopped: the line search failed',
  stalled: 'stopped: it could not make progress (its trust radius or damping ran out)',
};
