// "Explain this step": the step a run took from the scrubbed iteration, in words with its
// numbers, from what the optimizer recorded (StepDetail): the gradient, the direction and why,
// every line-search trial and the test it passed or failed, the update of B, the trust radius,
// LM's damping, SGD's mini-batch. Pure (no React): the panel shows the sentences and a live
// region reads them to a screen reader. The words are in the language asked for (by default
// the one in use; i18n/methods.ts).
import { currentLang, type Lang } from '../i18n/i18n';
import { explainMsg, statusWordsMsg } from '../i18n/methods';
import { ARMIJO_C, WOLFE_C2 } from '../math/optimizers/common';
import { optimizerLabel } from '../math/optimizers/registry';
import type { SgdDetail } from '../math/optimizers/sgd';
import type { Trajectory } from '../math/optimizers/types';
import { armijo } from '../math/teach';
import { fmt } from './format';

/** The sentences explaining the step from iterate min(k, last) of the run. */
export function explainStep(run: Trajectory, k: number, lang: Lang = currentLang()): string[] {
  const t = explainMsg.in(lang);
  // numbers as format.ts writes them, NaN in words of the language
  const num = (v: number, digits?: number) => (Number.isNaN(v) ? t.undef : fmt(v, digits));
  const vec = (v: readonly [number, number]) => `(${num(v[0])}, ${num(v[1])})`;
  const label = optimizerLabel(run.optimizer, lang);
  const last = run.iterates.length - 1;
  const i = Math.max(0, Math.min(k, last));
  const it = run.iterates[i];
  const out: string[] = [];
  out.push(t.head(label, it.k, vec([it.x, it.y]), num(it.value), num(it.gradNorm)));
  const d = it.detail;
  const next = run.iterates[i + 1];
  if (!d || !next) {
    const words = statusWordsMsg.in(lang) as Record<string, string>;
    out.push(i === last ? t.ends(Object.hasOwn(words, run.status) ? words[run.status] : run.status) : t.noStep);
    return out;
  }
  const p = run.params;
  const id = run.optimizer;
  // the direction and why
  if (id === 'gd' && d.direction) out.push(t.gd(vec(d.direction), num(p.lr)));
  else if (id === 'momentum' && d.direction) out.push(t.momentum(vec(d.direction), num(p.beta)));
  else if (id === 'nesterov' && d.lookAhead && d.lookAheadGradient)
    out.push(t.nesterov(vec(d.lookAhead), vec(d.lookAheadGradient), vec(d.direction ?? [NaN, NaN])));
  else if ((id === 'adam' || id === 'rmsprop') && d.direction) out.push(t.adaptive(label, vec(d.direction)));
  else if (id === 'fd-gd' && d.fdGradient && d.direction) out.push(t.fd(num(p.h), vec(d.fdGradient), vec(d.direction)));
  else if (id === 'sgd') {
    const s = d as SgdDetail;
    out.push(
      t.sgd(s.batch.length, s.batch.map((r) => r + 1).join(', '), s.epoch, vec(s.batchGradient), vec(s.fullGradient)),
    );
  } else if (d.trustRegion) {
    const tr = d.trustRegion;
    out.push(
      t.trustRegion(
        num(tr.radius),
        vec(tr.step),
        tr.interior,
        num(tr.predicted),
        num(tr.actual),
        num(tr.rho, 3),
        tr.accepted,
        num(tr.nextRadius),
      ),
    );
  } else if (d.lm) {
    out.push(t.lm(vec(d.lm.step), num(d.lm.mu), num(d.lm.rho, 3), d.lm.accepted));
  } else if (d.cg && d.direction)
    out.push(
      d.cg.restart || it.k === 0
        ? t.cgStart(it.k === 0, vec(d.direction))
        : t.cgTurn(num(d.cg.beta, 3), vec(d.direction)),
    );
  else if (d.pairs && d.direction) out.push(t.lbfgs(d.pairs.length, vec(d.direction)));
  else if (d.B && d.direction) out.push(t.quasiNewton(label, vec(d.direction), Boolean(d.reset)));
  else if (d.G && d.direction) out.push(t.gaussNewton(vec(d.direction)));
  else if (d.modifiedEigenvalues && d.direction)
    out.push(t.damped(num(d.modifiedEigenvalues[0]), num(d.modifiedEigenvalues[1]), vec(d.direction)));
  else if (d.direction) out.push(t.newton(label, vec(d.direction)));

  // the line search, trial by trial
  if (d.trials && d.trials.length > 0 && d.slope !== undefined) {
    const f0 = it.value;
    const wolfe = d.search === 'wolfe';
    const parts = d.trials.map((tr) => {
      const bound = armijo(f0, d.slope!, tr.t, ARMIJO_C);
      if (tr.accepted) return t.trialAccepted(num(tr.t), num(tr.value), num(bound), wolfe);
      if (tr.failed === 'curvature') return t.trialTooShort(num(tr.t), num(tr.slope ?? NaN), num(WOLFE_C2));
      return t.trialNotEnough(num(tr.t), num(tr.value), num(bound));
    });
    out.push(t.lineSearch(wolfe, parts.join(t.trialSep)));
  }
  // what was learned
  if (d.s && d.yv && (d.B || d.pairs)) {
    const sy = d.s[0] * d.yv[0] + d.s[1] * d.yv[1];
    out.push(d.curvatureOk ? t.curvatureOk(num(sy), Boolean(d.pairs)) : t.curvatureBad(num(sy), Boolean(d.pairs)));
  }
  const df = next.value - it.value;
  out.push(t.next(vec([next.x, next.y]), num(next.value), df <= 0, num(Math.abs(df))));
  return out;
}
