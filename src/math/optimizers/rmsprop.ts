// RMSProp (Tieleman & Hinton, 2012, lecture 6.5): each coordinate's step is divided by a running
// root mean square of its gradients, so a steep direction and a shallow one move at similar
// speeds. s <- rho s + (1 - rho) g² (per coordinate, s starts at 0); x <- x - lr g / (√s + eps).
// An extension beyond the contract's methods, added through the registry alone; its GPU step
// (gpu-runs.ts) came after, in a commit of its own.
import { evalAt, optimize } from './common';
import type { OptGen, RunConfig } from './types';

export const RMSPROP = { rho: 0.9, eps: 1e-8 };

export function rmsprop(cfg: RunConfig, lr: number): OptGen {
  const { rho, eps } = RMSPROP;
  let sx = 0;
  let sy = 0;
  return optimize('rmsprop', { lr }, cfg, 1, function* (x, y, e) {
    sx = rho * sx + (1 - rho) * e.gx * e.gx;
    sy = rho * sy + (1 - rho) * e.gy * e.gy;
    const d: [number, number] = [(-lr * e.gx) / (Math.sqrt(sx) + eps), (-lr * e.gy) / (Math.sqrt(sy) + eps)];
    const nx = x + d[0];
    const ny = y + d[1];
    return { x: nx, y: ny, e: yield* evalAt(nx, ny, 1), detail: { direction: d } };
  });
}
