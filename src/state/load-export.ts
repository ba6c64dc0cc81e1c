// Loading the app's own JSON export back (issue 19): the scene it was made from, data included.
// An export carries the scene as its query string (`scene`, an extension of CONTRACT §6), which
// parseScene reads with every check of a URL; an export without it (older, or written by hand)
// is read from its contract fields: the surface or formula, its domain and data, p, and the
// runs (their optimizers, parameters and common start). Never throws: what is wrong is named,
// in the language in use (the page's, not the export's `lang`).
import { currentLang } from '../i18n/i18n';
import { exportMsg } from '../i18n/problems';
import { dataParam } from '../math/data';
import { isRegressionId } from '../math/regression';
import { surfaceData } from '../math/surfaces';
import type { Scene } from './scene';
import { parseScene, type Problem } from './url';

/** Exports above this size are refused before they are read (a 500-row export is ~100 kB). */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;

export type Loaded = { ok: true; scene: Scene; problems: Problem[] } | { ok: false; message: string };

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The query string an export without `scene` stands for, from its contract fields. */
function queryOf(json: Json): string {
  const q = new URLSearchParams();
  const surface = json.surface;
  if (!isObj(surface)) return exportMsg().noSurface;
  if (typeof surface.id === 'string') q.set('surface', surface.id);
  else if (typeof surface.formula === 'string') q.set('f', surface.formula);
  else return exportMsg().noFormula;
  if (Array.isArray(surface.domain) && surface.domain.length === 4 && surface.domain.every(isNum))
    q.set('domain', surface.domain.join(','));
  const id = typeof surface.id === 'string' ? surface.id : null;
  if (isRegressionId(id) && Array.isArray(surface.data)) {
    const rows = surface.data as number[][];
    // the shipped rows are the surface's own: no data parameter
    if (JSON.stringify(rows) !== JSON.stringify(surfaceData(id))) q.set('data', dataParam(rows));
  }
  const point = json.point;
  if (isObj(point) && isNum(point.x) && isNum(point.y)) q.set('point', `${point.x},${point.y}`);
  const runs = Array.isArray(json.runs) ? json.runs.filter(isObj) : [];
  if (runs.length > 0) {
    q.set('opt', runs.map((r) => String(r.optimizer)).join(','));
    const first = Array.isArray(runs[0].iterates) ? runs[0].iterates[0] : undefined;
    if (isObj(first) && isNum(first.x) && isNum(first.y)) q.set('start', `${first.x},${first.y}`);
    for (const key of ['lr', 'beta', 'h', 'm', 'radius', 'batch', 'seed']) {
      const v = runs.map((r) => (isObj(r.params) ? r.params[key] : undefined)).find(isNum);
      if (v !== undefined) q.set(key, String(v));
    }
  }
  return `?${q.toString()}`;
}

/**
 * The scene an export's text stands for, on top of `base` (the last valid values), with the
 * problems parseScene found (shown as alerts); or why the text is no export of this app.
 */
export function sceneFromExport(text: string, base: Scene): Loaded {
  const m = exportMsg();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: m.notJson(err instanceof Error ? err.message : String(err)) };
  }
  if (!isObj(json) || !('version' in json)) return { ok: false, message: m.noVersion };
  if (json.version !== 1 && json.version !== 2)
    return { ok: false, message: m.badVersion(String(JSON.stringify(json.version))) };
  const query = typeof json.scene === 'string' && json.scene.startsWith('?') ? json.scene : queryOf(json);
  if (!query.startsWith('?')) return { ok: false, message: m.notScene(query) };
  const { scene, problems } = parseScene(query, base, currentLang());
  return { ok: true, scene, problems };
}
