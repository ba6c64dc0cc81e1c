// "Explain this step": the step a run took from the scrubbed iteration, in words with its
// numbers, from what the optimizer recorded (StepDetail): the gradient, the direction and why,
// every line-search trial and the test it passed or failed, the update of B, the trust radius,
// LM's damping, SGD's mini-batch. Pure (no React): the panel shows the sentences and a live
// region reads them to a screen reader.
import { ARMIJO_C, WOLFE_C2 } from '../math/optimizers/common';
import { optimizerSpec, isOptimizerId } from '../math/optimizers/registry';
import type { SgdDetail } from '../math/optimizers/sgd';
import type { Trajectory } from '../math/optimizers/types';
import { armijo } from '../math/teach';
import { fmt, STATUS_WORDS, vec } from './format';

/** The sentences explaining the step from iterate min(k, last) of the run. */
export function explainStep(run: Trajectory, k: number): string[] {
  const label = isOptimizerId(run.optimizer) ? optimizerSpec(run.optimizer).label : run.optimizer;
  const last = run.iterates.length - 1;
  const i = Math.max(0, Math.min(k, last));
  const it = run.iterates[i];
  const out: string[] = [];
  out.push(
    `${label}, iteration ${it.k}: at x = ${vec([it.x, it.y])}, f = ${fmt(it.value)}, ‖∇f‖ = ${fmt(it.gradNorm)}.`,
  );
  const d = it.detail;
  const next = run.iterates[i + 1];
  if (!d || !next) {
    out.push(
      i === last
        ? `The run ends here: ${STATUS_WORDS[run.status] ?? run.status}.`
        : 'No step was recorded from this iterate.',
    );
    return out;
  }
  const p = run.params;
  const id = run.optimizer;
  // the direction and why
  if (id === 'gd' && d.direction)
    out.push(`Gradient descent steps against the gradient: Δx = −lr·∇f = ${vec(d.direction)} with lr = ${fmt(p.lr)}.`);
  else if (id === 'momentum' && d.direction)
    out.push(
      `Momentum adds the gradient step to the velocity: v ← βv − lr·∇f = ${vec(d.direction)} (β = ${fmt(p.beta)}), and x moves by v.`,
    );
  else if (id === 'nesterov' && d.lookAhead && d.lookAheadGradient)
    out.push(
      `Nesterov looks ahead to x + βv = ${vec(d.lookAhead)}, takes the gradient there, ${vec(d.lookAheadGradient)}, and moves by v ← βv − lr·∇f(x + βv) = ${vec(d.direction ?? [NaN, NaN])}.`,
    );
  else if ((id === 'adam' || id === 'rmsprop') && d.direction)
    out.push(`${label} scales each coordinate of the gradient by its running size: the step is ${vec(d.direction)}.`);
  else if (id === 'fd-gd' && d.fdGradient && d.direction)
    out.push(
      `The gradient comes from central differences with h = ${fmt(p.h)}: ${vec(d.fdGradient)}; the step is −lr times it, ${vec(d.direction)}.`,
    );
  else if (id === 'sgd') {
    const s = d as SgdDetail;
    out.push(
      `SGD uses a mini-batch of ${s.batch.length} point${s.batch.length === 1 ? '' : 's'} (${s.batch.map((r) => r + 1).join(', ')}; epoch ${s.epoch}): its gradient ${vec(s.batchGradient)} stands in for the full ${vec(s.fullGradient)}.`,
    );
  } else if (d.trustRegion) {
    const tr = d.trustRegion;
    out.push(
      `The quadratic model is minimised within the radius Δ = ${fmt(tr.radius)}: the step ${vec(tr.step)}${tr.interior ? ' is the Newton step, inside the region' : ' lies on the boundary'}. The model predicted a decrease of ${fmt(tr.predicted)}, f fell by ${fmt(tr.actual)}: ρ = ${fmt(tr.rho, 3)}, so the step is ${tr.accepted ? 'taken' : 'rejected'} and Δ becomes ${fmt(tr.nextRadius)}.`,
    );
  } else if (d.lm) {
    out.push(
      `Levenberg–Marquardt tries p = −(G + μI)⁻¹∇f = ${vec(d.lm.step)} with μ = ${fmt(d.lm.mu)}: ρ = ${fmt(d.lm.rho, 3)}, so the step is ${d.lm.accepted ? 'taken' : 'rejected and μ grows'}.`,
    );
  } else if (d.cg && d.direction)
    out.push(
      d.cg.restart || it.k === 0
        ? `Conjugate gradients ${it.k === 0 ? 'starts' : 'restarts'} along −∇f: d = ${vec(d.direction)}.`
        : `Conjugate gradients turns −∇f by β = ${fmt(d.cg.beta, 3)} times the last direction: d = ${vec(d.direction)}.`,
    );
  else if (d.pairs && d.direction)
    out.push(
      `L-BFGS applies its ${d.pairs.length} stored pair${d.pairs.length === 1 ? '' : 's'} (s, y) to ∇f: d = ${vec(d.direction)}.`,
    );
  else if (d.B && d.direction)
    out.push(
      `${label} multiplies the gradient by its estimate B of H⁻¹: d = −B∇f = ${vec(d.direction)}${d.reset ? ' (B was reset to I: −B∇f was not downhill)' : ''}.`,
    );
  else if (d.G && d.direction) out.push(`Gauss–Newton solves G d = −∇f with G = 2JᵀWJ: d = ${vec(d.direction)}.`);
  else if (d.modifiedEigenvalues && d.direction)
    out.push(
      `H is not positive definite here, so damped Newton uses it with its eigenvalues made positive (${fmt(d.modifiedEigenvalues[0])}, ${fmt(d.modifiedEigenvalues[1])}): d = ${vec(d.direction)}.`,
    );
  else if (d.direction) out.push(`${label} solves H d = −∇f: d = ${vec(d.direction)}.`);

  // the line search, trial by trial
  if (d.trials && d.trials.length > 0 && d.slope !== undefined) {
    const f0 = it.value;
    const parts = d.trials.map((t) => {
      const bound = armijo(f0, d.slope!, t.t, ARMIJO_C);
      if (t.accepted)
        return `t = ${fmt(t.t)}: f = ${fmt(t.value)} ≤ ${fmt(bound)}${d.search === 'wolfe' ? ' and the slope is no longer steep' : ''}, accepted`;
      if (t.failed === 'curvature')
        return `t = ${fmt(t.t)}: the slope ${fmt(t.slope ?? NaN)} is still below ${fmt(WOLFE_C2)}·∇f·d, too short`;
      return `t = ${fmt(t.t)}: f = ${fmt(t.value)} > ${fmt(bound)}, not enough decrease`;
    });
    out.push(`The ${d.search === 'wolfe' ? 'Wolfe' : 'Armijo'} line search tries ${parts.join('; ')}.`);
  }
  // what was learned
  if (d.s && d.yv && (d.B || d.pairs)) {
    const sy = d.s[0] * d.yv[0] + d.s[1] * d.yv[1];
    out.push(
      d.curvatureOk
        ? `sᵀy = ${fmt(sy)} > 0: ${d.pairs ? 'the pair (s, y) is stored' : 'B is updated with s and y'}.`
        : `sᵀy = ${fmt(sy)} is not positive enough: ${d.pairs ? 'the pair is not stored' : 'B is kept'}.`,
    );
  }
  const df = next.value - it.value;
  out.push(
    `The next iterate is ${vec([next.x, next.y])}, f = ${fmt(next.value)} (${df <= 0 ? 'down' : 'up'} by ${fmt(Math.abs(df))}).`,
  );
  return out;
}
