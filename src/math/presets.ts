// Guided presets: for each catalog surface a few one-click scenes (point, start, optimizers,
// parameters) that show its lesson, with one sentence each. Every sentence's claim is written
// down as data (`claims`) and checked by presets.test.ts, which runs the optimizers as the app
// does (tfjs, float32), so a sentence cannot drift from what the app shows. The titles and
// sentences, in English and Chinese, are in src/i18n/presets.ts, keyed `<surface id>/<preset
// id>`: a preset here without its words there is a type error.
import { presetSentenceMsg, presetTitleMsg, type PresetKey } from '../i18n/presets';
import { currentLang, type Lang } from '../i18n/i18n';
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
  /** a button label, a few words (in the language asked for) */
  title: string;
  /** one sentence on what to watch (likewise) */
  sentence: string;
  /** the scene edit that sets the preset up (apply with setScene) */
  scene: Partial<Scene>;
  /** the iteration playback opens at, where the lesson is mid-run (else the runs' end) */
  iteration?: number;
  claims: PresetClaim[];
}

/** The surfaces that have presets, and each one's preset ids, as src/i18n/presets.ts names them. */
type SurfaceOf<K> = K extends `${infer S}/${string}` ? S : never;
type IdOf<K, S extends string> = K extends `${S}/${infer I}` ? I : never;
type PresetSurface = SurfaceOf<PresetKey>;

interface Spec<Id extends string = string> {
  /** the preset's id; its title and sentence are the catalog's `<surface id>/<id>` */
  id: Id;
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

const SPECS: { [S in PresetSurface]: Spec<IdOf<PresetKey, S>>[] } = {
  quadratic: [
    {
      id: 'newton-one-step',
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'newton', endsAt: 'minimum', maxSteps: 1 },
        { opt: 'gd', endsAt: 'minimum' },
      ],
    },
    {
      id: 'cg-two-steps',
      opt: ['gd', 'cg'],
      iteration: 1,
      claims: [
        { opt: 'cg', endsAt: 'minimum', maxSteps: 2, status: 'converged' },
        { opt: 'gd', endsAt: 'minimum' },
      ],
    },
    {
      id: 'lr-too-large',
      opt: ['gd'],
      lr: 0.12,
      steps: 1000,
      claims: [{ opt: 'gd', status: 'diverged' }],
    },
    {
      id: 'fd-h-too-small',
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
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'newton', endsAt: 'minimum', maxSteps: 1 },
        { opt: 'gd', endsAt: 'minimum' },
      ],
    },
    {
      id: 'lr-too-large',
      opt: ['gd'],
      lr: 0.12,
      steps: 1000,
      claims: [{ opt: 'gd', status: 'diverged' }],
    },
    {
      id: 'nesterov',
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
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'gd', status: 'max-steps' },
        { opt: 'newton', endsAt: 'minimum', maxSteps: 10 },
      ],
    },
    {
      id: 'quasi-newton',
      opt: ['bfgs', 'damped-newton'],
      iteration: 3,
      claims: [
        { opt: 'bfgs', endsAt: 'minimum' },
        { opt: 'damped-newton', endsAt: 'minimum' },
      ],
    },
    {
      id: 'lbfgs-memory',
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
      opt: ['gd', 'newton'],
      claims: [
        { opt: 'newton', endsAt: 'saddle', maxSteps: 1 },
        { opt: 'gd', leaves: true },
      ],
    },
    {
      id: 'damped-escapes',
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
      opt: ['newton'],
      claims: [{ opt: 'newton', endsAt: 'saddle' }],
    },
  ],
  rastrigin: [
    {
      id: 'trapped',
      opt: ['gd', 'newton'],
      claims: [{ opt: 'gd', near: [1.99, 1.99] }],
    },
  ],
  'linear-regression': [
    {
      id: 'normal-equations',
      opt: ['gd', 'newton'],
      claims: [{ opt: 'newton', endsAt: 'minimum', maxSteps: 1 }],
    },
    {
      id: 'lr-too-large',
      opt: ['gd'],
      lr: 0.2,
      steps: 1000,
      claims: [{ opt: 'gd', status: 'diverged' }],
    },
    {
      id: 'sgd-noise',
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
      opt: ['newton', 'damped-newton'],
      claims: [
        { opt: 'newton', leaves: true },
        { opt: 'damped-newton', endsAt: 'minimum' },
      ],
    },
    {
      id: 'gauss-newton',
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

function build(s: Surface, p: Spec, lang: Lang): Preset {
  const key = `${s.id}/${p.id}` as PresetKey;
  return {
    id: p.id,
    title: presetTitleMsg.in(lang)[key],
    sentence: presetSentenceMsg.in(lang)[key],
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

/** The presets of a catalog surface, in order (empty for a typed formula or unknown id), with
 *  their words in `lang` (by default the language in use). */
export function presetsFor(surfaceId: string | null, lang: Lang = currentLang()): Preset[] {
  if (!surfaceId) return [];
  const s = getSurface(surfaceId);
  if (!s) return [];
  return ((SPECS as Record<string, Spec[]>)[surfaceId] ?? []).map((p) => build(s, p, lang));
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
