// The URL schema (CONTRACT §1): one declarative table of parameters, parsed and serialised
// by one piece of code. Parsing never throws: bad values become problems that name the
// parameter, and the default (or the last valid value) is used instead. The problems are in
// the language the URL asks for (its `lang`, else the browser's).
import { currentLang, resolveLang } from '../i18n/i18n';
import { paramMsg, urlMsg } from '../i18n/problems';
import { parseFormula } from '../math/formula/parse';
import { dataParam, parseDataParam } from '../math/data';
import { isRegressionId, regressionFormula, REGRESSION_IDS } from '../math/regression';
import { DEFAULT_SURFACE_ID, getSurface, surfaceData, SURFACES } from '../math/surfaces';
import type { Domain } from '../math/surfaces-types';
import {
  HIDE_PARTS,
  LANGS,
  LOCK_FIELDS,
  OPTIMIZER_IDS,
  TAYLOR_ORDERS,
  type Backend,
  type Lang,
  type OptimizerId,
  type Scene,
  type SliceDir,
  type TaylorOrder,
} from './scene';
import {
  GRID_RANGE,
  M_RANGE,
  NUMBER_PARAMS,
  numberDefaults,
  numText,
  parseNumber,
  PATCH_RANGE,
  quote,
  readNumber,
  SEED_MAX,
  STEPS_RANGE,
  writeNumbers,
  type NumberKey,
  type ParamContext,
} from './params';

export interface Problem {
  param: string;
  message: string;
  /** the message in each language, where known (a URL's problems: the banner follows a switch
   *  of language) */
  byLang?: Partial<Record<Lang, string>>;
}

/** A problem's message in `lang` (else the one it was made with). */
export const problemIn = (p: Problem, lang: Lang): string => p.byLang?.[lang] ?? p.message;

/** The problems of `search` (parsed onto `base`), each with its message in every language. */
export function urlProblems(search: string, base: Scene, problems: Problem[]): Problem[] {
  // a link without problems (most of them) is parsed once only
  if (problems.length === 0) return problems;
  const again = LANGS.map((l) => [l, parseScene(search, base, l).problems] as const);
  return problems.map((p, i) => ({
    ...p,
    byLang: Object.fromEntries(again.flatMap(([l, ps]) => (ps[i]?.param === p.param ? [[l, ps[i].message]] : []))),
  }));
}

export const FORMULA_DOMAIN: Domain = [-3, 3, -3, 3];
export const FORMULA_LR = 0.01;
/** The default optimizers (the numeric defaults are rows of NUMBER_PARAMS, params.ts). */
export const DEFAULT_OPT: readonly OptimizerId[] = ['gd', 'newton'];
export { GRID_RANGE, M_RANGE, PATCH_RANGE, parseNumber, quote, SEED_MAX, STEPS_RANGE };
/** Largest magnitude of a domain bound: beyond it float32 grids lose all meaning. */
export const DOMAIN_LIMIT = 1e6;

function parseList(text: string, n: number, lang: Lang): number[] | string {
  const parts = text.split(',');
  if (parts.length !== n) return urlMsg.in(lang).expectedNumbers(n, quote(text));
  const out: number[] = [];
  for (const p of parts) {
    const v = parseNumber(p);
    if (v === null) return paramMsg.in(lang).notNumber(quote(p.trim()));
    out.push(v);
  }
  return out;
}

/**
 * What is wrong with a domain [xmin, xmax, ymin, ymax] of finite numbers, or null. Besides
 * the order, the bounds stay within ±DOMAIN_LIMIT and each side spans more than float32 can
 * resolve across a grid (about 1e-4 of the bounds' size), so the plots never collapse.
 * The message is in `lang` (default: the language in use).
 */
export function checkDomain(d: readonly number[], lang: Lang = currentLang()): string | null {
  const m = urlMsg.in(lang);
  if (!(d[0] < d[1] && d[2] < d[3])) return m.domainOrder;
  if (d.some((v) => Math.abs(v) > DOMAIN_LIMIT)) return m.domainLimit(DOMAIN_LIMIT.toExponential(0));
  const narrow = (a: number, b: number) => b - a < 1e-4 * Math.max(1e-2, Math.abs(a), Math.abs(b));
  if (narrow(d[0], d[1]) || narrow(d[2], d[3])) return m.domainNarrow;
  return null;
}

export const inside = (d: Domain, p: [number, number]) => p[0] >= d[0] && p[0] <= d[1] && p[1] >= d[2] && p[1] <= d[3];
const center = (d: Domain): [number, number] => [(d[0] + d[1]) / 2, (d[2] + d[3]) / 2];
export const fmtPair = (p: [number, number]) => `(${p[0]}, ${p[1]})`;
export const fmtDomain = (d: Domain) => `[${d[0]}, ${d[1]}] × [${d[2]}, ${d[3]}]`;

/** Suggested values of the surface or formula: what an absent parameter means. */
export function surfaceDefaults(surfaceId: string | null, domain?: Domain) {
  const s = surfaceId ? getSurface(surfaceId) : undefined;
  const d = domain ?? (s ? s.domain : FORMULA_DOMAIN);
  const [cx, cy] = center(d);
  const w = d[1] - d[0];
  const h = d[3] - d[2];
  // For a typed formula: a point off-centre (the centre is often a critical point, where
  // the tangent plane is flat) and a start on the other side.
  let point: [number, number] = s ? s.point : [cx + w / 6, cy + h / 6];
  let start: [number, number] = s ? s.start : [cx - w / 4, cy + h / 4];
  if (!inside(d, point)) point = [cx + w / 6, cy + h / 6];
  if (!inside(d, start)) start = [cx - w / 4, cy + h / 4];
  return { domain: s ? s.domain : FORMULA_DOMAIN, point, start, lr: s ? s.lr : FORMULA_LR };
}

export function defaultScene(): Scene {
  const s = getSurface(DEFAULT_SURFACE_ID)!;
  const d = surfaceDefaults(s.id);
  return {
    ...numberDefaults({ lr: d.lr, rows: surfaceData(s.id)?.length }),
    surfaceId: s.id,
    formula: s.formula,
    domain: d.domain,
    point: d.point,
    taylor: [1, 2],
    start: d.start,
    opt: [...DEFAULT_OPT],
    backend: null,
    embed: false,
    basins: 'off',
    data: null,
    dir: 'grad',
    lang: null,
    hide: [],
    lock: [],
    resize: false,
    present: false,
    tour: null,
    tourStep: 0,
  };
}

/** `grad`, `newton`, or an angle in degrees (any finite number, kept as written): the direction,
 *  or a message (in `lang`, default: the language in use). */
export function parseDir(text: string, lang: Lang = currentLang()): { dir: SliceDir } | { message: string } {
  if (text === 'grad' || text === 'newton') return { dir: text };
  const v = parseNumber(text);
  if (v === null) return { message: urlMsg.in(lang).notDir(quote(text), 'grad', 'newton') };
  return { dir: v };
}

/** A comma list of ids from `allowed` (repeats folded): the ids, or a message naming the first unknown one. */
function parseIds<T extends string>(
  text: string,
  allowed: readonly T[],
  unknown: (quoted: string, choices: string) => string,
): T[] | string {
  const out: T[] = [];
  for (const raw of text.split(',')) {
    const id = raw.trim();
    if (id === '') continue;
    if (!(allowed as readonly string[]).includes(id)) return unknown(quote(id), allowed.join(', '));
    if (!out.includes(id as T)) out.push(id as T);
  }
  return out;
}

/** The `taylor` parameter's text: `0` for none, else the orders ascending (`1,2`). */
export function taylorParam(t: readonly TaylorOrder[]): string {
  return t.length === 0 ? '0' : t.join(',');
}

/** `0`, or a comma list of orders 1 to 6 (any order, repeats folded): the orders, or a message
 *  (in `lang`, default: the language in use). */
export function parseTaylor(text: string, lang: Lang = currentLang()): TaylorOrder[] | string {
  const key = text.replace(/\s/g, '');
  if (key === '0') return [];
  const out: TaylorOrder[] = [];
  for (const part of key.split(',')) {
    const k = TAYLOR_ORDERS.find((o) => String(o) === part);
    if (k === undefined) return urlMsg.in(lang).notTaylor(quote(part));
    if (!out.includes(k)) out.push(k);
  }
  return out.sort((a, b) => a - b);
}

/** The tour's step (1-based in the URL, 0-based in the scene): a whole number from 1 to 100. */
function tourStepOf(text: string | null, bad: (param: string, message: string) => void, lang: Lang): number {
  if (text === null) return 0;
  const pm = paramMsg.in(lang);
  const v = parseNumber(text);
  if (v === null) bad('step', pm.then(pm.notNumber(quote(text)), pm.using('1')));
  else if (!(Number.isInteger(v) && v >= 1 && v <= 100))
    bad('step', pm.then(pm.outOfRange(v, pm.whole(1, 100)), pm.using('1')));
  else return v - 1;
  return 0;
}

/**
 * Parse a query string into a scene; `base` supplies last valid values (default: defaults).
 * The problems are in `msgLang` when given (an export loaded into the page: the page's
 * language), else in the language the URL asks for: its own `lang`, else the browser's (a bad
 * `lang` itself is said in the browser's).
 */
export function parseScene(
  search: string,
  base: Scene = defaultScene(),
  msgLang?: Lang,
): { scene: Scene; problems: Problem[] } {
  const q = new URLSearchParams(search);
  const problems: Problem[] = [];
  const bad = (param: string, message: string) => problems.push({ param, message });
  const get = (k: string) => {
    const v = q.get(k);
    return v === null ? null : v.trim();
  };

  // The language first: every message below is in it.
  let lang: Lang | null = null;
  const lp = get('lang');
  if (lp !== null && (LANGS as readonly string[]).includes(lp)) lang = lp as Lang;
  const said = msgLang ?? resolveLang(lang);
  const um = urlMsg.in(said);
  const pm = paramMsg.in(said);
  const then = pm.then;

  // Surface or formula first: every other default depends on it.
  let surfaceId: string | null = DEFAULT_SURFACE_ID;
  const sp = get('surface');
  if (sp !== null) {
    if (getSurface(sp)) surfaceId = sp;
    else bad('surface', um.unknownSurface(quote(sp), SURFACES.map((s) => s.id).join(', ')));
  }
  let formula = getSurface(surfaceId)!.formula;
  const fp = q.get('f');
  if (fp !== null) {
    const r = parseFormula(fp, said);
    if (r.ok) {
      surfaceId = null;
      formula = fp;
    } else if (sp === null) {
      // No surface named either: keep the last valid one.
      surfaceId = base.surfaceId;
      formula = base.formula;
      bad('f', then(r.message, um.keepingSurface));
    } else bad('f', then(r.message, um.showingSurface(String(surfaceId))));
  }

  let data: number[][] | null = null;
  const dtp = q.get('data');
  if (dtp !== null) {
    if (!isRegressionId(surfaceId)) bad('data', then(um.dataRegressionOnly(REGRESSION_IDS.join(', ')), um.ignoringIt));
    else {
      const r = parseDataParam(dtp, surfaceId, said);
      if (!r.ok) {
        // the last valid rows stay (base), when they belong to the same surface
        if (base.surfaceId === surfaceId && base.data) data = base.data.map((row) => [...row]);
        bad('data', then(r.message, data ? um.keepingData : um.ownData));
      } else data = r.rows.map((row) => [...row]);
    }
  }
  if (data !== null && isRegressionId(surfaceId)) formula = regressionFormula(surfaceId, data);

  const sd = surfaceDefaults(surfaceId);
  let domain = sd.domain;
  const dp = get('domain');
  if (dp !== null) {
    const v = parseList(dp, 4, said);
    const problem = typeof v === 'string' ? um.domainFormat(v) : checkDomain(v, said);
    if (problem !== null) bad('domain', typeof v === 'string' ? problem : um.got(problem, quote(dp)));
    else domain = v as Domain;
  }
  const within = surfaceDefaults(surfaceId, domain);

  const pair = (key: 'point' | 'start', fallback: [number, number]): [number, number] => {
    const t = get(key);
    if (t === null) return fallback;
    const v = parseList(t, 2, said);
    if (typeof v === 'string') {
      bad(key, um.pairFormat(v));
      return fallback;
    }
    const p: [number, number] = [v[0], v[1]];
    if (!inside(domain, p)) {
      bad(key, um.outsideDomain(fmtPair(p), fmtDomain(domain)));
      return fallback;
    }
    return p;
  };
  const point = pair('point', within.point);
  const start = pair('start', within.start);

  let taylor: TaylorOrder[] = [1, 2];
  const tp = get('taylor');
  if (tp !== null) {
    const t = parseTaylor(tp, said);
    if (typeof t === 'string') bad('taylor', then(t, pm.using('1,2')));
    else taylor = t;
  }

  let opt = [...DEFAULT_OPT];
  const op = get('opt');
  if (op !== null) {
    const ids: OptimizerId[] = [];
    for (const raw of op.split(',')) {
      const id = raw.trim();
      if ((OPTIMIZER_IDS as readonly string[]).includes(id)) {
        if (!ids.includes(id as OptimizerId)) ids.push(id as OptimizerId);
      } else bad('opt', um.unknownOptimizer(quote(id), OPTIMIZER_IDS.join(', ')));
    }
    if (ids.length > 0) opt = ids;
    else bad('opt', then(um.noOptimizer(quote(op)), pm.using(DEFAULT_OPT.join(','))));
  }

  // The numeric parameters, by their rows in NUMBER_PARAMS (params.ts).
  const nRows = data?.length ?? (surfaceId ? surfaceData(surfaceId)?.length : undefined);
  const ctx: ParamContext = { lr: sd.lr, rows: nRows };
  const num = (key: NumberKey, fallback: number | null): number | null => {
    const t = get(key);
    if (t === null) return fallback;
    const using = fallback === null ? pm.usingDefault : pm.using(String(fallback));
    const r =
      t === ''
        ? { ok: false as const, message: then(pm.notNumber('""'), using) }
        : readNumber(key, t, ctx, using, said);
    if (r.ok) return r.value;
    bad(key, r.message);
    return fallback;
  };
  const nums = Object.fromEntries(NUMBER_PARAMS.map((row) => [row.key, num(row.key, row.fallback(ctx))])) as Pick<
    Scene,
    NumberKey
  >;
  let dir: SliceDir = 'grad';
  const dp2 = get('dir');
  if (dp2 !== null) {
    const v = parseDir(dp2, said);
    if ('message' in v) bad('dir', then(v.message, pm.using('grad')));
    else dir = v.dir;
  }
  if (lp !== null && lang === null) {
    // said in the browser's language: the link's own asks for none that the app knows
    const lm = urlMsg.in(msgLang ?? resolveLang(null));
    bad('lang', lm.notLang(quote(lp), LANGS.join(lm.or)));
  }
  const ids = <T extends string>(
    key: string,
    allowed: readonly T[],
    unknown: (quoted: string, choices: string) => string,
  ): T[] => {
    const t = get(key);
    if (t === null) return [];
    const v = parseIds(t, allowed, unknown);
    if (typeof v === 'string') {
      bad(key, then(v, um.ignoring(key)));
      return [];
    }
    return v;
  };
  const hide = ids('hide', HIDE_PARTS, um.unknownPart);
  const lock = ids('lock', LOCK_FIELDS, um.unknownField);
  let resize = false;
  const rp = get('resize');
  if (rp !== null) {
    if (rp === '1' || rp === '0') resize = rp === '1';
    else bad('resize', um.notBinary(quote(rp)));
  }

  let backend: Backend | null = null;
  const bp = get('backend');
  if (bp !== null) {
    if (bp === 'webgl' || bp === 'wasm' || bp === 'cpu') backend = bp;
    else bad('backend', um.notOneOf(quote(bp), 'webgl, wasm, cpu'));
  }
  let embed = false;
  const ep = get('embed');
  if (ep !== null) {
    if (ep === '1' || ep === '0') embed = ep === '1';
    else bad('embed', um.notBinary(quote(ep)));
  }

  let basins: Scene['basins'] = 'off';
  const bsp = get('basins');
  if (bsp !== null) {
    if (bsp === 'newton' || bsp === 'damped-newton' || bsp === 'off') basins = bsp;
    else bad('basins', um.notOneOf(quote(bsp), 'newton, damped-newton, off'));
  }
  let present = false;
  const pp = get('present');
  if (pp !== null) {
    if (pp === '1' || pp === '0') present = pp === '1';
    else bad('present', um.notBinary(quote(pp)));
  }
  // The tour's id is checked against the tours by the tour bar (it knows them); here only its form.
  let tour: string | null = null;
  const tp2 = get('tour');
  if (tp2 !== null) {
    if (/^[a-z0-9-]{1,40}$/.test(tp2)) tour = tp2;
    else bad('tour', um.notTour(quote(tp2)));
  }
  const tourStep = tour === null ? 0 : tourStepOf(get('step'), bad, said);

  return {
    scene: {
      ...nums,
      surfaceId,
      formula,
      domain,
      point,
      taylor,
      start,
      opt,
      backend,
      embed,
      basins,
      data,
      dir,
      lang,
      hide,
      lock,
      resize,
      present,
      tour,
      tourStep,
    },
    problems,
  };
}

const sameArr = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
const list = (a: readonly number[]) => a.map(numText).join(',');

/** Write the scene as a query string; parameters at their defaults are left out. */
export function serializeScene(s: Scene): string {
  const q = new URLSearchParams();
  if (s.surfaceId === null) q.set('f', s.formula);
  else if (s.surfaceId !== DEFAULT_SURFACE_ID) q.set('surface', s.surfaceId);
  if (s.data !== null) q.set('data', dataParam(s.data));
  const sd = surfaceDefaults(s.surfaceId);
  if (!sameArr(s.domain, sd.domain)) q.set('domain', list(s.domain));
  const within = surfaceDefaults(s.surfaceId, s.domain);
  if (!sameArr(s.point, within.point)) q.set('point', list(s.point));
  const tp = taylorParam(s.taylor);
  if (tp !== '1,2') q.set('taylor', tp);
  if (!sameArr(s.start, within.start)) q.set('start', list(s.start));
  if (s.opt.join(',') !== DEFAULT_OPT.join(',')) q.set('opt', s.opt.join(','));
  // the numeric parameters, by their rows in NUMBER_PARAMS (params.ts)
  const nRows = s.data?.length ?? (s.surfaceId ? surfaceData(s.surfaceId)?.length : undefined);
  for (const [k, v] of writeNumbers(s, { lr: sd.lr, rows: nRows })) q.set(k, v);
  if (s.backend !== null) q.set('backend', s.backend);
  if (s.embed) q.set('embed', '1');
  if (s.basins !== 'off') q.set('basins', s.basins);
  if (s.dir !== 'grad') q.set('dir', typeof s.dir === 'number' ? numText(s.dir) : s.dir);
  if (s.lang !== null) q.set('lang', s.lang);
  if (s.hide.length > 0) q.set('hide', s.hide.join(','));
  if (s.lock.length > 0) q.set('lock', s.lock.join(','));
  if (s.resize) q.set('resize', '1');
  if (s.present) q.set('present', '1');
  if (s.tour !== null) {
    q.set('tour', s.tour);
    q.set('step', String(s.tourStep + 1));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}
