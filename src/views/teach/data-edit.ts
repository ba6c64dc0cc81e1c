// Pure logic of the data panel (issue 19): the rows in use on a regression surface, adding,
// moving and removing a row within the contract's limits (CONTRACT §4 "Data": 2 to 500 rows),
// the chart's axes around the rows, and the chart ↔ data coordinate maps. No React, no DOM.
import { dataEditMsg } from '../../i18n/teach2';
import type { Lang } from '../../i18n/i18n';
import { MAX_ROWS, MIN_ROWS } from '../../math/data';
import { isRegressionId, type RegressionId } from '../../math/regression';
import { surfaceData } from '../../math/surfaces';

/** The rows a regression surface uses: the scene's own data, else its shipped set. */
export function rowsInUse(surfaceId: string | null, data: number[][] | null): number[][] | null {
  if (!isRegressionId(surfaceId)) return null;
  return data ?? surfaceData(surfaceId) ?? null;
}

/** Why an edit was refused; `n` is the limit or the point's number. */
export type EditRefusal = {
  ok: false;
  why: 'tooMany' | 'newNotFinite' | 'noPoint' | 'movedNotFinite' | 'tooFew';
  n: number;
};
export type Edit = { ok: true; rows: number[][] } | EditRefusal;

/** A refused edit in words, in the language given (else the one in use): made when shown, so a
 *  change of language updates it. */
export function refusalText(e: EditRefusal, lang?: Lang): string {
  const t = lang ? dataEditMsg.in(lang) : dataEditMsg();
  switch (e.why) {
    case 'tooMany':
      return t.tooMany(e.n);
    case 'noPoint':
      return t.noPoint(e.n);
    case 'tooFew':
      return t.tooFew(e.n);
    default:
      return t[e.why];
  }
}

/** A copy of the rows with one more (at most MAX_ROWS). */
export function addRow(rows: readonly (readonly number[])[], row: readonly number[]): Edit {
  if (rows.length >= MAX_ROWS) return { ok: false, why: 'tooMany', n: MAX_ROWS };
  if (!row.every(Number.isFinite)) return { ok: false, why: 'newNotFinite', n: 0 };
  return { ok: true, rows: [...rows.map((r) => [...r]), [...row]] };
}

/** A copy of the rows with row i replaced (its label, the third column, kept where it has one). */
export function moveRow(rows: readonly (readonly number[])[], i: number, to: readonly [number, number]): Edit {
  if (!(i >= 0 && i < rows.length)) return { ok: false, why: 'noPoint', n: i + 1 };
  if (!to.every(Number.isFinite)) return { ok: false, why: 'movedNotFinite', n: 0 };
  return { ok: true, rows: rows.map((r, k) => (k === i ? [to[0], to[1], ...r.slice(2)] : [...r])) };
}

/** A copy of the rows without row i (at least MIN_ROWS stay). */
export function removeRow(rows: readonly (readonly number[])[], i: number): Edit {
  if (!(i >= 0 && i < rows.length)) return { ok: false, why: 'noPoint', n: i + 1 };
  if (rows.length <= MIN_ROWS) return { ok: false, why: 'tooFew', n: MIN_ROWS };
  return { ok: true, rows: rows.filter((_, k) => k !== i).map((r) => [...r]) };
}

export interface Bounds {
  x: [number, number];
  y: [number, number];
}

/**
 * The chart's axes around the rows: a margin of a fifth of the span (at least 0.5) so a point can
 * be dragged beyond the others, and for the (t, s) surfaces s from 0 where all s ≥ 0. For the
 * classifier the square [−R, R]² so the boundary through 0 shows.
 */
export function boundsOf(id: RegressionId, rows: readonly (readonly number[])[]): Bounds {
  const xs = rows.map((r) => r[0]).filter(Number.isFinite);
  const ys = rows.map((r) => r[1]).filter(Number.isFinite);
  if (xs.length === 0 || ys.length === 0) return { x: [-1, 1], y: [-1, 1] };
  const pad = (lo: number, hi: number): [number, number] => {
    const m = Math.max(0.5, (hi - lo) / 5);
    return [lo - m, hi + m];
  };
  if (id === 'logistic-regression') {
    const R = Math.max(...xs.map(Math.abs), ...ys.map(Math.abs)) + 0.5;
    return { x: [-R, R], y: [-R, R] };
  }
  const x = pad(Math.min(...xs), Math.max(...xs));
  const y = pad(Math.min(...ys), Math.max(...ys));
  if (Math.min(...ys) >= 0) y[0] = Math.min(0, y[0]);
  return { x, y };
}

/**
 * A chart pixel back to data: the inverse of the linear map lo ↦ p0, hi ↦ p1 (Chart's scaleOf
 * for a linear axis), v = lo + (p − p0)/(p1 − p0)·(hi − lo).
 */
export function toData(p: number, lo: number, hi: number, p0: number, p1: number): number {
  return lo + ((p - p0) / (p1 - p0 || 1)) * (hi - lo);
}

/** A value rounded to a readable number of digits for the chart's scale (a click is no more
 *  precise than a pixel): 3 significant digits of the axis span. */
export function roundForSpan(v: number, span: number): number {
  if (!(span > 0)) return v;
  const step = 10 ** (Math.floor(Math.log10(span)) - 2);
  const r = Math.round(v / step) * step;
  return Number(r.toPrecision(12));
}
