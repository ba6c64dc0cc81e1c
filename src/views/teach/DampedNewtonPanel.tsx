// Damped (saddle-free) Newton where H is not positive definite: H's eigenvalues and the
// modified ones (|λ| floored at 1e-4), and the direction −H̃⁻¹∇f beside the plain Newton
// direction −H⁻¹∇f, which then points to a saddle or maximum of the model (often uphill).
// Shown at the expansion point p and at the damped-newton run's scrubbed iterate.
import { teaches } from '../../math/optimizers/registry';
import { useDeferredValue, useMemo } from 'react';
import { useResults } from '../../compute/results';
import { useFollowedResults } from '../follow';
import { useMsg } from '../../i18n/i18n';
import { dampedNewtonMsg } from '../../i18n/teach1';
import { eigSym2 } from '../../math/hessian';
import { dampedDirection, EIGEN_FLOOR, isSingular, newtonDirection } from '../../math/optimizers/newton';
import type { Eval } from '../../math/optimizers/types';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { Folded, stepAt, vec } from './common';
import { pointFacts } from '../../compute/panels';
import '../teach.css';

interface Case {
  where: string;
  testId: string;
  g: [number, number];
  lambdas: [number, number];
  modified: [number, number];
  plain: [number, number] | null;
  damped: [number, number];
}

function caseAt(e: Eval, where: string, testId: string): Case | null {
  if (![e.gx, e.gy, e.hxx, e.hxy, e.hyy].every(Number.isFinite)) return null;
  const { values } = eigSym2(e.hxx, e.hxy, e.hyy);
  if (values[0] > 0 && values[1] > 0) return null;
  const { d } = dampedDirection(e);
  const modified = values.map((l) => Math.max(Math.abs(l), EIGEN_FLOOR)).sort((a, b) => a - b) as [number, number];
  return {
    where,
    testId,
    g: [e.gx, e.gy],
    lambdas: values,
    modified,
    plain: isSingular(e) ? null : newtonDirection(e),
    damped: d,
  };
}

const R = 70;

function Arrows({ c }: { c: Case }) {
  const t = useMsg(dampedNewtonMsg);
  const unit = (v: [number, number]) => {
    const n = Math.hypot(v[0], v[1]) || 1;
    return [(v[0] / n) * R, (-v[1] / n) * R];
  };
  const ng = unit([-c.g[0], -c.g[1]]);
  const dp = c.plain ? unit(c.plain) : null;
  const dd = unit(c.damped);
  return (
    <svg
      className="tc-arrows"
      viewBox={`${-R - 14} ${-R - 14} ${2 * R + 28} ${2 * R + 28}`}
      role="img"
      aria-label={t.arrows}
      data-testid="dn-arrows"
    >
      <defs>
        {['g', 'p', 'd'].map((k) => (
          <marker
            key={k}
            id={`dn-arrow-${k}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className={`tc-head-${k}`} />
          </marker>
        ))}
      </defs>
      <circle r={R} className="tc-grid" fill="none" />
      <line x1={0} y1={0} x2={ng[0]} y2={ng[1]} className="tc-dir-g" markerEnd="url(#dn-arrow-g)" />
      {dp && (
        <line
          x1={0}
          y1={0}
          x2={dp[0]}
          y2={dp[1]}
          className="tc-dir-p"
          markerEnd="url(#dn-arrow-p)"
          data-testid="dn-plain"
        />
      )}
      <line
        x1={0}
        y1={0}
        x2={dd[0]}
        y2={dd[1]}
        className="tc-dir-d"
        markerEnd="url(#dn-arrow-d)"
        data-testid="dn-damped"
      />
    </svg>
  );
}

function CaseView({ c }: { c: Case }) {
  const slope = (d: [number, number]) => c.g[0] * d[0] + c.g[1] * d[1];
  const sp = c.plain ? slope(c.plain) : NaN;
  const sd = slope(c.damped);
  const t = useMsg(dampedNewtonMsg);
  return (
    <div className="tc-case" data-testid={c.testId}>
      <h3 className="tc-sub">{c.where}</h3>
      <p className="tc-text">
        {t.eigenvalues}
        <span data-testid="dn-eigen">
          {fmt(c.lambdas[0])}, {fmt(c.lambdas[1])}
        </span>
        {c.lambdas[0] < 0 && c.lambdas[1] < 0 ? t.negDefinite : c.lambdas[0] < 0 ? t.indefinite : t.singular}
        {t.modified}
        <strong data-testid="dn-modified">
          {fmt(c.modified[0])}, {fmt(c.modified[1])}
        </strong>
        {t.floor(EIGEN_FLOOR)}
      </p>
      <div className="tc-row">
        <Arrows c={c} />
        <ul className="tc-list">
          <li>
            <span className="tc-key tc-key-g" /> −∇f = {vec([-c.g[0], -c.g[1]])}
          </li>
          <li>
            <span className="tc-key tc-key-p" /> {t.plain} −H⁻¹∇f ={' '}
            {c.plain ? (
              <>
                {vec(c.plain)}: ∇f·d = {fmt(sp)} {sp > 0 ? <strong className="tc-bad">{t.uphill}</strong> : t.downhill}
              </>
            ) : (
              t.noneSingular
            )}
          </li>
          <li>
            <span className="tc-key tc-key-d" /> {t.damped} −H̃⁻¹∇f = {vec(c.damped)}: ∇f·d = {fmt(sd)}{' '}
            {sd < 0 ? <strong className="tc-good">{t.downhill}</strong> : ''}
          </li>
        </ul>
      </div>
    </div>
  );
}

export function DampedNewtonPanel() {
  // Deferred: while p is dragged, the views are drawn first and this panel follows.
  const facts = useDeferredValue(useFollowedResults((r) => r.facts));
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const t = useMsg(dampedNewtonMsg);
  const atP = useMemo(() => {
    if (!facts) return null;
    const [[a, b], [, c]] = facts.hessian;
    return caseAt(
      { value: facts.value, gx: facts.gradient[0], gy: facts.gradient[1], hxx: a, hxy: b, hyy: c },
      t.atP(vec([facts.x, facts.y])),
      'dn-at-p',
    );
  }, [facts, t]);
  const run = runs.find((r) => teaches(r.optimizer, 'damped-newton'));
  const ast = useResults((r) => r.ast);
  const atRun = useMemo(() => {
    if (!run || !ast) return null;
    const st = stepAt(run, iter, (d) => d.direction !== undefined);
    if (!st?.detail.modifiedEigenvalues) return null;
    const f = pointFacts(ast, st.it.x, st.it.y);
    if (!f) return null;
    const [[a, b], [, c]] = f.hessian;
    return caseAt(
      { value: f.value, gx: f.gradient[0], gy: f.gradient[1], hxx: a, hxy: b, hyy: c },
      t.atRun(st.it.k, vec([st.it.x, st.it.y])),
      'dn-at-run',
    );
  }, [run, iter, ast, t]);

  if (!atP && !atRun) {
    return <Folded name="dn" title={t.foldedTitle} hint={t.foldedHint(Boolean(run))} add="damped-newton" />;
  }
  return (
    <section className="panel tc" aria-labelledby="dn-title" data-testid="dn-panel">
      <h2 id="dn-title">{t.heading}</h2>
      {atP && <CaseView c={atP} />}
      {atRun && <CaseView c={atRun} />}
    </section>
  );
}
