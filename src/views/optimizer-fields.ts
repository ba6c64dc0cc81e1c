// Pure logic behind the optimizer panel's registry-driven part: the groups its checkboxes are
// listed in, which fields the selected methods use, and the checks of the fields m, radius,
// batch and seed (the same rules and wording as the URL parser, state/url.ts). No React.
import { OPTIMIZER_IDS, optimizerSpec, type OptimizerId, type ParamName } from '../math/optimizers/registry';
import { readNumber, type Checked } from '../state/params';

export interface OptimizerGroup {
  title: string;
  ids: readonly OptimizerId[];
}

/** The checkboxes' groups, by what a method reads of f. Every registry id is in exactly one
 *  (optimizer-fields.test.ts); an id added to the registry and not here lands in "other". */
const GROUPS: readonly OptimizerGroup[] = [
  { title: 'First-order', ids: ['gd', 'momentum', 'nesterov', 'adam', 'fd-gd', 'cg'] },
  { title: 'Newton-type', ids: ['newton', 'damped-newton', 'trust-region'] },
  { title: 'Quasi-Newton', ids: ['bfgs', 'dfp', 'lbfgs'] },
  { title: 'Least squares', ids: ['gauss-newton', 'lm'] },
  { title: 'Stochastic', ids: ['sgd'] },
];

export function optimizerGroups(): OptimizerGroup[] {
  const listed = new Set(GROUPS.flatMap((g) => g.ids));
  const rest = OPTIMIZER_IDS.filter((id) => !listed.has(id));
  return rest.length > 0 ? [...GROUPS, { title: 'Other', ids: rest }] : [...GROUPS];
}

/** The parameters the selected methods use, each once, in the registry's order. */
export function paramsUsed(opt: readonly OptimizerId[]): Set<ParamName> {
  return new Set(opt.flatMap((id) => optimizerSpec(id).params));
}

export type ExtraParam = 'm' | 'radius' | 'batch' | 'seed';

/** Check a typed value of m, radius, batch or seed by its row in NUMBER_PARAMS; `keep` is the
 *  value that stays in use, `rows` the number of data points (batch's upper bound). */
export function checkExtra(param: ExtraParam, text: string, keep: number, rows?: number): Checked<number> {
  return readNumber(param, text, { lr: NaN, rows }, `still using ${keep}`);
}
