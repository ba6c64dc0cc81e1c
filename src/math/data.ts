// Reads data sets for the regression surfaces (CONTRACT §1 `data`, §4 "Data"): the URL form
// `t,s;t,s;...` and pasted or uploaded text (CSV or whitespace-separated rows, a header row
// skipped), validated row by row. Errors are values that name the first bad row and why.
import { currentLang, type Lang } from '../i18n/i18n';
import { dataMsg } from '../i18n/problems';
import { dataColumns, type RegressionId } from './regression';

type Msgs = typeof dataMsg.en;

/** At least this many rows (a loss over one point is degenerate), at most this many (CONTRACT §1). */
export const MIN_ROWS = 2;
export const MAX_ROWS = 500;
/** Longest text looked at, in characters: 500 rows of three long numbers fit in well under 100 kB,
 *  so anything over this is refused at once, before any splitting. */
export const MAX_TEXT = 1_000_000;

/** Why data were refused: a code, with the message (in the language asked for) beside it. */
export type DataErrorReason =
  'too-large' | 'empty' | 'too-few' | 'too-many' | 'not-a-number' | 'non-finite' | 'columns' | 'label';

export type DataResult =
  | { ok: true; rows: number[][] }
  | {
      ok: false;
      message: string;
      reason: DataErrorReason;
      /** the bad row's number among the data rows, from 1 */
      row?: number;
      /** pasted text: the bad row's line in the text, from 1 (header and blank lines counted) */
      line?: number;
    };

// A decimal number, optionally signed, with an optional exponent: what a spreadsheet or a script
// writes. Hex, `Infinity`, `NaN`, and thousands separators are not numbers here.
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Beyond float32's range the app's float32 numbers would be infinite. */
const FLOAT32_MAX = 3.4028234663852886e38;

const layout = (m: Msgs, columns: 2 | 3) => (columns === 2 ? m.layout2 : m.layout3);

interface Line {
  /** the row's text */
  text: string;
  /** its line in the pasted text, or its position in the URL form (from 1) */
  at: number;
}

type Check = { ok: true; row: number[] } | { ok: false; reason: DataErrorReason; what: string };

/** One row's numbers, or why not. */
function readRow(fields: string[], columns: 2 | 3, m: Msgs): Check {
  const row: number[] = [];
  for (const f of fields) {
    if (!NUMBER.test(f)) {
      const shown = f.length > 20 ? `${f.slice(0, 20)}…` : f;
      return {
        ok: false,
        reason: 'not-a-number',
        what: f === '' ? m.missing : m.notNumber(shown),
      };
    }
    const v = Number(f);
    if (!Number.isFinite(v) || Math.abs(v) > FLOAT32_MAX) {
      return { ok: false, reason: 'non-finite', what: m.tooBig(f) };
    }
    row.push(v);
  }
  if (row.length !== columns) {
    return {
      ok: false,
      reason: 'columns',
      what: m.columns(row.length, layout(m, columns)),
    };
  }
  if (columns === 3 && row[2] !== 1 && row[2] !== -1) {
    return { ok: false, reason: 'label', what: m.label(fields[2]) };
  }
  return { ok: true, row };
}

function tooLarge(length: number, m: Msgs): DataResult {
  const size = length >= 1e6 ? `${(length / 1e6).toFixed(1)} MB` : `${Math.round(length / 1e3)} kB`;
  return { ok: false, reason: 'too-large', message: m.tooLarge(size, `${MAX_TEXT / 1e6} MB`, MAX_ROWS) };
}

/** Validates the rows in order; `kind` says whether positions are lines of text or URL rows. */
function readRows(lines: Line[], columns: 2 | 3, kind: 'line' | 'row', m: Msgs): DataResult {
  if (lines.length === 0) {
    return { ok: false, reason: 'empty', message: m.empty(MIN_ROWS, layout(m, columns)) };
  }
  if (lines.length > MAX_ROWS) {
    return { ok: false, reason: 'too-many', message: m.tooMany(lines.length, MAX_ROWS) };
  }
  const rows: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text, at } = lines[i];
    const r = readRow(split(text), columns, m);
    if (!r.ok) {
      return {
        ok: false,
        reason: r.reason,
        message: kind === 'line' ? m.atLine(at, r.what) : m.atRow(i + 1, r.what),
        row: i + 1,
        ...(kind === 'line' ? { line: at } : {}),
      };
    }
    rows.push(r.row);
  }
  if (rows.length < MIN_ROWS) {
    return { ok: false, reason: 'too-few', message: m.tooFew(rows.length, MIN_ROWS) };
  }
  return { ok: true, rows };
}

/** A row's fields: separated by commas (with any spaces around them), or by spaces and tabs. */
function split(text: string): string[] {
  const t = text.trim();
  return t.includes(',') ? t.split(',').map((f) => f.trim()) : t.split(/\s+/);
}

/**
 * The URL form (`data=0.5,1.2;1.5,2.1`): rows separated by `;`, numbers by `,`. Empty rows (a
 * trailing `;`) are ignored; a bad row is named by its position among the `;`-separated rows.
 * Messages are in `lang` (default: the language in use).
 */
export function parseDataParam(text: string, id: RegressionId, lang: Lang = currentLang()): DataResult {
  const m = dataMsg.in(lang);
  if (text.length > MAX_TEXT) return tooLarge(text.length, m);
  const lines: Line[] = [];
  text.split(';').forEach((t, i) => {
    if (t.trim() !== '') lines.push({ text: t, at: i + 1 });
  });
  return readRows(lines, dataColumns(id), 'row', m);
}

/**
 * Pasted or uploaded text: one row per line, numbers separated by commas or whitespace (CSV, TSV,
 * or columns from a spreadsheet). Blank lines and lines starting with `#` are ignored; a first
 * line with no number in it is a header and is skipped. A single line holding `;` is read as the
 * URL form. Messages name the first bad line, in `lang` (default: the language in use).
 */
export function parseDataText(text: string, id: RegressionId, lang: Lang = currentLang()): DataResult {
  const m = dataMsg.in(lang);
  if (text.length > MAX_TEXT) return tooLarge(text.length, m);
  const columns = dataColumns(id);
  if (!/[\r\n]/.test(text.trim()) && text.includes(';')) return parseDataParam(text, id, lang);
  // A quick count first: a long paste is refused without splitting it into strings. (Up to a
  // few times the limit, the rows are counted exactly below, header and comments left out.)
  const count = contentLines(text);
  if (count > 4 * MAX_ROWS) {
    return { ok: false, reason: 'too-many', message: m.tooManyLines(count, MAX_ROWS) };
  }
  const lines: Line[] = [];
  const all = text.split(/\r\n|\r|\n/);
  let first = true;
  for (let i = 0; i < all.length; i++) {
    const t = all[i].trim();
    if (t === '' || t.startsWith('#')) continue;
    // The header: the first non-blank line, where no field is a number (`t,s`, `a b label`).
    if (first) {
      first = false;
      if (!split(t).some((f) => NUMBER.test(f))) continue;
    }
    lines.push({ text: t, at: i + 1 });
  }
  return readRows(lines, columns, 'line', m);
}

/** Lines with something other than white space on them that do not start with `#`, counted
 *  character by character (no strings made). */
function contentLines(text: string): number {
  let count = 0;
  let state: 'start' | 'content' | 'comment' = 'start';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) state = 'start';
    else if (state === 'start' && c !== 32 && c !== 9) {
      state = c === 35 ? 'comment' : 'content';
      if (state === 'content') count++;
    }
  }
  return count;
}

/** A number as the shortest text that reads back as the same double, without `+` (which a query
 *  string would turn into a space): 0.1, 1e-7, 1e21. */
export function dataNumber(v: number): string {
  return String(v).replace('e+', 'e');
}

/** Rows in the URL form, `t,s;t,s;...`, that parseDataParam reads back to the same numbers. */
export function dataParam(rows: readonly (readonly number[])[]): string {
  return rows.map((r) => r.map(dataNumber).join(',')).join(';');
}
