// The JSON export (CONTRACT §6), built from the scene and its results. Non-finite numbers
// (a diverged run) are written as null, which is what JSON can say.
import type { Results } from '../compute/results';
import { currentLang, type Lang } from '../i18n/i18n';
import { csvMsg } from '../i18n/views';
import type { Trajectory } from '../math/optimizers/types';
import { surfaceData } from '../math/surfaces';
import type { Scene } from './scene';
import { serializeScene } from './url';

export interface ExportMemory {
  numTensors: number;
  numBytes: number;
}

/** The largest Taylor order shown, at least 2: how far `point.derivatives` goes (CONTRACT §6). */
export function derivativeOrder(scene: Pick<Scene, 'taylor'>): number {
  return Math.max(2, ...scene.taylor);
}

/** One iterate as exported: the contract's fields, plus `radius` (trust-region) and `mu` (lm). */
function iterateOut(it: Trajectory['iterates'][number]) {
  const out: { k: number; x: number; y: number; value: number; gradNorm: number; radius?: number; mu?: number } = {
    k: it.k,
    x: it.x,
    y: it.y,
    value: it.value,
    gradNorm: it.gradNorm,
  };
  if (it.radius !== undefined) out.radius = it.radius;
  if (it.mu !== undefined) out.mu = it.mu;
  return out;
}

/**
 * The export (version 2). `derivatives` are dⁿf/(dx^(n−j) dy^j) at p up to the largest order
 * shown (compute/taylorModels.ts: pointDerivatives); without them, the facts give orders 0–2.
 */
export function buildExport(
  scene: Scene,
  results: Pick<Results, 'facts' | 'runs'>,
  backend: string,
  memory: ExportMemory,
  derivatives?: number[][],
) {
  const p = results.facts;
  const rows = scene.data ?? (scene.surfaceId ? surfaceData(scene.surfaceId) : undefined);
  return {
    version: 2,
    surface: {
      id: scene.surfaceId,
      formula: scene.formula,
      domain: [...scene.domain],
      ...(rows ? { data: rows.map((r) => [...r]) } : {}),
    },
    backend,
    point: p && {
      x: p.x,
      y: p.y,
      value: p.value,
      gradient: [...p.gradient],
      hessian: p.hessian.map((r) => [...r]),
      eigenvalues: [...p.eigenvalues],
      curvature: p.curvature,
      derivatives: derivatives ?? [[p.value], [...p.gradient], [p.hessian[0][0], p.hessian[0][1], p.hessian[1][1]]],
    },
    runs: results.runs.map((r) => ({
      optimizer: r.optimizer,
      params: r.params,
      status: r.status,
      iterates: r.iterates.map(iterateOut),
    })),
    memory: { numTensors: memory.numTensors, numBytes: memory.numBytes },
    // extension: the scene as its query string, so the app can load this file back exactly
    scene: serializeScene(scene),
  };
}

export function exportText(data: ReturnType<typeof buildExport>): string {
  return JSON.stringify(data, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2);
}

/** The CSV's header in English (CONTRACT §6's field names). */
export const CSV_HEADER = csvMsg.en.header;

/** A CSV field: numbers in full precision, non-finite ones as an empty cell; text quoted if needed. */
function csvField(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Every iterate of every run, one row each, in run order (CONTRACT §6's fields, flat). The
 *  header is in `lang` (the language in use by default); the rows are numbers and optimizer ids. */
export function buildCsv(runs: readonly Trajectory[], lang: Lang = currentLang()): string {
  const rows = [csvMsg.in(lang).header];
  for (const r of runs) {
    for (const it of r.iterates) {
      rows.push([r.optimizer, it.k, it.x, it.y, it.value, it.gradNorm].map(csvField).join(','));
    }
  }
  return rows.join('\n') + '\n';
}

/** Offer a URL (e.g. a data: URL of a PNG) as a file download. */
export function downloadUrl(filename: string, url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Offer text as a file download. */
export function download(filename: string, text: string | Blob, type = 'application/json') {
  const blob = typeof text === 'string' ? new Blob([text], { type }) : text;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
