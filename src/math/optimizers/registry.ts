// The optimizer registry: one entry per method (CONTRACT §5), the one list everything else
// reads (ids, labels, the parameters each uses, its run factory, whether it has a GPU step).
// Adding a method: its module in this folder, one entry here, its test, the contract.
import { currentLang, type Lang } from '../../i18n/i18n';
import {
  optimizerGroupMsg,
  optimizerLabelMsg,
  optimizerNeedsMsg,
  optimizerShortMsg,
  surfaceNameMsg,
} from '../../i18n/methods';
import type { Node } from '../formula/ast';
import { quoteFormula, sumOfSquares } from '../formula/sos';
import { cg } from './cg';
import { adam, fdGd, gd, momentum, nesterov } from './first-order';
import { lbfgs } from './lbfgs';
import { gaussNewton, levenbergMarquardt } from './least-squares';
import { dampedNewton, newton } from './newton';
import { bfgs, dfp } from './quasi-newton';
import { trustRegion } from './trust-region';
import { regressionBatchGradient, sgd } from './sgd';
import { rmsprop } from './rmsprop';
import { REGRESSION_IDS, type DataRows, type RegressionId } from '../regression';
import type { OptGen, RunConfig, SumOfSquares } from './types';

/** Every parameter an optimizer may use (CONTRACT §1 names). */
export interface OptimizerParams {
  lr: number;
  beta: number;
  h: number;
  /** lbfgs memory, an integer 1 to 20; default 5 */
  m?: number;
  /** trust-region's initial radius; default 1 */
  radius?: number;
  /** sgd's mini-batch size; default 2 (at most the number of data points) */
  batch?: number;
  /** sgd's sampling seed; default 1 */
  seed?: number;
}
export type ParamName = keyof OptimizerParams;

/** CONTRACT §1 defaults of the parameters that have one independent of the surface. */
export const PARAM_DEFAULTS = { beta: 0.9, h: 1e-3, m: 5, radius: 1, batch: 2, seed: 1 } as const;

/** What a run may need beyond its parameters: the formula (its sum-of-squares structure), and
 *  for sgd the regression surface's data (its per-point losses). */
export interface RunContext {
  ast?: Node;
  data?: { id: RegressionId; rows: DataRows };
}

/** What a method's factory gets: the run's context, and the formula read as a sum of squares
 *  where the method `needs` one (checked by makeRun). */
export interface MakeContext extends RunContext {
  sos: SumOfSquares | null;
}

/** The teaching panels a method can appear in (views/teach/, marks/): line search (any `search`
 *  is in it), the quasi-Newton estimate B, the damped Newton curvature fix, the trust region,
 *  finite differences, conjugate directions, least squares (G against H, LM's damping), and
 *  Nesterov's look-ahead point, and the noise of mini-batch gradients. */
export type TeachPanel =
  | 'quasi-newton'
  | 'damped-newton'
  | 'trust-region'
  | 'finite-differences'
  | 'conjugacy'
  | 'least-squares'
  | 'look-ahead'
  | 'mini-batch';

/** The optimizer panel's groups, by what a method reads of f (in the panel's order). */
export const OPTIMIZER_GROUPS = ['First-order', 'Newton-type', 'Quasi-Newton', 'Least squares', 'Stochastic'] as const;
export type OptimizerGroup = (typeof OPTIMIZER_GROUPS)[number];

export interface OptimizerSpec {
  readonly id: string;
  /** the optimizer panel's group it is listed in */
  readonly group: OptimizerGroup;
  /** the name shown in the app, in English (optimizerLabel: in the language in use) */
  readonly label: string;
  /** a short name for tight places (legends), in English (optimizerShort: in the language in use) */
  readonly short: string;
  /** the parameters the method uses, in the order they are shown; `params` of its runs */
  readonly params: readonly ParamName[];
  /** whether gpu-runs.ts has its step as GLSL (else it runs stepwise, beside the GPU runs) */
  readonly gpu: boolean;
  /** the line search its iterates' `trials` come from, if any */
  readonly search?: 'armijo' | 'wolfe';
  /** only for formulas that are sums of squares (CONTRACT §4), or only on regression data (sgd) */
  readonly needs?: 'sum-of-squares' | 'data';
  /** the teaching panels that show what this method does (beyond its trail) */
  readonly teach?: readonly TeachPanel[];
  /** a fresh run */
  readonly make: (cfg: RunConfig, p: Required<OptimizerParams>, ctx: MakeContext) => OptGen;
}

export const REGISTRY = [
  {
    id: 'gd',
    group: 'First-order',
    label: optimizerLabelMsg.en.gd,
    short: optimizerShortMsg.en.gd,
    params: ['lr'],
    gpu: true,
    make: (c, p) => gd(c, p.lr),
  },
  {
    id: 'momentum',
    group: 'First-order',
    label: optimizerLabelMsg.en.momentum,
    short: optimizerShortMsg.en.momentum,
    params: ['lr', 'beta'],
    gpu: true,
    make: (c, p) => momentum(c, p.lr, p.beta),
  },
  {
    id: 'nesterov',
    group: 'First-order',
    label: optimizerLabelMsg.en.nesterov,
    short: optimizerShortMsg.en.nesterov,
    params: ['lr', 'beta'],
    gpu: true,
    teach: ['look-ahead'],
    make: (c, p) => nesterov(c, p.lr, p.beta),
  },
  {
    id: 'adam',
    group: 'First-order',
    label: optimizerLabelMsg.en.adam,
    short: optimizerShortMsg.en.adam,
    params: ['lr'],
    gpu: true,
    make: (c, p) => adam(c, p.lr),
  },
  {
    id: 'rmsprop',
    group: 'First-order',
    label: optimizerLabelMsg.en.rmsprop,
    short: optimizerShortMsg.en.rmsprop,
    params: ['lr'],
    gpu: true,
    make: (c, p) => rmsprop(c, p.lr),
  },
  {
    id: 'fd-gd',
    group: 'First-order',
    label: optimizerLabelMsg.en['fd-gd'],
    short: optimizerShortMsg.en['fd-gd'],
    params: ['lr', 'h'],
    gpu: true,
    teach: ['finite-differences'],
    make: (c, p) => fdGd(c, p.lr, p.h),
  },
  {
    id: 'sgd',
    group: 'Stochastic',
    label: optimizerLabelMsg.en.sgd,
    short: optimizerShortMsg.en.sgd,
    params: ['lr', 'batch', 'seed'],
    gpu: false,
    needs: 'data',
    teach: ['mini-batch'],
    make: (c, p, ctx) => {
      const { id, rows } = ctx.data!;
      const batch = Math.min(p.batch, rows.length);
      return sgd(c, { lr: p.lr, batch, seed: p.seed }, rows.length, regressionBatchGradient(id, rows));
    },
  },
  {
    id: 'newton',
    group: 'Newton-type',
    label: optimizerLabelMsg.en.newton,
    short: optimizerShortMsg.en.newton,
    params: [],
    gpu: true,
    make: (c) => newton(c),
  },
  {
    id: 'damped-newton',
    group: 'Newton-type',
    label: optimizerLabelMsg.en['damped-newton'],
    short: optimizerShortMsg.en['damped-newton'],
    params: [],
    gpu: true,
    search: 'armijo',
    teach: ['damped-newton'],
    make: (c) => dampedNewton(c),
  },
  {
    id: 'trust-region',
    group: 'Newton-type',
    label: optimizerLabelMsg.en['trust-region'],
    short: optimizerShortMsg.en['trust-region'],
    params: ['radius'],
    gpu: false,
    teach: ['trust-region'],
    make: (c, p) => trustRegion(c, p.radius),
  },
  {
    id: 'bfgs',
    group: 'Quasi-Newton',
    label: optimizerLabelMsg.en.bfgs,
    short: optimizerShortMsg.en.bfgs,
    params: [],
    gpu: true,
    search: 'armijo',
    teach: ['quasi-newton'],
    make: (c) => bfgs(c),
  },
  {
    id: 'dfp',
    group: 'Quasi-Newton',
    label: optimizerLabelMsg.en.dfp,
    short: optimizerShortMsg.en.dfp,
    params: [],
    gpu: true,
    search: 'armijo',
    teach: ['quasi-newton'],
    make: (c) => dfp(c),
  },
  {
    id: 'cg',
    group: 'First-order',
    label: optimizerLabelMsg.en.cg,
    short: optimizerShortMsg.en.cg,
    params: [],
    gpu: false,
    search: 'armijo',
    teach: ['conjugacy'],
    make: (c) => cg(c),
  },
  {
    id: 'lbfgs',
    group: 'Quasi-Newton',
    label: optimizerLabelMsg.en.lbfgs,
    short: optimizerShortMsg.en.lbfgs,
    params: ['m'],
    gpu: false,
    search: 'wolfe',
    teach: ['quasi-newton'],
    make: (c, p) => lbfgs(c, p.m),
  },
  {
    id: 'gauss-newton',
    group: 'Least squares',
    label: optimizerLabelMsg.en['gauss-newton'],
    short: optimizerShortMsg.en['gauss-newton'],
    params: [],
    gpu: false,
    search: 'armijo',
    needs: 'sum-of-squares',
    teach: ['least-squares'],
    make: (c, _p, ctx) => gaussNewton(c, ctx.sos!),
  },
  {
    id: 'lm',
    group: 'Least squares',
    label: optimizerLabelMsg.en.lm,
    short: optimizerShortMsg.en.lm,
    params: [],
    gpu: false,
    needs: 'sum-of-squares',
    teach: ['least-squares'],
    make: (c, _p, ctx) => levenbergMarquardt(c, ctx.sos!),
  },
] as const satisfies readonly OptimizerSpec[];

export type OptimizerId = (typeof REGISTRY)[number]['id'];
/** The methods CONTRACT §5 (version 2) defines; the registry's others (rmsprop) are extensions. */
export const CONTRACT_OPTIMIZER_IDS: readonly OptimizerId[] = [
  'gd',
  'momentum',
  'adam',
  'fd-gd',
  'newton',
  'damped-newton',
  'bfgs',
  'dfp',
  'nesterov',
  'cg',
  'lbfgs',
  'trust-region',
  'gauss-newton',
  'lm',
  'sgd',
];
/** Every optimizer id, in the order the app lists them. */
export const OPTIMIZER_IDS: readonly OptimizerId[] = REGISTRY.map((s) => s.id);
/** The methods that line-search (a `search`): their iterates carry the trials. */
export const LINE_SEARCHERS: ReadonlySet<string> = new Set(REGISTRY.filter((s) => 'search' in s).map((s) => s.id));
/** Whether the method shows in the teaching panel (its `teach`; every `search` is in 'line-search'). */
export function teaches(id: string, panel: TeachPanel | 'line-search'): boolean {
  const spec = BY_ID.get(id);
  if (!spec) return false;
  return panel === 'line-search' ? spec.search !== undefined : (spec.teach ?? []).includes(panel);
}

/** The methods whose step gpu-runs.ts has in GLSL. */
export type GpuOptimizerId = Extract<(typeof REGISTRY)[number], { gpu: true }>['id'];

const BY_ID = new Map<string, OptimizerSpec>(REGISTRY.map((s) => [s.id, s]));

export function isOptimizerId(id: string): id is OptimizerId {
  return BY_ID.has(id);
}

export function optimizerSpec(id: OptimizerId): OptimizerSpec {
  return BY_ID.get(id)!;
}

export function hasGpuStep(id: OptimizerId): id is GpuOptimizerId {
  return optimizerSpec(id).gpu;
}

/** The name of a method in `lang` (by default the language in use); an unknown id is its own name. */
export function optimizerLabel(id: string, lang: Lang = currentLang()): string {
  return isOptimizerId(id) ? optimizerLabelMsg.in(lang)[id] : id;
}

/** The short name of a method (legends) in `lang`; an unknown id is its own name. */
export function optimizerShort(id: string, lang: Lang = currentLang()): string {
  return isOptimizerId(id) ? optimizerShortMsg.in(lang)[id] : id;
}

/** The name of an optimizer group (OPTIMIZER_GROUPS) in `lang`. */
export function optimizerGroupName(group: OptimizerGroup, lang: Lang = currentLang()): string {
  return optimizerGroupMsg.in(lang)[group];
}

/** The parameters with their defaults filled in. */
export function withDefaults(p: OptimizerParams): Required<OptimizerParams> {
  return {
    ...p,
    m: p.m ?? PARAM_DEFAULTS.m,
    radius: p.radius ?? PARAM_DEFAULTS.radius,
    batch: p.batch ?? PARAM_DEFAULTS.batch,
    seed: p.seed ?? PARAM_DEFAULTS.seed,
  };
}

/** The `params` of a run: exactly the parameters its method uses (CONTRACT §6). */
export function paramsOf(id: OptimizerId, p: OptimizerParams): Record<string, number> {
  const full = withDefaults(p);
  return Object.fromEntries(optimizerSpec(id).params.map((n) => [n, full[n]]));
}

// Sums of squares are read once per parsed formula.
const sosCache = new WeakMap<Node, SumOfSquares | null>();
function sosOf(ast: Node): SumOfSquares | null {
  if (!sosCache.has(ast)) sosCache.set(ast, sumOfSquares(ast));
  return sosCache.get(ast)!;
}

/**
 * Whether the method applies to the formula: null where it does, else why not, as the alert
 * says it in `lang`, by default the language in use (e.g. "gauss-newton needs a sum of squares:
 * sin(x)*cos(y) is not one").
 */
export function applicability(
  id: OptimizerId,
  ast: Node,
  data?: RunContext['data'],
  lang: Lang = currentLang(),
): string | null {
  const needs = optimizerSpec(id).needs;
  const say = optimizerNeedsMsg.in(lang);
  const label = optimizerLabel(id, lang);
  switch (needs) {
    case undefined:
      return null;
    case 'sum-of-squares':
      return sosOf(ast) ? null : say.sumOfSquares(id, label, quoteFormula(ast));
    case 'data': {
      if (data && data.rows.length > 0) return null;
      // English names the surfaces by id, other languages by name
      const names = REGRESSION_IDS.map((r) => (lang === 'en' ? r : surfaceNameMsg.in(lang)[r]));
      return say.data(id, label, names.join(say.listSep));
    }
  }
}

/**
 * A fresh run of the method. `ctx.ast` is required for the methods that need a sum of squares,
 * and must be one (check `applicability` first): asking otherwise is a programming error.
 */
export function makeRun(id: OptimizerId, cfg: RunConfig, p: OptimizerParams, ctx: RunContext = {}): OptGen {
  const spec = optimizerSpec(id);
  let sos: SumOfSquares | null = null;
  if (spec.needs === 'sum-of-squares') {
    const why = ctx.ast ? applicability(id, ctx.ast, undefined, 'en') : `${id} needs the formula`;
    if (why) throw new Error(why);
    sos = sosOf(ctx.ast!);
  }
  if (spec.needs === 'data' && !ctx.data) throw new Error(`${id} needs data`);
  return spec.make(cfg, withDefaults(p), { ...ctx, sos });
}
