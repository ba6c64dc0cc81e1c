// Number formatting for the UI: never prints NaN or Infinity as such. Its words are read in the
// language in use (i18n/views.ts: formatMsg; the statuses' words: i18n/methods.ts).
import { liveRecord } from '../i18n/i18n';
import { statusWordsMsg } from '../i18n/methods';
import { formatMsg } from '../i18n/views';

export function fmt(v: number, digits = 4): string {
  if (Number.isNaN(v)) return formatMsg().undefined;
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 1e5 || a < 1e-3 ? v.toExponential(digits - 1) : String(Number(v.toPrecision(digits)));
  return s.replace(/-/g, '−');
}

/** A point or vector as text: (x, y). */
export const vec = (v: readonly [number, number]) => `(${fmt(v[0])}, ${fmt(v[1])})`;

const STATUSES = ['converged', 'diverged', 'max-steps', 'singular-hessian', 'line-search-failed', 'stalled'] as const;

/** How a run ended, in a few words, by status; read in the language in use. */
export const STATUS_WORDS: Record<string, string> = liveRecord(STATUSES, (s) => statusWordsMsg()[s]);
