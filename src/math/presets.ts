// Guided presets: for each catalog surface a few one-click scenes (point, start, optimizers,
// parameters) that show its lesson, with one sentence each. Every sentence's claim is written
// down as data (`claims`) and checked by presets.test.ts, which runs the optimizers as the app
// does (tfjs, float32), so a sentence cannot drift from what the app shows.
import type { Scene, OptimizerId } from '../state/scene';
import type { Status } from './optimizers/types';
import { getSurface, SURFACES } from './surfaces';
import type { CriticalKind, Surface } from './surfaces-types';

/** What a preset's sentence says about one run, checkable against its trajectory. */
export interface PresetClaim {
  opt: OptimizerId;
  /** the run ends at (within 2% of the domain's span of) a catalog critical point of this kind */
  endsAt?: CriticalKind;
  /** …and that point is a global minimum (true) or not (false) */
  global?: boolean;
  /** the run ends within `tol` of this point */
  near?: [number, number];
  status?: Status;
  /** the run takes at most this many iterations */
  maxSteps?: number;
  /** the run takes at least this many iterations */
  minSteps?: number;
  /** the run never moves from the start */
  stays?: boolean;
  /** the run ends outside the domain (or diverges) */
  leaves?: boolean;
  /** at iteration k the run's line search made this many trials and accepted this step length */
  lineSearchAt?: { k: number; trials: number; accepted: number };
}

export interface Preset {
  /** unique within the surface */
  id: string;
  /** a button label, a few words */
  title: string;
  /** one sentence on what to watch */
  sentence: string;
  /** the scene edit that sets the preset up (apply with setScene) */
  scene: Partial<Scene>;
  /** the iteration playback opens at, where the lesson is mid-run (else the runs' end) */
  iteration?: number;
  claims: PresetClaim[];
}

interface Spec {
  id: string;
  title: string;
  sentence: string;
  start?: [number, number];
  point?: [number, number];
  opt: OptimizerId[];
  lr?: number;
  h?: number;
  steps?: number;
  /** lbfgs's memory (set only where the preset is about it) */
  m?: number;
  /** sgd's mini-batch size (likewise) */
  batch?: number;
  basins?: Scene['basins'];
  iteration?: number;
  claims: PresetClaim[];
}

const SPECS: Record<string, Spec[]> = {
  quadratic: [
    {
      id: 'newton-one-step',
      title: 'Newton: one step',
      sentence:
        'f is its own quadratic Taylor model, so Newton lands on the minimum in one step while gradient descent zig-zags across the steep y direction.',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'newton', endsAt: 'minimum', maxSteps: 1 },
        { opt: 'gd', endsAt: 'minimum' },
      ],
    },
    {
      id: 'cg-two-steps',
      title: 'CG: two steps',
      sentence:
        'Conjugate gradients starts along −∇f like gradient descent, but its first trial step is the exact minimum of the quadratic model along d, and its second direction is H-conjugate to the first (d₀ᵀHd₁ = 0, the conjugate-gradients panel): on this quadratic it lands on the minimum in two steps while gradient descent zig-zags.',
      opt: ['gd', 'cg'],
      iteration: 1,
      claims: [
        { opt: 'cg', endsAt: 'minimum', maxSteps: 2, status: 'converged' },
        { opt: 'gd', endsAt: 'minimum' },
      ],
    },
    {
      id: 'lr-too-large',
      title: 'Step size too large',
      sentence:
        'With lr = 0.12, above 2/20 = 0.1 for the steep curvature 20, each gd step overshoots further in y and the run diverges.',
      opt: ['gd'],
      lr: 0.12,
      steps: 1000,
      claims: [{ opt: 'gd', status: 'diverged' }],
    },
    {
      id: 'fd-h-too-small',
      title: 'h below float32',
      sentence:
        'With h = 1e-9, x ± h rounds back to x in float32 (spacing 2.4e-7 at 2.5), the difference quotient is 0, and fd-gd never leaves the start while gd converges.',
      opt: ['gd', 'fd-gd'],
      h: 1e-9,
      claims: [
        { opt: 'fd-gd', stays: true },
        { opt: 'gd', endsAt: 'minimum' },
      ],
    },
  ],
  booth: [
    {
      id: 'newton-one-step',
      title: 'Newton: one step',
      sentence:
        'A rotated bowl is still quadratic: one Newton step solves it, while gradient descent curves in because the gradient does not point at the minimum.',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'newton', endsAt: 'minimum', maxSteps: 1 },
        { opt: 'gd', endsAt: 'minimum' },
      ],
    },
    {
      id: 'lr-too-large',
      title: 'Step size too large',
      sentence: 'With lr = 0.12, above the limit 2/18 ≈ 0.111 set by the largest curvature, gradient descent diverges.',
      opt: ['gd'],
      lr: 0.12,
      steps: 1000,
      claims: [{ opt: 'gd', status: 'diverged' }],
    },
    {
      id: 'nesterov',
      title: 'Nesterov vs momentum',
      sentence:
        'Both carry a velocity v, but Nesterov takes the gradient at the look-ahead point x + βv (◇ on the map, scrub to follow it), so it feels the far wall before it gets there and brakes: with lr = 0.01 it converges in about 130 steps, where momentum overshoots and circles for more than 250.',
      opt: ['momentum', 'nesterov'],
      lr: 0.01,
      steps: 1000,
      iteration: 3,
      claims: [
        { opt: 'nesterov', endsAt: 'minimum', maxSteps: 150, status: 'converged' },
        { opt: 'momentum', endsAt: 'minimum', minSteps: 250 },
      ],
    },
  ],
  matyas: [
    {
      id: 'flat-valley',
      title: 'Crawling along the valley',
      sentence:
        'Along x = y the curvature is only 0.04: gradient descent is still crawling after 100 steps, while Newton divides by that small curvature and jumps to the minimum.',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'gd', status: 'max-steps' },
        { opt: 'newton', endsAt: 'minimum', maxSteps: 1 },
      ],
    },
  ],
  rosenbrock: [
    {
      id: 'gd-vs-newton',
      title: 'GD vs Newton',
      sentence:
        'Gradient descent, held to a small step by the steep walls, is still far from (1, 1) after 100 steps; Newton follows the curving valley there in a handful.',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'gd', status: 'max-steps' },
        { opt: 'newton', endsAt: 'minimum', maxSteps: 10 },
      ],
    },
    {
      id: 'quasi-newton',
      title: 'BFGS learns the curvature',
      sentence:
        'BFGS builds its inverse-Hessian estimate from gradients alone and reaches the minimum without ever computing H; the quasi-Newton panel opens at iteration 3 (scrub on to watch B approach H⁻¹).',
      opt: ['bfgs', 'damped-newton'],
      iteration: 3,
      claims: [
        { opt: 'bfgs', endsAt: 'minimum' },
        { opt: 'damped-newton', endsAt: 'minimum' },
      ],
    },
    {
      id: 'lbfgs-memory',
      title: 'L-BFGS: memory m',
      sentence:
        'L-BFGS keeps no matrix, only the last m = 5 pairs (s, y), and still reaches (1, 1) like BFGS; the quasi-Newton panel draws the pairs it holds at each iteration and runs m = 1, 2 and 5 from this start side by side.',
      opt: ['lbfgs', 'bfgs'],
      m: 5,
      iteration: 3,
      claims: [
        { opt: 'lbfgs', endsAt: 'minimum', status: 'converged' },
        { opt: 'bfgs', endsAt: 'minimum', status: 'converged' },
      ],
    },
    {
      id: 'line-search',
      title: 'Backtracking line search',
      sentence:
        'At iteration 1 the full Newton step (t = 1) does not decrease f enough: damped Newton halves t until φ(t) lies under the Armijo line, and accepts t = 1/8 on the fourth trial (the line-search panel).',
      opt: ['damped-newton'],
      iteration: 1,
      claims: [
        { opt: 'damped-newton', lineSearchAt: { k: 1, trials: 4, accepted: 0.125 } },
        { opt: 'damped-newton', endsAt: 'minimum' },
      ],
    },
  ],
  beale: [
    {
      id: 'newton-saddle',
      title: 'Newton finds a saddle',
      sentence:
        'From (1, 1.5) plain Newton converges to the saddle at (0, 1), while damped Newton descends to the minimum at (3, 0.5).',
      opt: ['newton', 'damped-newton'],
      claims: [
        { opt: 'newton', endsAt: 'saddle' },
        { opt: 'damped-newton', endsAt: 'minimum' },
      ],
    },
  ],
  himmelblau: [
    {
      id: 'newton-maximum',
      title: 'Newton climbs to the maximum',
      sentence:
        'From (0, 0), where H is negative definite, plain Newton converges to the local maximum at (−0.27, −0.92), while damped Newton flips the curvature and reaches a minimum.',
      start: [0, 0],
      point: [0, 0],
      opt: ['newton', 'damped-newton'],
      basins: 'newton',
      claims: [
        { opt: 'newton', endsAt: 'maximum' },
        { opt: 'damped-newton', endsAt: 'minimum' },
      ],
    },
    {
      id: 'damped-basins',
      title: 'Damped Newton basins',
      sentence:
        'Coloured by where damped Newton goes, the map splits into the four minima’s basins only: the maximum and the saddles attract no starts.',
      start: [0, 0],
      opt: ['damped-newton', 'bfgs'],
      basins: 'damped-newton',
      claims: [
        { opt: 'damped-newton', endsAt: 'minimum' },
        { opt: 'bfgs', endsAt: 'minimum' },
      ],
    },
    {
      id: 'trust-region',
      title: 'Trust region vs Newton',
      sentence:
        'From (0, 0), where H is negative definite, plain Newton jumps to the quadratic model’s maximum and climbs; the trust region minimises the same model only within a radius Δ, so it steps downhill, checks ρ, and reaches a minimum (the trust-region panel and its disk on the map open at iteration 1).',
      start: [0, 0],
      point: [0, 0],
      opt: ['newton', 'trust-region'],
      iteration: 1,
      claims: [
        { opt: 'newton', endsAt: 'maximum' },
        { opt: 'trust-region', endsAt: 'minimum' },
      ],
    },
  ],
  'three-hump-camel': [
    {
      id: 'local-vs-saddle',
      title: 'Local minimum and saddle',
      sentence:
        'From (−1, 1.5) gradient descent settles in the local minimum at (−1.75, 0.87), and Newton stops on the saddle between it and the global minimum.',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'gd', endsAt: 'minimum', global: false },
        { opt: 'newton', endsAt: 'saddle' },
      ],
    },
  ],
  'six-hump-camel': [
    {
      id: 'newton-saddle',
      title: 'Newton finds a saddle',
      sentence: 'From (−1, 1) Newton converges to a saddle while gradient descent reaches a global minimum.',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'gd', endsAt: 'minimum', global: true },
        { opt: 'newton', endsAt: 'saddle' },
      ],
    },
  ],
  'styblinski-tang': [
    {
      id: 'newton-maximum',
      title: 'Newton finds the maximum',
      sentence:
        'From (0.5, 0.8) Newton converges to the maximum near (0.16, 0.16), and gradient descent finds the nearest minimum (2.75, 2.75), not the global one.',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'newton', endsAt: 'maximum' },
        { opt: 'gd', endsAt: 'minimum', global: false },
      ],
    },
  ],
  mccormick: [
    {
      id: 'newton-saddle',
      title: 'Newton finds the saddle',
      sentence:
        'From (−1, 3) gradient descent reaches the global minimum while Newton converges to the saddle at (1.55, 0.55).',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'gd', endsAt: 'minimum', global: true },
        { opt: 'newton', endsAt: 'saddle' },
      ],
    },
  ],
  saddle: [
    {
      id: 'newton-to-saddle',
      title: 'Newton jumps to the saddle',
      sentence:
        'Newton only looks for a zero gradient, so it jumps to the saddle at the origin in one step, while gradient descent slides off along the falling y direction.',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'newton', endsAt: 'saddle', maxSteps: 1 },
        { opt: 'gd', leaves: true },
      ],
    },
    {
      id: 'damped-escapes',
      title: 'Damped Newton escapes',
      sentence:
        'Damped Newton flips the negative curvature (−2 → 2), so its direction goes downhill away from the saddle, and on this unbounded surface it runs off to −∞.',
      opt: ['newton', 'damped-newton'],
      claims: [
        { opt: 'newton', endsAt: 'saddle' },
        { opt: 'damped-newton', leaves: true },
      ],
    },
  ],
  'monkey-saddle': [
    {
      id: 'newton-halves',
      title: 'Newton without curvature',
      sentence:
        'The Hessian vanishes at the origin, so Newton converges only linearly there, halving its distance each step, instead of doubling its digits.',
      opt: ['newton'],
      claims: [{ opt: 'newton', endsAt: 'saddle' }],
    },
  ],
  rastrigin: [
    {
      id: 'trapped',
      title: 'Trapped by a bump',
      sentence:
        'From (2.3, 1.6) gradient descent stops in the nearest local minimum near (1.99, 1.99), far from the global one at the origin.',
      opt: ['gd', 'newton'],
      claims: [{ opt: 'gd', near: [1.99, 1.99] }],
    },
  ],
  'linear-regression': [
    {
      id: 'normal-equations',
      title: 'Newton = normal equations',
      sentence:
        'The squared error is exactly quadratic in (slope, intercept), so one Newton step lands on the least-squares line; gradient descent zig-zags down the long valley.',
      opt: ['gd', 'newton'],
      claims: [{ opt: 'newton', endsAt: 'minimum', maxSteps: 1 }],
    },
    {
      id: 'lr-too-large',
      title: 'Step size too large',
      sentence: 'With lr = 0.2, just above 2/10.2 ≈ 0.196 for the steep slope direction, gradient descent diverges.',
      opt: ['gd'],
      lr: 0.2,
      steps: 1000,
      claims: [{ opt: 'gd', status: 'diverged' }],
    },
    {
      id: 'sgd-noise',
      title: 'SGD: batch of 1',
      sentence:
        'With one data point per step and the same lr = 0.1, SGD follows gradient descent down the valley on average, but each step uses one point’s gradient: near the least-squares line (⊕) it rattles around inside the noise ellipse and never settles, while gradient descent converges in about 225 steps. Raise the batch in the optimizer panel and the ellipse (and the rattling) shrinks; at 8, all the points, SGD is gradient descent.',
      opt: ['gd', 'sgd'],
      lr: 0.1,
      batch: 1,
      steps: 300,
      iteration: 40,
      claims: [
        { opt: 'gd', endsAt: 'minimum', status: 'converged', maxSteps: 240 },
        { opt: 'sgd', status: 'max-steps' },
      ],
    },
  ],
  'logistic-regression': [
    {
      id: 'newton-overshoots',
      title: 'Newton overshoots',
      sentence:
        'Far from the minimum the loss is almost linear, so the curvature is tiny and a full Newton step from (−2, −2) flies off, while damped Newton and gradient descent converge.',
      opt: ['gd', 'newton', 'damped-newton'],
      claims: [
        { opt: 'newton', leaves: true },
        { opt: 'damped-newton', endsAt: 'minimum' },
        { opt: 'gd', endsAt: 'minimum' },
      ],
    },
  ],
  'exp-regression': [
    {
      id: 'newton-plateau',
      title: 'Newton on the plateau',
      sentence:
        'From (0.5, 2) the decay is too fast and the loss is a nearly flat plateau with an indefinite Hessian: Newton runs off toward an infinite rate and stops where the gradient is below tol, a flat region and not a fit, while damped Newton reaches the least-squares fit.',
      opt: ['newton', 'damped-newton'],
      claims: [
        { opt: 'newton', leaves: true },
        { opt: 'damped-newton', endsAt: 'minimum' },
      ],
    },
    {
      id: 'gauss-newton',
      title: 'Gauss–Newton and LM',
      sentence:
        'The loss is a sum of squares: Gauss–Newton replaces H by G = 2JᵀWJ, which is never indefinite, so from (0.5, 2), where Newton runs off along the plateau, it reaches the fit in at most 8 steps; Levenberg–Marquardt damps G by μ and takes a few more (the least-squares panel: G beside H, and μ falling as LM turns into Gauss–Newton).',
      opt: ['newton', 'gauss-newton', 'lm'],
      claims: [
        { opt: 'newton', leaves: true },
        { opt: 'gauss-newton', endsAt: 'minimum', maxSteps: 8 },
        { opt: 'lm', endsAt: 'minimum', maxSteps: 12 },
      ],
    },
  ],
};

const DEFAULT_STEPS = 100;
const DEFAULT_TOL = 1e-5;
const DEFAULT_H = 1e-3;
const DEFAULT_BETA = 0.9;

function build(s: Surface, p: Spec): Preset {
  return {
    id: p.id,
    title: p.title,
    sentence: p.sentence,
    scene: {
      surfaceId: s.id,
      formula: s.formula,
      // a preset is about the surface's own data (its formula is the shipped data's)
      data: null,
      domain: [...s.domain],
      point: p.point ?? s.point,
      start: p.start ?? s.start,
      opt: p.opt,
      lr: p.lr ?? s.lr,
      beta: DEFAULT_BETA,
      h: p.h ?? DEFAULT_H,
      steps: p.steps ?? DEFAULT_STEPS,
      tol: DEFAULT_TOL,
      basins: p.basins ?? 'off',
      ...(p.m !== undefined ? { m: p.m } : {}),
      ...(p.batch !== undefined ? { batch: p.batch } : {}),
    },
    ...(p.iteration !== undefined ? { iteration: p.iteration } : {}),
    claims: p.claims,
  };
}

/** The presets of a catalog surface, in order (empty for a typed formula or unknown id). */
export function presetsFor(surfaceId: string | null): Preset[] {
  if (!surfaceId) return [];
  const s = getSurface(surfaceId);
  if (!s) return [];
  return (SPECS[surfaceId] ?? []).map((p) => build(s, p));
}

/** Every surface's presets (tests). */
export function allPresets(): { surface: Surface; presets: Preset[] }[] {
  return SURFACES.map((surface) => ({ surface, presets: presetsFor(surface.id) }));
}

/** The iteration playback should open at for this scene, where it is (still) a preset's that names one. */
export function presetIteration(scene: Scene): number | null {
  const p = presetsFor(scene.surfaceId).find((q) => q.iteration !== undefined && matchesPreset(scene, q));
  return p?.iteration ?? null;
}

/** Whether the scene is (still) the preset's: every field the preset sets is unchanged. */
export function matchesPreset(scene: Scene, p: Preset): boolean {
  return Object.entries(p.scene).every(([k, v]) => JSON.stringify(scene[k as keyof Scene]) === JSON.stringify(v));
}

interface RunLike {
  status: Status;
  iterates: { k: number; x: number; y: number; detail?: { trials?: { t: number; accepted: boolean }[] } }[];
}

/** Does the claim hold for this run on this surface? Returns null when it does, else why not. */
export function claimFails(c: PresetClaim, run: RunLike, s: Surface, start: [number, number]): string | null {
  const end = run.iterates[run.iterates.length - 1];
  const span = Math.max(s.domain[1] - s.domain[0], s.domain[3] - s.domain[2]);
  if (c.status && run.status !== c.status) return `status ${run.status}, not ${c.status}`;
  if (c.maxSteps !== undefined && end.k > c.maxSteps) return `${end.k} steps, more than ${c.maxSteps}`;
  if (c.minSteps !== undefined && end.k < c.minSteps) return `${end.k} steps, fewer than ${c.minSteps}`;
  if (c.endsAt) {
    let best = null as null | (typeof s.critical)[number];
    let bd = 0.02 * span;
    for (const p of s.critical) {
      const d = Math.hypot(end.x - p.x, end.y - p.y);
      if (d <= bd) {
        bd = d;
        best = p;
      }
    }
    if (!best) return `ends at (${end.x}, ${end.y}), at no catalog critical point`;
    if (best.kind !== c.endsAt) return `ends at a ${best.kind}, not a ${c.endsAt}`;
    if (c.global !== undefined && Boolean(best.global) !== c.global) return `global is ${Boolean(best.global)}`;
  }
  if (c.near && Math.hypot(end.x - c.near[0], end.y - c.near[1]) > 0.01 * span) return `ends at (${end.x}, ${end.y})`;
  if (c.stays && (end.x !== start[0] || end.y !== start[1])) return `moved to (${end.x}, ${end.y})`;
  if (c.lineSearchAt) {
    const { k, trials, accepted } = c.lineSearchAt;
    const tr = run.iterates.find((i) => i.k === k)?.detail?.trials;
    if (!tr) return `no line search at iteration ${k}`;
    const ok = tr.find((t) => t.accepted);
    if (tr.length !== trials || ok?.t !== accepted)
      return `iteration ${k}: ${tr.length} trials, accepted ${ok ? ok.t : 'none'}`;
  }
  if (c.leaves) {
    const [x0, x1, y0, y1] = s.domain;
    const out = run.status === 'diverged' || !(end.x >= x0 && end.x <= x1 && end.y >= y0 && end.y <= y1);
    if (!out) return `stays inside the domain at (${end.x}, ${end.y})`;
  }
  return null;
}
