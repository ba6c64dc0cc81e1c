// Checks the surface catalog against the contract and against float64 reference functions whose
// f, gradient and Hessian are written out by hand here, not derived by the app's formula engine.
import { describe, expect, it } from 'vitest';
import { evalScalar } from './formula/evalScalar';
import { parseFormula } from './formula/parse';
import { sameTree } from './formula/print';
import {
  DEFAULT_SURFACE_ID,
  REGRESSION_IDS,
  SURFACES,
  dataColumns,
  getSurface,
  isRegressionId,
  leastSquares,
  pointLossAsts,
  pointLossFormula,
  regressionAst,
  regressionFormula,
  regressionMinimum,
  surfaceData,
  withData,
} from './surfaces';
import type { CriticalKind, RegressionData, Surface } from './surfaces-types';

type Vec = [number, number];
/** Hessian as [fxx, fxy, fyy]. */
type Sym = [number, number, number];
interface Ref {
  f: (x: number, y: number) => number;
  g: (x: number, y: number) => Vec;
  h: (x: number, y: number) => Sym;
}

// ---------------------------------------------------------------------------------------------
// The contract (exact formula text); the two regression formulas are generated from their data.
const CONTRACT: Record<string, string | null> = {
  quadratic: 'x^2 + 10*y^2',
  rosenbrock: '(1 - x)^2 + 100*(y - x^2)^2',
  himmelblau: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  beale: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
  booth: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
  matyas: '0.26*(x^2 + y^2) - 0.48*x*y',
  'three-hump-camel': '2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2',
  'six-hump-camel': '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
  saddle: 'x^2 - y^2',
  'monkey-saddle': 'x^3 - 3*x*y^2',
  rastrigin: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
  'styblinski-tang': '(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)/2',
  mccormick: 'sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1',
  'linear-regression': null,
  'logistic-regression': null,
  'exp-regression': null,
};

// ---------------------------------------------------------------------------------------------
// Reference functions, written out by hand.
const PI = Math.PI;

function linearRef(d: RegressionData): Ref {
  const n = d.targets.length;
  const t = d.features.map((r) => r[0]);
  const s = d.targets;
  return {
    f: (x, y) => t.reduce((acc, ti, i) => acc + (x * ti + y - s[i]) ** 2, 0) / n,
    g: (x, y) => {
      let gx = 0;
      let gy = 0;
      t.forEach((ti, i) => {
        const r = x * ti + y - s[i];
        gx += 2 * r * ti;
        gy += 2 * r;
      });
      return [gx / n, gy / n];
    },
    h: () => {
      const stt = t.reduce((acc, ti) => acc + ti * ti, 0);
      const st = t.reduce((acc, ti) => acc + ti, 0);
      return [(2 * stt) / n, (2 * st) / n, 2];
    },
  };
}

function logisticRef(d: RegressionData): Ref {
  const n = d.targets.length;
  const l = d.targets;
  const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
  return {
    f: (x, y) => d.features.reduce((acc, [a, b], i) => acc + softplus(-l[i] * (x * a + y * b)), 0) / n,
    g: (x, y) => {
      let gx = 0;
      let gy = 0;
      d.features.forEach(([a, b], i) => {
        const p = 1 / (1 + Math.exp(l[i] * (x * a + y * b)));
        gx -= l[i] * a * p;
        gy -= l[i] * b * p;
      });
      return [gx / n, gy / n];
    },
    h: (x, y) => {
      let hxx = 0;
      let hxy = 0;
      let hyy = 0;
      d.features.forEach(([a, b], i) => {
        const p = 1 / (1 + Math.exp(l[i] * (x * a + y * b)));
        const w = p * (1 - p);
        hxx += w * a * a;
        hxy += w * a * b;
        hyy += w * b * b;
      });
      return [hxx / n, hxy / n, hyy / n];
    },
  };
}

/** Mean of (x e^{-y t} - s)^2, differentiated by hand: r = x E - s with E = e^{-y t}, r_x = E,
 *  r_y = -x t E, r_xx = 0, r_xy = -t E, r_yy = x t^2 E; f_i = r^2, ∇f_i = 2 r ∇r, H_i = 2(∇r∇rᵀ + r ∇²r). */
function decayRef(d: RegressionData): Ref {
  const n = d.targets.length;
  const each = (x: number, y: number, fn: (r: number, e: number, t: number) => void) =>
    d.features.forEach(([t], i) => {
      const e = Math.exp(-y * t);
      fn(x * e - d.targets[i], e, t);
    });
  return {
    f: (x, y) => {
      let f = 0;
      each(x, y, (r) => (f += r * r));
      return f / n;
    },
    g: (x, y) => {
      let gx = 0;
      let gy = 0;
      each(x, y, (r, e, t) => {
        gx += 2 * r * e;
        gy += -2 * r * x * t * e;
      });
      return [gx / n, gy / n];
    },
    h: (x, y) => {
      let hxx = 0;
      let hxy = 0;
      let hyy = 0;
      each(x, y, (r, e, t) => {
        hxx += 2 * e * e;
        hxy += 2 * (-x * t * e * e - r * t * e);
        hyy += 2 * (x * x * t * t * e * e + r * x * t * t * e);
      });
      return [hxx / n, hxy / n, hyy / n];
    },
  };
}

const REF: Record<string, Ref> = {
  quadratic: { f: (x, y) => x * x + 10 * y * y, g: (x, y) => [2 * x, 20 * y], h: () => [2, 0, 20] },
  rosenbrock: {
    f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    g: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
    h: (x, y) => [2 - 400 * y + 1200 * x * x, -400 * x, 200],
  },
  himmelblau: {
    f: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
    g: (x, y) => {
      const a = x * x + y - 11;
      const b = x + y * y - 7;
      return [4 * x * a + 2 * b, 2 * a + 4 * y * b];
    },
    h: (x, y) => {
      const a = x * x + y - 11;
      const b = x + y * y - 7;
      return [4 * a + 8 * x * x + 2, 4 * x + 4 * y, 2 + 4 * b + 8 * y * y];
    },
  },
  beale: (() => {
    // f = Σ u_i², u_i = c_i - x + x y^i
    const c = [1.5, 2.25, 2.625];
    const parts = (x: number, y: number) =>
      [1, 2, 3].map((k, i) => ({
        u: c[i] - x + x * y ** k,
        ux: y ** k - 1,
        uy: k * x * y ** (k - 1),
        uxy: k * y ** (k - 1),
        uyy: k === 1 ? 0 : k * (k - 1) * x * y ** (k - 2),
      }));
    return {
      f: (x: number, y: number) => parts(x, y).reduce((s, p) => s + p.u * p.u, 0),
      g: (x: number, y: number): Vec => {
        const ps = parts(x, y);
        return [ps.reduce((s, p) => s + 2 * p.u * p.ux, 0), ps.reduce((s, p) => s + 2 * p.u * p.uy, 0)];
      },
      h: (x: number, y: number): Sym => {
        const ps = parts(x, y);
        return [
          ps.reduce((s, p) => s + 2 * p.ux * p.ux, 0),
          ps.reduce((s, p) => s + 2 * (p.ux * p.uy + p.u * p.uxy), 0),
          ps.reduce((s, p) => s + 2 * (p.uy * p.uy + p.u * p.uyy), 0),
        ];
      },
    };
  })(),
  booth: {
    f: (x, y) => (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2,
    g: (x, y) => {
      const u = x + 2 * y - 7;
      const v = 2 * x + y - 5;
      return [2 * u + 4 * v, 4 * u + 2 * v];
    },
    h: () => [10, 8, 10],
  },
  matyas: {
    f: (x, y) => 0.26 * (x * x + y * y) - 0.48 * x * y,
    g: (x, y) => [0.52 * x - 0.48 * y, 0.52 * y - 0.48 * x],
    h: () => [0.52, -0.48, 0.52],
  },
  'three-hump-camel': {
    f: (x, y) => 2 * x * x - 1.05 * x ** 4 + x ** 6 / 6 + x * y + y * y,
    g: (x, y) => [4 * x - 4.2 * x ** 3 + x ** 5 + y, x + 2 * y],
    h: (x) => [4 - 12.6 * x * x + 5 * x ** 4, 1, 2],
  },
  'six-hump-camel': {
    f: (x, y) => (4 - 2.1 * x * x + x ** 4 / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y,
    g: (x, y) => [8 * x - 8.4 * x ** 3 + 2 * x ** 5 + y, x - 8 * y + 16 * y ** 3],
    h: (x, y) => [8 - 25.2 * x * x + 10 * x ** 4, 1, -8 + 48 * y * y],
  },
  saddle: { f: (x, y) => x * x - y * y, g: (x, y) => [2 * x, -2 * y], h: () => [2, 0, -2] },
  'monkey-saddle': {
    f: (x, y) => x ** 3 - 3 * x * y * y,
    g: (x, y) => [3 * x * x - 3 * y * y, -6 * x * y],
    h: (x, y) => [6 * x, -6 * y, -6 * x],
  },
  rastrigin: {
    f: (x, y) => 20 + x * x - 10 * Math.cos(2 * PI * x) + y * y - 10 * Math.cos(2 * PI * y),
    g: (x, y) => [2 * x + 20 * PI * Math.sin(2 * PI * x), 2 * y + 20 * PI * Math.sin(2 * PI * y)],
    h: (x, y) => [2 + 40 * PI * PI * Math.cos(2 * PI * x), 0, 2 + 40 * PI * PI * Math.cos(2 * PI * y)],
  },
  'styblinski-tang': {
    f: (x, y) => (x ** 4 - 16 * x * x + 5 * x + y ** 4 - 16 * y * y + 5 * y) / 2,
    g: (x, y) => [(4 * x ** 3 - 32 * x + 5) / 2, (4 * y ** 3 - 32 * y + 5) / 2],
    h: (x, y) => [6 * x * x - 16, 0, 6 * y * y - 16],
  },
  mccormick: {
    f: (x, y) => Math.sin(x + y) + (x - y) ** 2 - 1.5 * x + 2.5 * y + 1,
    g: (x, y) => [Math.cos(x + y) + 2 * (x - y) - 1.5, Math.cos(x + y) - 2 * (x - y) + 2.5],
    h: (x, y) => {
      const s = Math.sin(x + y);
      return [2 - s, -2 - s, 2 - s];
    },
  },
  'linear-regression': linearRef(need('linear-regression').data as RegressionData),
  'logistic-regression': logisticRef(need('logistic-regression').data as RegressionData),
  'exp-regression': decayRef(need('exp-regression').data as RegressionData),
};

function need(id: string): Surface {
  const s = SURFACES.find((q) => q.id === id);
  if (!s) throw new Error(`missing surface ${id}`);
  return s;
}

// ---------------------------------------------------------------------------------------------
// The formula strings are read by the app's own parser and evaluated in plain float64, then
// compared with the reference functions.
type Fn2 = (x: number, y: number) => number;
function compile(src: string): Fn2 {
  const parsed = parseFormula(src);
  if (!parsed.ok) throw new Error(`${src}: ${parsed.message} at ${parsed.position}`);
  const ast = parsed.ast;
  return (x, y) => evalScalar(ast, x, y);
}

// ---------------------------------------------------------------------------------------------
// Helpers.
const eig = ([a, b, c]: Sym): Vec => {
  const m = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  return [m - r, m + r];
};
const inside = (s: Surface, [x, y]: readonly number[]) =>
  x >= s.domain[0] && x <= s.domain[1] && y >= s.domain[2] && y <= s.domain[3];
const width = (s: Surface) => Math.max(s.domain[1] - s.domain[0], s.domain[3] - s.domain[2]);

/** Samples (x, y) on an (n+1) x (n+1) grid over the domain. */
function grid(s: Surface, n: number): Vec[] {
  const [x0, x1, y0, y1] = s.domain;
  const out: Vec[] = [];
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= n; j++) out.push([x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n]);
  return out;
}

/** The typical gradient size over the domain: "≈ 0" is relative to this. */
function gradScale(s: Surface, r: Ref): number {
  return Math.max(1, ...grid(s, 20).map(([x, y]) => Math.hypot(...r.g(x, y))));
}

function newtonStep(r: Ref, x: number, y: number): Vec | null {
  const [gx, gy] = r.g(x, y);
  const [a, b, c] = r.h(x, y);
  const det = a * c - b * b;
  if (!Number.isFinite(det) || det === 0) return null;
  return [(c * gx - b * gy) / det, (a * gy - b * gx) / det];
}

/** Pure Newton for `steps` steps; null once it stops being finite. */
function newton(r: Ref, start: Vec, steps: number): Vec[] {
  const path: Vec[] = [start];
  let [x, y] = start;
  for (let k = 0; k < steps; k++) {
    const d = newtonStep(r, x, y);
    if (!d) break;
    x -= d[0];
    y -= d[1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) break;
    path.push([x, y]);
  }
  return path;
}

function gd(r: Ref, start: Vec, lr: number, steps: number): Vec[] {
  const path: Vec[] = [start];
  let [x, y] = start;
  for (let k = 0; k < steps; k++) {
    const [gx, gy] = r.g(x, y);
    x -= lr * gx;
    y -= lr * gy;
    path.push([x, y]);
  }
  return path;
}

/** Kind from the Hessian's eigenvalue signs; for a degenerate Hessian (the monkey saddle), from
 *  the signs of f - f(p) on a small circle around p. */
function kindAt(r: Ref, x: number, y: number): CriticalKind | 'degenerate' {
  const [lo, hi] = eig(r.h(x, y));
  const tol = 1e-8 * Math.max(1, Math.abs(lo), Math.abs(hi));
  if (lo > tol) return 'minimum';
  if (hi < -tol) return 'maximum';
  if (lo < -tol && hi > tol) return 'saddle';
  const f0 = r.f(x, y);
  let pos = false;
  let neg = false;
  for (let k = 0; k < 72; k++) {
    const a = (2 * Math.PI * (k + 0.5)) / 72;
    const d = r.f(x + 1e-3 * Math.cos(a), y + 1e-3 * Math.sin(a)) - f0;
    if (d > 0) pos = true;
    if (d < 0) neg = true;
  }
  if (pos && neg) return 'saddle';
  return pos ? 'minimum' : neg ? 'maximum' : 'degenerate';
}

/** The listed critical point nearest to (x, y) and its distance. */
function nearest(s: Surface, [x, y]: Vec) {
  let best = { d: Infinity, i: -1 };
  s.critical.forEach((c, i) => {
    const d = Math.hypot(c.x - x, c.y - y);
    if (d < best.d) best = { d, i };
  });
  return { ...best, point: s.critical[best.i] };
}

// ---------------------------------------------------------------------------------------------

describe('catalog', () => {
  it('has every contract id exactly once, and nothing else', () => {
    const ids = SURFACES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it.each(Object.entries(CONTRACT).filter(([, f]) => f !== null))('%s has the exact contract formula', (id, f) => {
    expect(getSurface(id)?.formula).toBe(f);
  });

  it('looks surfaces up by id, and has the default', () => {
    for (const s of SURFACES) expect(getSurface(s.id)).toBe(s);
    expect(getSurface('no-such-surface')).toBeUndefined();
    expect(getSurface(DEFAULT_SURFACE_ID)?.id).toBe('rosenbrock');
  });

  it('lists the surfaces grouped, in about five groups', () => {
    const groups = SURFACES.map((s) => s.group);
    const order = groups.filter((g, i) => i === 0 || g !== groups[i - 1]);
    expect(new Set(order).size).toBe(order.length); // each group is one contiguous run
    expect(order.length).toBeGreaterThanOrEqual(4);
    expect(order.length).toBeLessThanOrEqual(6);
  });

  it('has one reference function per surface (a test-suite sanity check)', () => {
    expect(Object.keys(REF).sort()).toEqual(Object.keys(CONTRACT).sort());
  });
});

describe.each(SURFACES.map((s) => [s.id, s] as const))('%s', (id, s) => {
  const r = REF[id];

  it('has a name, a group and a one-sentence lesson', () => {
    expect(s.name.trim()).not.toBe('');
    expect(s.group.trim()).not.toBe('');
    expect(s.lesson).toMatch(/^[A-Z].*\.$/);
    expect(s.lesson.slice(0, -1)).not.toMatch(/\.\s+[A-Z]/);
  });

  it('has a well-formed domain containing point and start, and a positive lr', () => {
    expect(s.domain).toHaveLength(4);
    for (const v of s.domain) expect(Number.isFinite(v)).toBe(true);
    expect(s.domain[0]).toBeLessThan(s.domain[1]);
    expect(s.domain[2]).toBeLessThan(s.domain[3]);
    expect(inside(s, s.point)).toBe(true);
    expect(inside(s, s.start)).toBe(true);
    expect(Number.isFinite(s.lr) && s.lr > 0).toBe(true);
  });

  it('has a formula that evaluates to the reference function', () => {
    const f = compile(s.formula);
    const [x0, x1, y0, y1] = s.domain;
    for (let k = 0; k < 200; k++) {
      // a deterministic scatter (golden-ratio sequence) over the domain
      const x = x0 + (x1 - x0) * ((k * 0.6180339887498949) % 1);
      const y = y0 + (y1 - y0) * ((k * 0.7548776662466927 + 0.5) % 1);
      const want = r.f(x, y);
      expect(Math.abs(f(x, y) - want)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(want)));
    }
  });

  it('has reference derivatives that agree with finite differences (test sanity)', () => {
    const h = 1e-5 * width(s);
    for (const [x, y] of grid(s, 6)) {
      const [gx, gy] = r.g(x, y);
      const [hxx, hxy, hyy] = r.h(x, y);
      const scale = 1 + Math.abs(gx) + Math.abs(gy) + (Math.abs(hxx) + Math.abs(hxy) + Math.abs(hyy)) * h * 1e3;
      const fdx = (r.f(x + h, y) - r.f(x - h, y)) / (2 * h);
      const fdy = (r.f(x, y + h) - r.f(x, y - h)) / (2 * h);
      expect(Math.abs(fdx - gx) / scale).toBeLessThan(1e-5);
      expect(Math.abs(fdy - gy) / scale).toBeLessThan(1e-5);
      const hscale = 1 + Math.abs(hxx) + Math.abs(hxy) + Math.abs(hyy);
      const dxg = r.g(x + h, y);
      const mxg = r.g(x - h, y);
      const dyg = r.g(x, y + h);
      const myg = r.g(x, y - h);
      expect(Math.abs((dxg[0] - mxg[0]) / (2 * h) - hxx) / hscale).toBeLessThan(1e-5);
      expect(Math.abs((dxg[1] - mxg[1]) / (2 * h) - hxy) / hscale).toBeLessThan(1e-5);
      expect(Math.abs((dyg[0] - myg[0]) / (2 * h) - hxy) / hscale).toBeLessThan(1e-5);
      expect(Math.abs((dyg[1] - myg[1]) / (2 * h) - hyy) / hscale).toBeLessThan(1e-5);
    }
  });

  it('lists true critical points inside the domain, of the right kind and value, minima first', () => {
    const gs = gradScale(s, r);
    const kinds = s.critical.map((c) => c.kind);
    const firstOther = kinds.findIndex((k) => k !== 'minimum');
    if (firstOther >= 0) expect(kinds.slice(firstOther)).not.toContain('minimum');
    for (const c of s.critical) {
      expect(inside(s, [c.x, c.y])).toBe(true);
      expect(Math.hypot(...r.g(c.x, c.y))).toBeLessThanOrEqual(1e-9 * gs);
      // where the Hessian is invertible, the distance to the exact critical point is tiny
      const d = newtonStep(r, c.x, c.y);
      const [lo, hi] = eig(r.h(c.x, c.y));
      if (d && Math.min(Math.abs(lo), Math.abs(hi)) > 1e-6) expect(Math.hypot(...d)).toBeLessThan(1e-9 * width(s));
      expect(kindAt(r, c.x, c.y)).toBe(c.kind);
      expect(Math.abs(c.value - r.f(c.x, c.y))).toBeLessThanOrEqual(1e-10 * (1 + Math.abs(c.value)));
      if (c.global) expect(c.kind).toBe('minimum');
    }
    // no two entries for the same point
    s.critical.forEach((c, i) =>
      s.critical.slice(i + 1).forEach((q) => expect(Math.hypot(c.x - q.x, c.y - q.y)).toBeGreaterThan(1e-6)),
    );
  });

  it('flags exactly the lowest minima as global, and nothing in the domain is lower', () => {
    const minima = s.critical.filter((c) => c.kind === 'minimum');
    if (minima.length === 0) return;
    const best = Math.min(...minima.map((c) => c.value));
    for (const c of minima) expect(c.global === true).toBe(Math.abs(c.value - best) <= 1e-9 * (1 + Math.abs(best)));
    let lowest = Infinity;
    for (const [x, y] of grid(s, 400)) lowest = Math.min(lowest, r.f(x, y));
    expect(lowest).toBeGreaterThanOrEqual(best - 1e-9 * (1 + Math.abs(best)));
  });

  it('misses no critical point in the domain (Newton from a grid of starts)', () => {
    // Rastrigin has hundreds; the catalog lists only those with |x|, |y| < 0.6 (and four more).
    const box: Surface = id === 'rastrigin' ? { ...s, domain: [-0.6, 0.6, -0.6, 0.6] } : s;
    const gs = gradScale(s, r);
    for (const start of grid(box, 40)) {
      const path = newton(r, start, 100);
      const end = path[path.length - 1];
      if (!inside(box, end) || Math.hypot(...r.g(...end)) > 1e-10 * gs) continue;
      const near = nearest(s, end);
      expect(near.d, `unlisted critical point near (${end[0]}, ${end[1]})`).toBeLessThan(1e-6 * width(s));
    }
  });

  it('has an lr that plain gradient descent from start survives for 100 steps, descending', () => {
    const path = gd(r, s.start, s.lr, 100);
    const fs = path.map(([x, y]) => r.f(x, y));
    for (const [x, y] of path) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    for (let k = 1; k < fs.length; k++) expect(fs[k]).toBeLessThanOrEqual(fs[k - 1] + 1e-12 * Math.abs(fs[k - 1]));
    // visible progress: at least a tenth of the way down to the best listed minimum, or (for
    // surfaces unbounded below) by more than 0.5
    const minima = s.critical.filter((c) => c.global);
    const drop = fs[0] - fs[100];
    if (minima.length > 0) expect(drop).toBeGreaterThan(0.1 * (fs[0] - minima[0].value));
    else expect(drop).toBeGreaterThan(0.5);
  });

  it('starts and expands away from critical points', () => {
    const gs = gradScale(s, r);
    for (const p of [s.start, s.point]) {
      expect(Math.hypot(...r.g(...p))).toBeGreaterThan(1e-6 * gs);
      if (s.critical.length > 0) expect(nearest(s, p).d).toBeGreaterThan(0.02 * width(s));
    }
  });
});

describe('regression surfaces', () => {
  const lin = need('linear-regression');
  const log = need('logistic-regression');
  const dec = need('exp-regression');

  it('ship small, consistent data sets with a description', () => {
    for (const s of [lin, log, dec]) {
      const d = s.data as RegressionData;
      expect(d.description.trim()).not.toBe('');
      expect(d.targets.length).toBeGreaterThanOrEqual(6);
      expect(d.targets.length).toBeLessThanOrEqual(10);
      expect(d.features).toHaveLength(d.targets.length);
    }
    for (const row of (lin.data as RegressionData).features) expect(row).toHaveLength(1);
    for (const row of (dec.data as RegressionData).features) expect(row).toHaveLength(1);
    for (const row of (log.data as RegressionData).features) expect(row).toHaveLength(2);
    for (const l of (log.data as RegressionData).targets) expect(Math.abs(l)).toBe(1);
  });

  it('write their formulas cleanly: balanced parentheses, folded signs, no exponent syntax', () => {
    for (const s of [lin, log, dec]) {
      let depth = 0;
      for (const ch of s.formula) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(s.formula).not.toMatch(/--|\+ -|- -|\+\s*\+|\d[eE][-+]?\d/);
      expect(s.formula).not.toMatch(/\b0\*|\b1\*/); // zero terms dropped, unit coefficients bare
    }
    expect(lin.formula).toMatch(/^\(\(.*\)\^2\)\/8$/);
    expect(log.formula).toMatch(/^\(log\(1 \+ exp\(.*\)\)\)\/8$/);
    expect(dec.formula).toBe(
      '((x - 2.04)^2 + (x*exp(-0.5*y) - 1.53)^2 + (x*exp(-y) - 1.23)^2 + (x*exp(-1.5*y) - 0.89)^2 + ' +
        '(x*exp(-2*y) - 0.77)^2 + (x*exp(-3*y) - 0.46)^2 + (x*exp(-4*y) - 0.25)^2 + (x*exp(-6*y) - 0.12)^2)/8',
    );
  });

  it('list the true minimizer, with a positive definite Hessian there', () => {
    for (const s of [lin, log, dec]) {
      const r = REF[s.id];
      expect(s.critical).toHaveLength(1);
      const c = s.critical[0];
      expect(c).toMatchObject({ kind: 'minimum', global: true });
      expect(Math.hypot(...r.g(c.x, c.y))).toBeLessThan(1e-12);
      expect(eig(r.h(c.x, c.y))[0]).toBeGreaterThan(0);
    }
  });

  it('put the minimum well inside the domain', () => {
    for (const s of [lin, log, dec]) {
      const c = s.critical[0];
      const [x0, x1, y0, y1] = s.domain;
      expect(Math.min(c.x - x0, x1 - c.x) / (x1 - x0)).toBeGreaterThan(0.2);
      expect(Math.min(c.y - y0, y1 - c.y) / (y1 - y0)).toBeGreaterThan(0.2);
    }
  });
});

// The lessons make claims about what the optimizers do from the suggested start; check them.
describe('lessons tell the truth', () => {
  /** Where pure Newton from start ends, as an index into critical (or -1). */
  function newtonEnd(id: string): { i: number; path: Vec[] } {
    const s = need(id);
    const path = newton(REF[id], s.start, 60);
    const near = nearest(s, path[path.length - 1]);
    return { i: near.d < 1e-8 ? near.i : -1, path };
  }
  function gdEnd(id: string, steps = 3000): { i: number; end: Vec } {
    const s = need(id);
    const path = gd(REF[id], s.start, s.lr, steps);
    const end = path[path.length - 1];
    const near = nearest(s, end);
    return { i: near.d < 1e-4 ? near.i : -1, end };
  }

  it.each([
    ['himmelblau', 'maximum'],
    ['beale', 'saddle'],
    ['three-hump-camel', 'saddle'],
    ['six-hump-camel', 'saddle'],
    ['styblinski-tang', 'maximum'],
    ['mccormick', 'saddle'],
    ['rosenbrock', 'minimum'],
  ] as const)('pure Newton on %s converges to a %s', (id, kind) => {
    const { i } = newtonEnd(id);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(need(id).critical[i].kind).toBe(kind);
  });

  it('pure Newton goes to Beale’s saddle at (0, 1)', () => {
    const s = need('beale');
    const { i } = newtonEnd('beale');
    expect([s.critical[i].x, s.critical[i].y]).toEqual([0, 1]);
  });

  it.each(['quadratic', 'booth', 'matyas', 'saddle', 'linear-regression'])(
    'one Newton step on the quadratic %s lands on its critical point',
    (id) => {
      const s = need(id);
      const [, p1] = newton(REF[id], s.start, 1);
      const near = nearest(s, p1);
      expect(near.d).toBeLessThan(1e-9 * width(s));
    },
  );

  it('Newton only halves the distance on the monkey saddle', () => {
    const s = need('monkey-saddle');
    const [, p1] = newton(REF['monkey-saddle'], s.start, 1);
    expect(p1[0]).toBeCloseTo(s.start[0] / 2, 12);
    expect(p1[1]).toBeCloseTo(s.start[1] / 2, 12);
  });

  it('pure Newton on logistic regression leaves the domain, damped Newton converges', () => {
    const s = need('logistic-regression');
    const r = REF[s.id];
    const [, p1] = newton(r, s.start, 1);
    expect(inside(s, p1)).toBe(false);
    let [x, y] = s.start;
    for (let k = 0; k < 50; k++) {
      const d = newtonStep(r, x, y) as Vec;
      let t = 1;
      while (r.f(x - t * d[0], y - t * d[1]) > r.f(x, y)) t /= 2;
      x -= t * d[0];
      y -= t * d[1];
    }
    expect(nearest(s, [x, y]).d).toBeLessThan(1e-9);
    expect(gdEnd(s.id).i).toBe(0);
  });

  it.each([
    ['himmelblau', true],
    ['six-hump-camel', true],
    ['mccormick', true],
    ['three-hump-camel', false],
    ['styblinski-tang', false],
  ] as const)('gradient descent on %s ends in a global minimum: %s', (id, global) => {
    const { i } = gdEnd(id);
    expect(i).toBeGreaterThanOrEqual(0);
    const c = need(id).critical[i];
    expect(c.kind).toBe('minimum');
    expect(c.global === true).toBe(global);
  });

  it('pure Newton on the decay fit runs off toward infinite rate; Gauss–Newton reaches the fit', () => {
    const s = need('exp-regression');
    const r = REF[s.id];
    const path = newton(r, s.start, 10);
    // y (the rate) grows every step and leaves the domain; x settles on the first measurement
    for (let k = 1; k < path.length; k++) expect(path[k][1]).toBeGreaterThan(path[k - 1][1]);
    expect(inside(s, path[path.length - 1])).toBe(false);
    // Gauss–Newton with Armijo backtracking (CONTRACT §5): G = 2 JᵀJ/n from the residuals.
    const d = s.data as RegressionData;
    let [x, y] = s.start;
    let k = 0;
    for (; k < 20 && Math.hypot(...r.g(x, y)) > 1e-5; k++) {
      let a = 0;
      let b = 0;
      let c = 0;
      d.features.forEach(([t]) => {
        const e = Math.exp(-y * t);
        const [jx, jy] = [e, -x * t * e];
        a += (2 * jx * jx) / 8;
        b += (2 * jx * jy) / 8;
        c += (2 * jy * jy) / 8;
      });
      const [gx, gy] = r.g(x, y);
      const det = a * c - b * b;
      const dir: Vec = [-(c * gx - b * gy) / det, -(a * gy - b * gx) / det];
      let t = 1;
      while (r.f(x + t * dir[0], y + t * dir[1]) > r.f(x, y) + 1e-4 * t * (gx * dir[0] + gy * dir[1])) t /= 2;
      x += t * dir[0];
      y += t * dir[1];
    }
    expect(k).toBeLessThanOrEqual(8);
    expect(nearest(s, [x, y]).d).toBeLessThan(1e-5);
  });

  it('gradient descent on Rastrigin is trapped in a local minimum near its start', () => {
    const s = need('rastrigin');
    const r = REF[s.id];
    const { end } = gdEnd(s.id);
    expect(Math.hypot(...r.g(...end))).toBeLessThan(1e-6);
    expect(r.f(...end)).toBeGreaterThan(1);
    expect(Math.hypot(end[0] - s.start[0], end[1] - s.start[1])).toBeLessThan(1);
    const newtonPath = newton(r, s.start, 60);
    const p = newtonPath[newtonPath.length - 1];
    expect(Math.hypot(p[0] - s.start[0], p[1] - s.start[1])).toBeLessThan(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Regression formulas rebuilt from rows (the `data` parameter, CONTRACT §4 "Data").
describe('regression formulas from rows', () => {
  // The catalog formulas as they were before the formulas were built from rows: nothing changes.
  const BEFORE: Record<string, string> = {
    'linear-regression':
      '((y - 0.6)^2 + (0.5*x + y - 1.05)^2 + (x + y - 2.15)^2 + (1.5*x + y - 2.65)^2 + (2*x + y - 3.7)^2 + ' +
      '(2.5*x + y - 4.1)^2 + (3*x + y - 5.05)^2 + (3.5*x + y - 5.65)^2)/8',
    'logistic-regression':
      '(log(1 + exp(-x - 0.5*y)) + log(1 + exp(-0.5*x - 1.5*y)) + log(1 + exp(-2*x - 0.3*y)) + ' +
      'log(1 + exp(0.6*x + 0.4*y)) + log(1 + exp(-x - 0.8*y)) + log(1 + exp(-0.3*x - 1.5*y)) + ' +
      'log(1 + exp(0.8*x + 0.6*y)) + log(1 + exp(-1.5*x + 0.4*y)))/8',
  };
  const ids = ['linear-regression', 'logistic-regression', 'exp-regression'] as const;

  it('rebuild the shipped formulas exactly, and the catalog uses them', () => {
    for (const id of ids) {
      const rows = surfaceData(id) as number[][];
      expect(regressionFormula(id, rows)).toBe(need(id).formula);
      if (BEFORE[id]) expect(need(id).formula).toBe(BEFORE[id]);
    }
  });

  it('export the shipped rows as fresh copies', () => {
    expect(surfaceData('linear-regression')?.slice(0, 2)).toEqual([
      [0, 0.6],
      [0.5, 1.05],
    ]);
    expect(surfaceData('logistic-regression')?.[3]).toEqual([-0.6, -0.4, 1]);
    expect(surfaceData('exp-regression')).toHaveLength(8);
    expect(surfaceData('rosenbrock')).toBeUndefined();
    const rows = surfaceData('linear-regression') as number[][];
    rows[0][1] = 99;
    expect(surfaceData('linear-regression')?.[0][1]).toBe(0.6);
    expect(REGRESSION_IDS.every((id) => isRegressionId(id) && getSurface(id)?.data)).toBe(true);
    expect(isRegressionId('rosenbrock')).toBe(false);
    expect(dataColumns('logistic-regression')).toBe(3);
    expect(dataColumns('exp-regression')).toBe(2);
  });

  // Awkward rows: zeros, unit coefficients, negatives, and numbers that need exponent syntax.
  const AWKWARD: Record<(typeof ids)[number], number[][]> = {
    'linear-regression': [
      [0, 0],
      [1, -1],
      [-1, 2.5],
      [1e-7, 3e21],
      [-0.25, 0],
    ],
    'exp-regression': [
      [0, 0],
      [1, -0.3],
      [-2, 1.5],
      [2.5e-8, 0],
      [0, 4],
    ],
    'logistic-regression': [
      [0, 0, 1],
      [1, -1, -1],
      [-1, 0, 1],
      [0.5, 1e-9, -1],
      [-2, 3, -1],
    ],
  };

  it.each(ids)('%s: the tree is what the parser reads from the text, for shipped and awkward rows', (id) => {
    for (const rows of [surfaceData(id) as number[][], AWKWARD[id]]) {
      const text = regressionFormula(id, rows);
      const parsed = parseFormula(text);
      expect(parsed.ok, text).toBe(true);
      if (parsed.ok) expect(sameTree(parsed.ast, regressionAst(id, rows))).toBe(true);
      expect(text).not.toMatch(/--|\+ -|- -|- \+/);
    }
  });

  it.each(ids)('%s: the surface is the mean of the per-point losses, which are the contract’s', (id) => {
    const rows = AWKWARD[id];
    const full = compile(regressionFormula(id, rows));
    const parts = rows.map((r) => compile(pointLossFormula(id, r)));
    const asts = pointLossAsts(id, rows);
    // the contract's per-point losses, written out here
    const contract = (row: number[], x: number, y: number): number =>
      id === 'linear-regression'
        ? (x * row[0] + y - row[1]) ** 2
        : id === 'exp-regression'
          ? (x * Math.exp(-y * row[0]) - row[1]) ** 2
          : Math.log(1 + Math.exp(-row[2] * (x * row[0] + y * row[1])));
    for (const [x, y] of [
      [0.3, -0.7],
      [1.5, 0.25],
      [-2, 1],
    ]) {
      const each = rows.map((r) => contract(r, x, y));
      const mean = each.reduce((a, b) => a + b, 0) / rows.length;
      expect(full(x, y)).toBeCloseTo(mean, 10 - Math.max(0, Math.round(Math.log10(Math.abs(mean)))));
      parts.forEach((f, i) =>
        expect(f(x, y) / Math.max(1, Math.abs(each[i]))).toBeCloseTo(each[i] / Math.max(1, Math.abs(each[i])), 12),
      );
      asts.forEach((a, i) =>
        expect(evalScalar(a, x, y) / Math.max(1, Math.abs(each[i]))).toBeCloseTo(
          each[i] / Math.max(1, Math.abs(each[i])),
          12,
        ),
      );
    }
  });

  it('builds the formula of the reference sgd run’s data (same tree as the reference’s text)', () => {
    const refFormula = '((0.5*x + y - 1.2)^2 + (1.5*x + y - 2.1)^2 + (2.5*x + y - 4.2)^2 + (3.5*x + y - 5.0)^2)/4';
    const rows = [
      [0.5, 1.2],
      [1.5, 2.1],
      [2.5, 4.2],
      [3.5, 5],
    ];
    const parsed = parseFormula(refFormula);
    expect(parsed.ok && sameTree(parsed.ast, regressionAst('linear-regression', rows))).toBe(true);
    // numbers are written in their shortest form: 5, not 5.0
    expect(regressionFormula('linear-regression', rows)).toBe(refFormula.replace('5.0', '5'));
  });

  it('builds a 500-row formula whose tree need not pass the parser’s limits', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [i / 100, Math.sin(i)]);
    const tree = regressionAst('linear-regression', rows);
    const f = (x: number, y: number) => rows.reduce((a, [t, s]) => a + (x * t + y - s) ** 2, 0) / 500;
    expect(evalScalar(tree, 0.7, -0.2)).toBeCloseTo(f(0.7, -0.2), 10);
    expect(parseFormula(regressionFormula('linear-regression', rows)).ok).toBe(false); // too long for a user's formula
  });

  it('withData: the surface with other rows, its minimum recomputed', () => {
    const rows = [
      [0, 1],
      [1, 3],
      [2, 5],
      [3, 7.5],
    ];
    const s = withData('linear-regression', rows) as Surface;
    expect(s.formula).toBe(regressionFormula('linear-regression', rows));
    expect(s.data?.features).toEqual([[0], [1], [2], [3]]);
    expect(s.data?.targets).toEqual([1, 3, 5, 7.5]);
    expect(s.critical).toHaveLength(1);
    expect(s.domain).toEqual(need('linear-regression').domain);
    expect(withData('rosenbrock', rows)).toBeUndefined();
    // separable classes: the logistic loss has no minimizer (it decreases toward infinity)
    const sep = withData('logistic-regression', [
      [1, 0, 1],
      [2, 1, 1],
      [-1, 0, -1],
      [-2, -1, -1],
    ]) as Surface;
    expect(sep.critical).toEqual([]);
    expect(need('linear-regression').formula).toBe(BEFORE['linear-regression']); // the catalog is untouched
  });
});

describe('minimizers', () => {
  it('leastSquares agrees with the normal equations solved by Cramer’s rule (uncentred sums)', () => {
    const datasets = [
      surfaceData('linear-regression') as number[][],
      [
        [0.5, 1.2],
        [1.5, 2.1],
        [2.5, 4.2],
        [3.5, 5],
      ],
      [
        [-3, 2],
        [10, -1],
        [0.1, 0.4],
      ],
    ];
    for (const rows of datasets) {
      // [Σt² Σt; Σt n] [w; b] = [Σts; Σs]
      let stt = 0;
      let st = 0;
      let sts = 0;
      let ss = 0;
      for (const [t, s] of rows) {
        stt += t * t;
        st += t;
        sts += t * s;
        ss += s;
      }
      const n = rows.length;
      const det = stt * n - st * st;
      const w = (sts * n - st * ss) / det;
      const b = (stt * ss - st * sts) / det;
      const ls = leastSquares(rows) as { w: number; b: number };
      expect(ls.w).toBeCloseTo(w, 12);
      expect(ls.b).toBeCloseTo(b, 12);
    }
    // points on a line give the line exactly; all t equal has no unique line
    const exact = leastSquares([
      [1, 5],
      [2, 7],
      [4, 11],
    ]) as { w: number; b: number };
    expect(exact.w).toBeCloseTo(2, 14);
    expect(exact.b).toBeCloseTo(3, 14);
    expect(
      leastSquares([
        [1, 2],
        [1, 3],
      ]),
    ).toBeNull();
    // the catalog's minimum is this line (1.482142857142857 = 83/56, 0.525 exactly from the data)
    const c = need('linear-regression').critical[0];
    expect(c.x).toBeCloseTo(83 / 56, 14);
    expect(c.y).toBeCloseTo(0.525, 14);
  });

  it('the decay fit’s minimum matches an independent float64 Newton solve', () => {
    // Newton on the hand-written gradient and Hessian from (2, 0.5), done offline in Python:
    // x = 2.0161876343887157, y = 0.5072823478246468, f = 9.292516826693545e-4.
    const c = need('exp-regression').critical[0];
    expect(c.x).toBeCloseTo(2.0161876343887157, 12);
    expect(c.y).toBeCloseTo(0.5072823478246468, 12);
    expect(c.value).toBeCloseTo(9.292516826693545e-4, 15);
    expect(regressionMinimum('exp-regression', surfaceData('exp-regression') as number[][])).toEqual(c);
  });
});
