// The numeric parameters of the scene (CONTRACT §1), as one declarative table in the manner of
// TensorFlow Playground's state.ts: each row is a parameter's name, its default, its rule (the
// check and the words that say it), and how it is written back. parseScene, serializeScene and
// the typed fields (the optimizer panel, the data panel) all read this table, so no rule is
// written twice (the optimizers' own defaults are the registry's, PARAM_DEFAULTS) and a message says the same thing wherever the value was typed.
import { currentLang, type Lang } from '../i18n/i18n';
import { paramMsg } from '../i18n/problems';
import { PARAM_DEFAULTS } from '../math/optimizers/registry';
import type { Scene } from './scene';

/** What a default or a rule may depend on: the surface's suggested step size, and the number
 *  of data points of a regression surface (sgd's batch is at most that). */
export interface ParamContext {
  lr: number;
  rows?: number;
}

export const M_RANGE = [1, 20] as const;
export const SEED_MAX = 4294967295;
export const PATCH_RANGE = [0.02, 1] as const;
export const STEPS_RANGE = [1, 10000] as const;
export const GRID_RANGE = [11, 1001] as const;

export type NumberKey = 'lr' | 'beta' | 'h' | 'steps' | 'tol' | 'grid' | 'patch' | 'm' | 'radius' | 'batch' | 'seed';

export interface NumberParam {
  /** the URL parameter and the scene field (the same name) */
  readonly key: NumberKey;
  /** the value an absent parameter means; null: none (chosen elsewhere, e.g. grid by the device) */
  readonly fallback: (c: ParamContext) => number | null;
  /** whether a finite number is allowed */
  readonly ok: (v: number, c: ParamContext) => boolean;
  /** the rule in words, as messages say it after "out of range: " (default: the language in use) */
  readonly rule: (c: ParamContext, lang?: Lang) => string;
}

const whole = (lo: number, hi: number) => (v: number) => Number.isInteger(v) && v >= lo && v <= hi;
const positive = (v: number) => v > 0;
/** The messages in `lang`, or in the language in use. */
const words = (lang?: Lang) => paramMsg.in(lang ?? currentLang());

/** The table, in the order the parameters are written to the URL. */
export const NUMBER_PARAMS: readonly NumberParam[] = [
  { key: 'lr', fallback: (c) => c.lr, ok: positive, rule: (_c, lang) => words(lang).positive },
  {
    key: 'beta',
    fallback: () => PARAM_DEFAULTS.beta,
    ok: (v) => v >= 0 && v < 1,
    rule: (_c, lang) => words(lang).beta,
  },
  { key: 'h', fallback: () => PARAM_DEFAULTS.h, ok: positive, rule: (_c, lang) => words(lang).positive },
  {
    key: 'steps',
    fallback: () => 100,
    ok: whole(...STEPS_RANGE),
    rule: (_c, lang) => words(lang).whole(...STEPS_RANGE),
  },
  { key: 'tol', fallback: () => 1e-5, ok: positive, rule: (_c, lang) => words(lang).positive },
  {
    key: 'grid',
    fallback: () => null,
    ok: whole(...GRID_RANGE),
    rule: (_c, lang) => words(lang).whole(...GRID_RANGE),
  },
  {
    key: 'patch',
    fallback: () => 0.2,
    ok: (v) => v >= PATCH_RANGE[0] && v <= PATCH_RANGE[1],
    rule: (_c, lang) => words(lang).from(...PATCH_RANGE),
  },
  {
    key: 'm',
    fallback: () => PARAM_DEFAULTS.m,
    ok: whole(...M_RANGE),
    rule: (_c, lang) => words(lang).memory(...M_RANGE),
  },
  {
    key: 'radius',
    fallback: () => PARAM_DEFAULTS.radius,
    ok: positive,
    rule: (_c, lang) => words(lang).radius,
  },
  {
    key: 'batch',
    fallback: (c) => Math.min(PARAM_DEFAULTS.batch, c.rows ?? PARAM_DEFAULTS.batch),
    ok: (v, c) => Number.isInteger(v) && v >= 1 && (c.rows === undefined || v <= c.rows),
    rule: (c, lang) => (c.rows === undefined ? words(lang).batchAny : words(lang).batchRows(c.rows)),
  },
  {
    key: 'seed',
    fallback: () => PARAM_DEFAULTS.seed,
    ok: whole(0, SEED_MAX),
    rule: (_c, lang) => words(lang).seed(SEED_MAX),
  },
];

const BY_KEY = new Map(NUMBER_PARAMS.map((p) => [p.key, p]));
export const numberParam = (key: NumberKey): NumberParam => BY_KEY.get(key)!;

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A finite number written plainly (no hex, no Infinity, no empty string). */
export function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}

/** User text quoted in a message, cut short: a 100,000-character value makes no useful alert. */
export function quote(text: string, max = 40): string {
  const t = text.length > max ? `${text.slice(0, max)}…` : text;
  return `"${t}"`;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Read a parameter's text by its row. `using` ends a message: what stays in use instead (the
 * URL says "using 0.01", a field "still using 0.01"), in the same language as `lang` (default:
 * the language in use). Empty text is the fields' case only (an absent URL parameter never
 * gets here).
 */
export function readNumber(
  key: NumberKey,
  text: string,
  c: ParamContext,
  using: string,
  lang: Lang = currentLang(),
): Checked<number> {
  const m = paramMsg.in(lang);
  const row = numberParam(key);
  const t = text.trim();
  if (t === '') return { ok: false, message: m.then(m.isEmpty, using) };
  const v = parseNumber(t);
  if (v === null) return { ok: false, message: m.then(m.notNumber(quote(t)), using) };
  if (!row.ok(v, c)) return { ok: false, message: m.then(m.outOfRange(v, row.rule(c, lang)), using) };
  return { ok: true, value: v };
}

/** A number as URL text that reads back as the same double (String(-0) would lose the sign). */
export const numText = (v: number) => (Object.is(v, -0) ? '-0' : String(v));

/** The scene's numeric fields that differ from their defaults, as URL pairs, in table order. */
export function writeNumbers(s: Pick<Scene, NumberKey>, c: ParamContext): [NumberKey, string][] {
  const out: [NumberKey, string][] = [];
  for (const row of NUMBER_PARAMS) {
    const v = s[row.key];
    if (v !== null && v !== row.fallback(c)) out.push([row.key, numText(v)]);
  }
  return out;
}

/** Every numeric field at its default. */
export function numberDefaults(c: ParamContext): Pick<Scene, NumberKey> {
  const d = Object.fromEntries(NUMBER_PARAMS.map((row) => [row.key, row.fallback(c)]));
  return d as Pick<Scene, NumberKey>;
}
