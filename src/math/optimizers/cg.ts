// Nonlinear conjugate gradients, Polak–Ribière+ (CONTRACT §5 `cg`): on a quadratic with exact
// line minimisation the directions are H-conjugate and it ends in n = 2 steps.
import { backtrack, optimize } from './common';
import type { OptGen, RunConfig, StepDetail } from './types';

/**
 * The first trial step: the minimum of the quadratic Taylor model along d,
 * t0 = −(g·d)/(dᵀHd), where dᵀHd > 0; else 1.
 */
export function cgFirstStep(g: [number, number], d: [number, number], hxx: number, hxy: number, hyy: number): number {
  const dHd = d[0] * (hxx * d[0] + hxy * d[1]) + d[1] * (hxy * d[0] + hyy * d[1]);
  return dHd > 0 ? -(g[0] * d[0] + g[1] * d[1]) / dHd : 1;
}

/** PR+: beta = max(0, g_new·(g_new − g)/(g·g)). */
export function polakRibierePlus(g: [number, number], gNew: [number, number]): number {
  const pr = (gNew[0] * (gNew[0] - g[0]) + gNew[1] * (gNew[1] - g[1])) / (g[0] * g[0] + g[1] * g[1]);
  return Math.max(0, pr);
}

export function cg(cfg: RunConfig): OptGen {
  // d for the next iterate and how it was made (k = 0: −g, no beta)
  let d: [number, number] | null = null;
  let made = { beta: 0, restart: false };
  return optimize('cg', {}, cfg, 2, function* (x, y, e) {
    const g: [number, number] = [e.gx, e.gy];
    const dir: [number, number] = d ?? [-g[0], -g[1]];
    const t0 = cgFirstStep(g, dir, e.hxx, e.hxy, e.hyy);
    const detail: StepDetail = { cg: made, t0 };
    const found = yield* backtrack(x, y, e, dir, 2, detail, t0);
    if (!found) return { status: 'line-search-failed', detail };
    const gNew: [number, number] = [found.e.gx, found.e.gy];
    const beta = polakRibierePlus(g, gNew);
    let next: [number, number] = [-gNew[0] + beta * dir[0], -gNew[1] + beta * dir[1]];
    let restart = beta === 0;
    if (gNew[0] * next[0] + gNew[1] * next[1] >= 0) {
      // not a descent direction: restart along −g_new
      next = [-gNew[0], -gNew[1]];
      restart = true;
    }
    d = next;
    made = { beta, restart };
    return { x: found.x, y: found.y, e: found.e, detail };
  });
}
