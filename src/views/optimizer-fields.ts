// Pure logic behind the optimizer panel's registry-driven part: the groups its checkboxes are
// listed in, which fields the selected methods use, and the checks of the fields m, radius,
// batch and seed (the same rules and wording as the URL parser, state/url.ts). No React.
import { OPTIMIZER_IDS, optimizerSpec, type OptimizerId, type ParamName } from '../math/optimizers/registry';
import { M_RANGE, parseNumber, SEED_MAX } from '../state/url';
import type { Checked } from './controls-logic';

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

/** The rule of each extra field; `rows` is the number of data points (batch's upper bound). */
function rule(param: ExtraParam, rows: number | undefined): { ok: (v: number) => boolean; text: string } {
  switch (param) {
    case 'm':
      return {
        ok: (v) => Number.isInteger(v) && v >= M_RANGE[0] && v <= M_RANGE[1],
        text: `the memory of lbfgs must be a whole number from ${M_RANGE[0]} to ${M_RANGE[1]}`,
      };
    case 'radius':
      return { ok: (v) => v > 0, text: 'the trust radius must be positive' };
    case 'batch':
      return {
        ok: (v) => Number.isInteger(v) && v >= 1 && (rows === undefined || v <= rows),
        text:
          rows === undefined
            ? 'the batch size must be a whole number from 1'
            : `the batch size must be a whole number from 1 to ${rows} (the number of data points)`,
      };
    case 'seed':
      return {
        ok: (v) => Number.isInteger(v) && v >= 0 && v <= SEED_MAX,
        text: `the seed must be a whole number from 0 to ${SEED_MAX}`,
      };
  }
}

/** Check a typed value of m, radius, batch or seed; `keep` is the value that stays in use. */
export function checkExtra(param: ExtraParam, text: string, keep: number, rows?: number): Checked<number> {
  const still = `; still using ${keep}`;
  const t = text.trim();
  if (t === '') return { ok: false, message: `is empty: type a number${still}` };
  const v = parseNumber(t);
  if (v === null) return { ok: false, message: `"${t}" is not a number${still}` };
  const r = rule(param, rows);
  if (!r.ok(v)) return { ok: false, message: `${v} is out of range: ${r.text}${still}` };
  return { ok: true, value: v };
}
