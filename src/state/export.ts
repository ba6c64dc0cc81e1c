// The JSON export (CONTRACT §6), built from the scene and its results. Non-finite numbers
// (a diverged run) are written as null, which is what JSON can say.
import type { Results } from '../compute/results';
import type { Trajectory } from '../math/optimizers/types';
import type { Scene } from './scene';

export interface ExportMemory {
  numTensors: number;
  numBytes: number;
}

/** Only the point facts and the runs are exported; any Results will do. */
export function buildExport(
  scene: Scene,
  results: Pick<Results, 'facts' | 'runs'>,
  backend: string,
  memory: ExportMemory,
) {
  const p = results.facts;
  return {
    version: 1,
    surface: { id: scene.surfaceId, formula: scene.formula, domain: [...scene.domain] },
    backend,
    point: p && {
      x: p.x,
      y: p.y,
      value: p.value,
      gradient: [...p.gradient],
      hessian: p.hessian.map((r) => [...r]),
      eigenvalues: [...p.eigenvalues],
      curvature: p.curvature,
    },
    runs: results.runs.map((r) => ({
      optimizer: r.optimizer,
      params: r.params,
      status: r.status,
      iterates: r.iterates.map((it) => ({ k: it.k, x: it.x, y: it.y, value: it.value, gradNorm: it.gradNorm })),
    })),
    memory: { numTensors: memory.numTensors, numBytes: memory.numBytes },
  };
}

export function exportText(data: ReturnType<typeof buildExport>): string {
  return JSON.stringify(data, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2);
}

export const CSV_HEADER = 'optimizer,k,x,y,value,gradNorm';

/** A CSV field: numbers in full precision, non-finite ones as an empty cell; text quoted if needed. */
function csvField(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Every iterate of every run, one row each, in run order (CONTRACT §6's fields, flat). */
export function buildCsv(runs: readonly Trajectory[]): string {
  const rows = [CSV_HEADER];
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
