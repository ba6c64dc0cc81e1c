// Inside BFGS / DFP at the scrubbed iteration: the inverse-Hessian estimate B beside the true
// H⁻¹ (as numbers, and as the ellipses {d : dᵀB⁻¹d = 1} and {d : dᵀHd = 1}), the step s, the
// gradient change y, the curvature condition sᵀy > 0, and the rank-2 update with its numbers.
import { teaches } from '../../math/optimizers/registry';
import { useMemo } from 'react';
import { LbfgsMemories, LbfgsPairs } from './LbfgsParts';
import { useScene } from '../../state/store';
import { useResults } from '../../compute/results';
import { inverseHessianGaps, pointFacts } from '../../compute/panels';
import { bfgsUpdate, CURVATURE_MIN, dfpUpdate } from '../../math/optimizers/quasi-newton';
import { inv2, relGap, unitEllipse, type Ellipse, type Mat2 } from '../../math/teach';
import { Chart, Path } from './Chart';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { Tex } from '../Tex';
import { Folded, Matrix, stepAt, texMat, texNum, texVec, useRunPick, vec } from './common';
import { useMsg } from '../../i18n/i18n';
import { qnMsg, teach2Msg } from '../../i18n/teach2';
import '../teach.css';

const SIZE = 200;

function EllipseSvg({ e, scale, className, testId }: { e: Ellipse; scale: number; className: string; testId: string }) {
  return (
    <ellipse
      cx={0}
      cy={0}
      rx={e.a * scale}
      ry={e.b * scale}
      transform={`rotate(${(-e.angle * 180) / Math.PI})`}
      className={className}
      data-testid={testId}
    />
  );
}

function Ellipses({ B, Hinv }: { B: Ellipse | null; Hinv: Ellipse | null }) {
  const t = useMsg(qnMsg);
  const r = Math.max(B ? B.a : 0, Hinv ? Hinv.a : 0);
  if (!(r > 0)) return null;
  const scale = (SIZE / 2 - 12) / r;
  return (
    <svg
      className="tc-ellipses"
      viewBox={`${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`}
      role="img"
      aria-label={t.ellipsesAria}
      data-testid="qn-ellipses"
    >
      <line x1={-SIZE / 2} x2={SIZE / 2} y1={0} y2={0} className="tc-grid" />
      <line y1={-SIZE / 2} y2={SIZE / 2} x1={0} x2={0} className="tc-grid" />
      {B && <EllipseSvg e={B} scale={scale} className="tc-ell-b" testId="qn-ellipse-b" />}
      {Hinv && <EllipseSvg e={Hinv} scale={scale} className="tc-ell-h" testId="qn-ellipse-h" />}
    </svg>
  );
}

/** ‖B − H⁻¹‖/‖H⁻¹‖ per iteration (log scale), the scrubbed one marked: B learning. */
function GapChart({ ks, g, k }: { ks: number[]; g: number[]; k: number }) {
  const t = useMsg(qnMsg);
  const tc = useMsg(teach2Msg);
  const pos = g.filter((v) => Number.isFinite(v) && v > 0);
  if (pos.length < 2) return null;
  const lo = 10 ** Math.floor(Math.log10(Math.min(...pos)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...pos)));
  const i = ks.indexOf(k);
  return (
    <Chart
      x={{ lo: 0, hi: Math.max(1, ks[ks.length - 1]), label: tc.iteration }}
      y={{ lo, hi: hi > lo ? hi : lo * 10, log: true, label: '‖B − H⁻¹‖/‖H⁻¹‖' }}
      label={t.gapChart}
      testId="qn-gap-chart"
      height={150}
    >
      {(sx, sy) => (
        <>
          <Path xs={ks} ys={g.map((v) => (v > 0 ? v : NaN))} sx={sx} sy={sy} className="tc-line-phi" />
          {i >= 0 && Number.isFinite(g[i]) && g[i] > 0 && (
            <circle cx={sx(k)} cy={sy(g[i])} r={4.5} className="tc-trial tc-accepted" />
          )}
        </>
      )}
    </Chart>
  );
}

export function QuasiNewtonPanel() {
  const runs = useResults((r) => r.runs);
  const ast = useResults((r) => r.ast);
  const iter = useView((v) => v.iter);
  const candidates = useMemo(() => runs.filter((r) => teaches(r.optimizer, 'quasi-newton')), [runs]);
  const [run, picker] = useRunPick(candidates);
  const step = useMemo(() => (run ? stepAt(run, iter, (d) => d.B !== undefined) : null), [run, iter]);
  // The gap between B and the true H⁻¹ at every iterate of the run, for the sparkline.
  const gaps = useMemo(() => {
    if (!run || !ast) return null;
    return inverseHessianGaps(ast, run);
  }, [run, ast]);
  const m = useScene((s) => s.scene.m);
  const H = useMemo(() => (step && ast ? pointFacts(ast, step.it.x, step.it.y) : null), [step, ast]);
  const t = useMsg(qnMsg);
  const tc = useMsg(teach2Msg);

  if (candidates.length === 0) {
    return <Folded name="qn" title={t.foldTitle} hint={t.foldHint} add="bfgs" openAt={3} />;
  }
  const body = (() => {
    if (!step || !run) return <p className="tc-hint muted">{t.noStep}</p>;
    const { it, detail } = step;
    const B = detail.B!;
    const hm: Mat2 | null =
      H && H.hessian.flat().every(Number.isFinite)
        ? [H.hessian[0][0], H.hessian[0][1], H.hessian[1][0], H.hessian[1][1]]
        : null;
    const Hinv = hm ? inv2(hm) : null;
    const eB = unitEllipse(B);
    const eH = Hinv ? unitEllipse(Hinv) : null;
    const s = detail.s;
    const y = detail.yv;
    const sy = s && y ? s[0] * y[0] + s[1] * y[1] : NaN;
    const isBfgs = run.optimizer === 'bfgs';
    const isLbfgs = run.optimizer === 'lbfgs';
    const next = s && y && detail.curvatureOk && !isLbfgs ? (isBfgs ? bfgsUpdate(B, s, y) : dfpUpdate(B, s, y)) : null;
    return (
      <>
        <p className="tc-text">
          {tc.iterAt(it.k, step.last, vec([it.x, it.y]))}
          {detail.reset && <strong>{t.reset}</strong>}
          {tc.period}
        </p>
        <div className="tc-row">
          <Ellipses B={eB} Hinv={eH} />
          <div className="tc-col">
            <div className="tc-mat-row">
              <span>
                <span className="tc-key tc-key-b" /> B<sub>k</sub>
                {isLbfgs ? t.fromPairs : ''}
              </span>
              <Matrix m={B} label={t.estimateB} testId="qn-B" />
            </div>
            <div className="tc-mat-row">
              <span>
                <span className="tc-key tc-key-h" /> {t.trueHinv}
              </span>
              {Hinv ? (
                <Matrix m={Hinv} label={t.trueInverse} testId="qn-Hinv" />
              ) : (
                <span className="muted">{t.singular}</span>
              )}
            </div>
            {Hinv && (
              <p className="tc-small" data-testid="qn-gap">
                ‖B − H⁻¹‖ / ‖H⁻¹‖ = {fmt(relGap(B, Hinv), 3)}
              </p>
            )}
          </div>
        </div>
        {gaps && <GapChart ks={gaps.ks} g={gaps.g} k={it.k} />}
        <p className="tc-small muted">{t.ellipsesNote(!!Hinv && !eH)}</p>
        {isLbfgs && <LbfgsPairs detail={detail} m={m} />}
        {s && y ? (
          <div data-testid="qn-sy">
            <p className="tc-text">
              s = x<sub>k+1</sub> − x<sub>k</sub> = {vec(s)}, y = ∇f<sub>k+1</sub> − ∇f<sub>k</sub> = {vec(y)}, sᵀy ={' '}
              {fmt(sy)}:{' '}
              {detail.curvatureOk ? (
                <strong className="tc-good" data-testid="qn-curvature">
                  {t.curvatureOk(isLbfgs)}
                </strong>
              ) : (
                <strong className="tc-bad" data-testid="qn-curvature">
                  {t.curvatureFails(sy <= 0, CURVATURE_MIN, isLbfgs)}
                </strong>
              )}
              {tc.period}
            </p>
            {!isLbfgs && (
              <div className="tc-tex" data-testid="qn-update">
                {isBfgs ? (
                  <Tex
                    math={`B_{k+1} = (I - \\rho\\, s y^\\top)\\, B_k\\, (I - \\rho\\, y s^\\top) + \\rho\\, s s^\\top,\\quad \\rho = \\frac{1}{s^\\top y}${detail.curvatureOk ? ` = ${texNum(1 / sy)}` : ''}`}
                  />
                ) : (
                  <Tex
                    math={`B_{k+1} = B_k + \\frac{s s^\\top}{s^\\top y} - \\frac{B_k y\\, y^\\top B_k}{y^\\top B_k y}`}
                  />
                )}
                <Tex math={`s = ${texVec(s)},\\ y = ${texVec(y)}`} />
                <Tex math={next ? `B_{k+1} = ${texMat(next)}` : `B_{k+1} = B_k \\ (\\text{${t.noUpdate}})`} />
              </div>
            )}
          </div>
        ) : (
          <p className="tc-hint muted">{t.lineSearchFailed}</p>
        )}
        {isLbfgs && <LbfgsMemories current={m} />}
      </>
    );
  })();
  return (
    <section className="panel tc" aria-labelledby="qn-title" data-testid="qn-panel">
      <h2 id="qn-title">{t.title}</h2>
      {picker}
      {body}
    </section>
  );
}
