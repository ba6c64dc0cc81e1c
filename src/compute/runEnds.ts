// The facts at every run's last iterate (f, ∇f, H in one batched tfjs evaluation; f's float32
// resolution there) and f's range over the domain, turned into each run's status in words
// (math/runStatus.ts). Views call useRunStatuses and only display what it returns.
import { useMemo } from 'react';
import { currentLang, useLang, type Lang } from '../i18n/i18n';
import type { Node } from '../math/formula/ast';
import { evalPoints, type GridValues } from '../math/evaluate';
import { f32ErrorBound } from '../math/roundoff';
import { classifyRun, type EndFacts, type RunContext, type RunLike, type RunStatus } from '../math/runStatus';
import type { Domain } from '../math/surfaces-types';
import { useScene } from '../state/store';
import { useResults } from './results';

/** f's least and largest finite values on the grid, or null when none is finite. */
export function gridRange(grid: Pick<GridValues, 'v'> | null): { min: number; max: number } | null {
  if (!grid) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of grid.v) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

/**
 * Facts at the last iterate of each run whose last position is finite: one evaluation of
 * order 2 at all those points together (evalPoints disposes its tensors). A failed
 * evaluation leaves every entry null (the words then say less, never something false).
 */
export function endFacts(ast: Node, runs: readonly RunLike[]): (EndFacts | null)[] {
  const at: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  runs.forEach((r, i) => {
    const last = r.iterates[r.iterates.length - 1];
    if (last && Number.isFinite(last.x) && Number.isFinite(last.y)) {
      at.push(i);
      xs.push(last.x);
      ys.push(last.y);
    }
  });
  const out: (EndFacts | null)[] = runs.map(() => null);
  if (at.length === 0) return out;
  let r: ReturnType<typeof evalPoints>;
  try {
    r = evalPoints(ast, xs, ys, 2);
  } catch {
    return out;
  }
  at.forEach((i, j) => {
    // the error bound walks f's tree (one term per row on a data set of 500): only where a
    // status reads it
    let f32Error: number | undefined;
    out[i] = {
      value: r.v[j],
      gradient: [r.gx![j], r.gy![j]],
      hessian: [r.hxx![j], r.hxy![j], r.hyy![j]],
      get f32Error() {
        return (f32Error ??= f32ErrorBound(ast, xs[j], ys[j]));
      },
    };
  });
  return out;
}

/** What the words of every run's status are read from: the facts at each end, f's range, the span. */
function endContexts(
  ast: Node | null,
  runs: readonly RunLike[],
  grid: Pick<GridValues, 'v'> | null,
  domain: Domain,
): RunContext[] {
  const ends = ast ? endFacts(ast, runs) : runs.map(() => null);
  const range = gridRange(grid);
  const span = Math.max(domain[1] - domain[0], domain[3] - domain[2]);
  return ends.map((end) => ({ end, range, span }));
}

/** Every run's status in words (of `lang`, by default the language in use), in the order of the runs. */
export function runStatuses(
  ast: Node | null,
  runs: readonly RunLike[],
  grid: Pick<GridValues, 'v'> | null,
  domain: Domain,
  lang: Lang = currentLang(),
): RunStatus[] {
  const ctx = endContexts(ast, runs, grid, domain);
  return runs.map((run, i) => classifyRun(run, ctx[i], lang));
}

/** The statuses of the current runs, recomputed when the runs (or f, or its grid) change; a
 *  language switch only rewords them (the facts are not evaluated again). */
export function useRunStatuses(): RunStatus[] {
  const runs = useResults((r) => r.runs);
  const ast = useResults((r) => r.ast);
  const grid = useResults((r) => r.grid);
  const domain = useScene((s) => s.scene.domain);
  const lang = useLang();
  const ctx = useMemo(() => endContexts(ast, runs, grid, domain), [ast, runs, grid, domain]);
  return useMemo(() => runs.map((run, i) => classifyRun(run, ctx[i], lang)), [runs, ctx, lang]);
}
