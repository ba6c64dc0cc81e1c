// Pure logic behind the optimizer panel's registry-driven part: the groups its checkboxes are
// listed in, which fields the selected methods use, and the checks of the fields m, radius,
// batch and seed (the same rules and wording as the URL parser, state/url.ts). No React.
import { currentLang, type Lang } from '../i18n/i18n';
import { controlsMsg } from '../i18n/methods';
import {
  OPTIMIZER_GROUPS,
  OPTIMIZER_IDS,
  optimizerSpec,
  type OptimizerGroup,
  type OptimizerId,
  type ParamName,
} from '../math/optimizers/registry';
import { readNumber, type Checked } from '../state/params';

export interface OptimizerGroupList {
  title: OptimizerGroup;
  ids: readonly OptimizerId[];
}

/** The checkboxes' groups, each method in its registry group, groups in the panel's order (the
 *  title is the group's key; optimizerGroupName says it in the language in use). */
export function optimizerGroups(): OptimizerGroupList[] {
  return OPTIMIZER_GROUPS.map((title) => ({
    title,
    ids: OPTIMIZER_IDS.filter((id) => optimizerSpec(id).group === title),
  })).filter((g) => g.ids.length > 0);
}

/** The parameters the selected methods use, each once, in the registry's order. */
export function paramsUsed(opt: readonly OptimizerId[]): Set<ParamName> {
  return new Set(opt.flatMap((id) => optimizerSpec(id).params));
}

export type ExtraParam = 'm' | 'radius' | 'batch' | 'seed';

/** Check a typed value of m, radius, batch or seed by its row in NUMBER_PARAMS; `keep` is the
 *  value that stays in use, `rows` the number of data points (batch's upper bound). */
export function checkExtra(
  param: ExtraParam,
  text: string,
  keep: number,
  rows?: number,
  lang: Lang = currentLang(),
): Checked<number> {
  return readNumber(param, text, { lr: NaN, rows }, controlsMsg.in(lang).stillUsing(String(keep)));
}
