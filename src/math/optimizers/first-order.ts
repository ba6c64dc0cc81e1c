// First-order optimizers (CONTRACT §5): gd, momentum, adam, and fd-gd (gd with central
// differences, the first-order Taylor expansion turned into a gradient estimate).
import { evalAt, optimize } from './common';
import type { Eval, OptGen, RunConfig } from './types';

export function gd(cfg: RunConfig, lr: number): OptGen {
  return optimize('gd', { lr }, cfg, 1, function* (x, y, e) {
    const d: [number, number] = [-lr * e.gx, -lr * e.gy];
    const nx = x + d[0];
    const ny = y + d[1];
    return { x: nx, y: ny, e: yield* evalAt(nx, ny, 1), detail: { direction: d } };
  });
}

export function momentum(cfg: RunConfig, lr: number, beta: number): OptGen {
  let vx = 0;
  let vy = 0;
  return optimize('momentum', { lr, beta }, cfg, 1, function* (x, y, e) {
    // v <- beta v - lr g; x <- x + v
    vx = beta * vx - lr * e.gx;
    vy = beta * vy - lr * e.gy;
    const nx = x + vx;
    const ny = y + vy;
    return { x: nx, y: ny, e: yield* evalAt(nx, ny, 1), detail: { direction: [vx, vy] } };
  });
}

/**
 * Nesterov's accelerated gradient: v <- beta v - lr ∇f(x + beta v); x <- x + v (v starts at
 * 0). The gradient is taken at the look-ahead point; its evaluation goes out with the next
 * iterate's, so a step costs one evaluation round (at k = 0 the look-ahead is x itself).
 */
export function nesterov(cfg: RunConfig, lr: number, beta: number): OptGen {
  let vx = 0;
  let vy = 0;
  let ahead: Eval | null = null;
  return optimize('nesterov', { lr, beta }, cfg, 1, function* (x, y, e) {
    const lookAhead: [number, number] = [x + beta * vx, y + beta * vy];
    const ga = ahead ?? e;
    vx = beta * vx - lr * ga.gx;
    vy = beta * vy - lr * ga.gy;
    const nx = x + vx;
    const ny = y + vy;
    const [ne, na] = yield {
      points: [
        [nx, ny],
        [nx + beta * vx, ny + beta * vy],
      ],
      order: 1,
    };
    ahead = na;
    return { x: nx, y: ny, e: ne, detail: { direction: [vx, vy], lookAhead, lookAheadGradient: [ga.gx, ga.gy] } };
  });
}

export const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8 };

export function adam(cfg: RunConfig, lr: number): OptGen {
  const { beta1, beta2, eps } = ADAM;
  let mx = 0;
  let my = 0;
  let sx = 0;
  let sy = 0;
  return optimize('adam', { lr }, cfg, 1, function* (x, y, e, k) {
    // Kingma & Ba (2015), Algorithm 1, with bias correction at step t = k + 1.
    const t = k + 1;
    mx = beta1 * mx + (1 - beta1) * e.gx;
    my = beta1 * my + (1 - beta1) * e.gy;
    sx = beta2 * sx + (1 - beta2) * e.gx * e.gx;
    sy = beta2 * sy + (1 - beta2) * e.gy * e.gy;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    const d: [number, number] = [
      (-lr * (mx / c1)) / (Math.sqrt(sx / c2) + eps),
      (-lr * (my / c1)) / (Math.sqrt(sy / c2) + eps),
    ];
    const nx = x + d[0];
    const ny = y + d[1];
    return { x: nx, y: ny, e: yield* evalAt(nx, ny, 1), detail: { direction: d } };
  });
}

/** Central differences: ∂f/∂x ≈ (f(x + h, y) − f(x − h, y)) / 2h, likewise in y. */
export function centralGradient(fxp: Eval, fxm: Eval, fyp: Eval, fym: Eval, h: number): [number, number] {
  return [(fxp.value - fxm.value) / (2 * h), (fyp.value - fym.value) / (2 * h)];
}

export function fdGd(cfg: RunConfig, lr: number, h: number): OptGen {
  // The gradient used for the step comes from four evaluations of f; the exact gradient is
  // still evaluated at every iterate, for the stop test and for the student's comparison.
  // The four difference points of the next iterate go out with the iterate itself, so a
  // step costs one evaluation round (the first step asks for its own).
  const around = (x: number, y: number): [number, number][] => [
    [x + h, y],
    [x - h, y],
    [x, y + h],
    [x, y - h],
  ];
  let fd: Eval[] | null = null;
  return optimize('fd-gd', { lr, h }, cfg, 1, function* (x, y) {
    const [fxp, fxm, fyp, fym] = fd ?? (yield { points: around(x, y), order: 0 });
    const g = centralGradient(fxp, fxm, fyp, fym, h);
    const d: [number, number] = [-lr * g[0], -lr * g[1]];
    const nx = x + d[0];
    const ny = y + d[1];
    const [e, ...next] = yield { points: [[nx, ny], ...around(nx, ny)], order: 1 };
    fd = next;
    return { x: nx, y: ny, e, detail: { direction: d, fdGradient: g } };
  });
}
