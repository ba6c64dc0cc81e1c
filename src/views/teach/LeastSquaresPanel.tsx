// Gauss–Newton and Levenberg–Marquardt at the scrubbed iteration. For f = Σ wᵢ rᵢ², the true
// Hessian is H = 2JᵀWJ + 2Σ wᵢ rᵢ ∇²rᵢ; Gauss–Newton keeps only G = 2JᵀWJ (first derivatives of
// the residuals), so G is shown beside H with what it leaves out, H − G, in numbers. For LM, the
// damping μ over the iterations (rejected trials marked), and where its step lies between the
// gradient-descent direction (large μ) and the Gauss–Newton step (small μ).
import { useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { gnMsg, teach2Msg } from '../../i18n/teach2';
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
  const t = useMsg(gnMsg);
  const tc = useMsg(teach2Msg);
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
        x={{ lo: ks[0], hi: Math.max(ks[0] + 1, ks[ks.length - 1]), label: tc.iteration }}
        y={{ lo, hi: hi > lo ? hi : lo * 10, log: true, label: t.dampingAxis }}
        label={t.muChart}
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
        {t.muLegend(rejected.length)}
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
  const t = useMsg(gnMsg);
  const tc = useMsg(teach2Msg);

  if (candidates.length === 0) {
    return <Folded name="gn" title={t.foldTitle} hint={t.foldHint} add="gauss-newton" openAt={1} />;
  }
  const body = (() => {
    if (!step || !run) return <p className="tc-hint muted">{tc.noStepAtStart}</p>;
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
          {tc.iterAt(it.k, step.last, vec([it.x, it.y]))}
          {r ? t.residuals(r.r.length, fmt(rNorm, 3)) : ''}
          {tc.period}
        </p>
        <div className="tc-row">
          <div className="tc-col">
            <span>G = 2JᵀWJ</span>
            <Matrix m={G} label={t.gMatrix} testId="gn-G" />
          </div>
          <div className="tc-col">
            <span>{t.trueH}</span>
            {H ? (
              <Matrix m={H} label={t.trueHessian} testId="gn-H" />
            ) : (
              <span className="muted">{t.undefinedHere}</span>
            )}
          </div>
          {left && (
            <div className="tc-col">
              <span>H − G = 2Σ wᵢrᵢ∇²rᵢ</span>
              <Matrix m={left} label={t.leftOut} testId="gn-left-out" />
            </div>
          )}
        </div>
        {left && (
          <p className="tc-text" data-testid="gn-share">
            {t.shareBefore}
            <strong>{fmt(share, 3)}</strong>
            {t.shareAfter}
            {share < 0.05 ? t.shareSmall : t.shareLarge}
          </p>
        )}
        {lm && (
          <p className="tc-text" data-testid="gn-lm-step">
            μ = {fmt(lm.mu, 4)}, ρ = {fmt(lm.rho, 3)}:{' '}
            {lm.accepted ? (
              <strong className="tc-good">{t.lmTaken(fmt(muFactor(lm), 3), lm.rho > 0.5)}</strong>
            ) : (
              <strong className="tc-bad">{t.lmRejected(fmt(lm.nu, 3))}</strong>
            )}
            {g && taken && gnStep
              ? t.angles(fmt(angleBetween(taken, [-g[0], -g[1]]), 2), fmt(angleBetween(taken, gnStep), 2))
              : tc.period}
          </p>
        )}
        {rows && <MuChart rows={rows} current={it.k} />}
      </>
    );
  })();
  return (
    <section className="panel tc" aria-labelledby="gn-title" data-testid="gn-panel">
      <h2 id="gn-title">{t.title}</h2>
      {picker}
      {body}
    </section>
  );
}
