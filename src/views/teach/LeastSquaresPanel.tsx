// Gauss–Newton and Levenberg–Marquardt at the scrubbed iteration. For f = Σ wᵢ rᵢ², the true
// Hessian is H = 2JᵀWJ + 2Σ wᵢ rᵢ ∇²rᵢ; Gauss–Newton keeps only G = 2JᵀWJ (first derivatives of
// the residuals), so G is shown beside H with what it leaves out, H − G, in numbers. For LM, the
// damping μ over the iterations (rejected trials marked), and where its step lies between the
// gradient-descent direction (large μ) and the Gauss–Newton step (small μ).
import { useMemo } from 'react';
import { pointFacts } from '../../compute/panels';
import { useResults } from '../../compute/results';
import { dampedStep } from '../../math/optimizers/least-squares';
import { teaches } from '../../math/optimizers/registry';
import type { Trajectory } from '../../math/optimizers/types';
import { angleBetween, inv2, type Mat2 } from '../../math/teach';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { Chart, TakenDots } from './Chart';
import { Folded, Matrix, stepAt, useRunPick, vec } from './common';
import { Line } from './TaylorErrorChart';
import '../teach.css';

const frob = (m: readonly number[]) => Math.hypot(...m);

export interface MuRow {
  k: number;
  mu: number;
  rho: number;
  nu: number;
  accepted: boolean;
}

/** What LM does to μ after an iteration (CONTRACT §5): × max(1/3, 1 − (2ρ − 1)³) after a taken
 *  step (down where ρ > ½, up where ρ < ½), × ν after a rejected one. */
export function muFactor(r: Pick<MuRow, 'rho' | 'nu' | 'accepted'>): number {
  return r.accepted ? Math.max(1 / 3, 1 - (2 * r.rho - 1) ** 3) : r.nu;
}

/** μ and acceptance of every LM iteration. */
export function muRows(run: Trajectory): MuRow[] {
  return run.iterates.flatMap((it) => {
    const lm = it.detail?.lm;
    return lm ? [{ k: it.k, mu: lm.mu, rho: lm.rho, nu: lm.nu, accepted: lm.accepted }] : [];
  });
}

function MuChart({ rows, current }: { rows: MuRow[]; current: number }) {
  const mus = rows.map((r) => r.mu).filter((v) => v > 0 && Number.isFinite(v));
  if (mus.length < 2) return null;
  const lo = 10 ** Math.floor(Math.log10(Math.min(...mus)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...mus)));
  const ks = rows.map((r) => r.k);
  const rejected = rows.filter((r) => !r.accepted);
  return (
    <>
      <Chart
        width={320}
        height={160}
        x={{ lo: ks[0], hi: Math.max(ks[0] + 1, ks[ks.length - 1]), label: 'iteration' }}
        y={{ lo, hi: hi > lo ? hi : lo * 10, log: true, label: 'damping μ' }}
        label="Levenberg–Marquardt's damping μ over the iterations"
        testId="gn-mu-chart"
      >
        {(sx, sy, box) => (
          <>
            <line x1={sx(current)} x2={sx(current)} y1={box.t} y2={box.b} className="tc-guide" />
            <Line xs={ks} ys={rows.map((r) => r.mu)} sx={sx} sy={sy} color="#cc79a7" />
            <TakenDots
              points={rows.map((r) => ({ k: r.k, v: r.mu, accepted: r.accepted }))}
              sx={sx}
              sy={sy}
              color="#cc79a7"
            />
          </>
        )}
      </Chart>
      <p className="tc-legend" data-testid="gn-mu-rejected" data-count={rejected.length}>
        Open red circles: rejected trials ({rejected.length}), after which μ grows by ν. Large μ: the step −(G + μI)⁻¹∇f
        is nearly −∇f/μ, a short gradient-descent step; small μ: it is the Gauss–Newton step −G⁻¹∇f. A taken step
        multiplies μ by max(1/3, 1 − (2ρ − 1)³): down where the model predicted the decrease well (ρ &gt; ½), so LM
        starts cautious and ends as Gauss–Newton.
      </p>
    </>
  );
}

export function LeastSquaresPanel() {
  const runs = useResults((r) => r.runs);
  const ast = useResults((r) => r.ast);
  const iter = useView((v) => v.iter);
  const candidates = useMemo(() => runs.filter((r) => teaches(r.optimizer, 'least-squares')), [runs]);
  const [run, picker] = useRunPick(candidates);
  const step = useMemo(() => (run ? stepAt(run, iter, (d) => d.G !== undefined) : null), [run, iter]);
  const facts = useMemo(() => (step && ast ? pointFacts(ast, step.it.x, step.it.y) : null), [step, ast]);
  const rows = useMemo(() => (run?.optimizer === 'lm' ? muRows(run) : null), [run]);

  if (candidates.length === 0) {
    return (
      <Folded
        name="gn"
        title="Least squares"
        hint="add Gauss–Newton or Levenberg–Marquardt on a sum of squares (Rosenbrock, exp-regression) to compare G = 2JᵀWJ with the true Hessian"
        add="gauss-newton"
        openAt={1}
      />
    );
  }
  const body = (() => {
    if (!step || !run)
      return <p className="tc-hint muted">No step at this iteration (the run stopped at its start).</p>;
    const { it, detail } = step;
    const G = detail.G!;
    const H = detail.hessian && detail.hessian.every(Number.isFinite) ? detail.hessian : null;
    const left: Mat2 | null = H ? [H[0] - G[0], H[1] - G[1], H[2] - G[2], H[3] - G[3]] : null;
    const share = H && left ? frob(left) / Math.max(frob(H), 1e-300) : NaN;
    const r = detail.residuals;
    const rNorm = r ? Math.hypot(...r.r) : NaN;
    const lm = detail.lm;
    const g = facts?.gradient;
    // the Gauss–Newton step −G⁻¹∇f: LM's step with μ = 0 (G may be singular)
    const gnStep = g && inv2(G) ? dampedStep(G, 0, g) : null;
    const taken = lm ? lm.step : detail.direction;
    return (
      <>
        <p className="tc-text">
          Iteration {it.k}
          {step.last ? ' (the run’s last step)' : ''} at x = {vec([it.x, it.y])}
          {r ? `: ${r.r.length} residual${r.r.length === 1 ? '' : 's'}, ‖r‖ = ${fmt(rNorm, 3)}` : ''}.
        </p>
        <div className="tc-row">
          <div className="tc-col">
            <span>G = 2JᵀWJ</span>
            <Matrix m={G} label="the Gauss–Newton matrix G" testId="gn-G" />
          </div>
          <div className="tc-col">
            <span>true H</span>
            {H ? (
              <Matrix m={H} label="the true Hessian" testId="gn-H" />
            ) : (
              <span className="muted">undefined here</span>
            )}
          </div>
          {left && (
            <div className="tc-col">
              <span>H − G = 2Σ wᵢrᵢ∇²rᵢ</span>
              <Matrix m={left} label="what Gauss–Newton leaves out" testId="gn-left-out" />
            </div>
          )}
        </div>
        {left && (
          <p className="tc-text" data-testid="gn-share">
            Gauss–Newton leaves out ‖H − G‖/‖H‖ = <strong>{fmt(share, 3)}</strong> of the curvature here:{' '}
            {share < 0.05
              ? 'the residuals are small (or nearly linear), so G ≈ H and Gauss–Newton steps like Newton.'
              : 'the residuals are large or curved here, so G misses part of H; G is still positive semidefinite, which keeps its direction downhill.'}
          </p>
        )}
        {lm && (
          <p className="tc-text" data-testid="gn-lm-step">
            μ = {fmt(lm.mu, 4)}, ρ = {fmt(lm.rho, 3)}:{' '}
            {lm.accepted ? (
              <strong className="tc-good">
                step taken, μ × {fmt(muFactor(lm), 3)}
                {lm.rho > 0.5 ? ' (ρ > ½: trusted more)' : ' (ρ < ½: trusted less)'}
              </strong>
            ) : (
              <strong className="tc-bad">step rejected (ρ ≤ 0), μ × ν = {fmt(lm.nu, 3)}</strong>
            )}
            {g && taken && gnStep
              ? `. The step is ${fmt(angleBetween(taken, [-g[0], -g[1]]), 2)}° from −∇f and ${fmt(angleBetween(taken, gnStep), 2)}° from the Gauss–Newton step.`
              : '.'}
          </p>
        )}
        {rows && <MuChart rows={rows} current={it.k} />}
      </>
    );
  })();
  return (
    <section className="panel tc" aria-labelledby="gn-title" data-testid="gn-panel">
      <h2 id="gn-title">Least squares: G = 2JᵀWJ against the true Hessian</h2>
      {picker}
      {body}
    </section>
  );
}
