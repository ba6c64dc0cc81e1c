// The line search at the scrubbed iteration: φ(t) = f(x + t d) along the search direction, the
// Armijo line f(x) + 1e-4·t·∇f·d, every trial t marked, the accepted one highlighted. For the
// runs that line-search (the registry's `search`): Armijo backtracking, and for lbfgs the Wolfe
// bisection, whose curvature test φ'(t) ≥ c₂·φ'(0) is drawn as a short tangent at each trial.
import { useMemo } from 'react';
import { useResults } from '../../compute/results';
import { useMsg } from '../../i18n/i18n';
import { lineSearchMsg } from '../../i18n/teach1';
import { ARMIJO_C, WOLFE_C2 } from '../../math/optimizers/common';
import { LINE_SEARCHERS, REGISTRY } from '../../math/optimizers/registry';
import { lineValues } from '../../compute/panels';
import { armijo } from '../../math/teach';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { Chart, Path } from './Chart';
import { Folded, stepAt, useRunPick, vec } from './common';
import '../teach.css';

const SEARCH_OF = new Map<string, string | undefined>(
  REGISTRY.map((s) => [s.id, 'search' in s ? s.search : undefined]),
);
const N = 81;

export function LineSearchPanel() {
  const runs = useResults((r) => r.runs);
  const ast = useResults((r) => r.ast);
  const iter = useView((v) => v.iter);
  const m = useMsg(lineSearchMsg);
  const candidates = useMemo(() => runs.filter((r) => LINE_SEARCHERS.has(r.optimizer)), [runs]);
  const [run, picker] = useRunPick(candidates);
  const step = useMemo(
    () => (run ? stepAt(run, iter, (d) => Boolean(d.trials?.length && d.direction)) : null),
    [run, iter],
  );
  const curve = useMemo(() => {
    if (!step || !ast) return null;
    // Wolfe and cg trials may go past t = 1: the curve spans every trial.
    const tMax = Math.max(1, ...step.detail.trials!.map((t) => (Number.isFinite(t.t) ? t.t : 0)));
    const ts = Array.from({ length: N }, (_, i) => (tMax * i) / (N - 1));
    const v = lineValues(ast, [step.it.x, step.it.y], step.detail.direction!, ts);
    return v ? { ts, v: Array.from(v) } : null;
  }, [step, ast]);

  if (candidates.length === 0) {
    return <Folded name="ls" title={m.foldedTitle} hint={m.foldedHint} add="bfgs" openAt={1} />;
  }
  const body = (() => {
    if (!step || !run) return <p className="tc-hint muted">{m.noStep}</p>;
    const { it, detail } = step;
    const trials = detail.trials!;
    const slope = detail.slope ?? NaN;
    const wolfe = detail.search === 'wolfe';
    const tMax = curve ? curve.ts[curve.ts.length - 1] : 1;
    const f0 = it.value;
    const finite = [f0, ...(curve?.v ?? []), ...trials.map((t) => t.value), armijo(f0, slope, tMax)].filter(
      Number.isFinite,
    );
    if (finite.length < 2 || !Number.isFinite(slope)) return <p className="tc-hint muted">{m.phiUndefined}</p>;
    const lo = Math.min(...finite);
    // Keep the interesting part readable: values far above f(x) are clipped at the top.
    const cap = f0 + 3 * Math.max(f0 - lo, 1e-12 * Math.max(1, Math.abs(f0)));
    const hi = Math.min(Math.max(...finite), cap);
    const pad = (hi - lo) * 0.08 || Math.max(1e-6, Math.abs(f0) * 1e-3);
    const y = { lo: lo - pad, hi: hi + pad, label: 'φ(t)' };
    const clampY = (v: number) => Math.min(Math.max(v, y.lo), y.hi);
    const accepted = trials.find((t) => t.accepted);
    return (
      <>
        <Chart
          x={{ lo: 0, hi: tMax, label: m.xLabel }}
          y={y}
          label={m.chartLabel(trials.length, wolfe)}
          testId="ls-chart"
        >
          {(sx, sy) => (
            <>
              {curve && <Path xs={curve.ts} ys={curve.v} sx={sx} sy={sy} className="tc-line-phi" testId="ls-phi" />}
              <line
                x1={sx(0)}
                y1={sy(f0)}
                x2={sx(tMax)}
                y2={sy(armijo(f0, slope, tMax))}
                className="tc-line-armijo"
                data-testid="ls-armijo"
              />
              {wolfe &&
                trials.map((t, i) => {
                  // the curvature test at the trial: the tangent of slope φ'(t), beside the
                  // least slope c₂·φ'(0) it must reach (dashed), both a short stroke about t
                  if (t.slope === undefined || !Number.isFinite(t.slope) || !Number.isFinite(t.value)) return null;
                  const dt = tMax * 0.06;
                  const v = clampY(t.value);
                  return (
                    <g key={`c${i}`} data-testid="ls-curvature">
                      <line
                        x1={sx(t.t - dt)}
                        y1={sy(v - t.slope * dt)}
                        x2={sx(t.t + dt)}
                        y2={sy(v + t.slope * dt)}
                        className="tc-line-phi"
                        strokeWidth={2}
                      />
                      <line
                        x1={sx(t.t - dt)}
                        y1={sy(v - WOLFE_C2 * slope * dt)}
                        x2={sx(t.t + dt)}
                        y2={sy(v + WOLFE_C2 * slope * dt)}
                        className="tc-line-armijo"
                        strokeDasharray="3 2"
                      />
                    </g>
                  );
                })}
              {trials.map((t, i) => {
                const clipped = !Number.isFinite(t.value) || t.value > y.hi;
                return (
                  <circle
                    key={i}
                    cx={sx(t.t)}
                    cy={sy(Number.isFinite(t.value) ? clampY(t.value) : y.hi)}
                    r={t.accepted ? 6 : 4}
                    className={t.accepted ? 'tc-trial tc-accepted' : clipped ? 'tc-trial tc-clipped' : 'tc-trial'}
                    data-testid={t.accepted ? 'ls-accepted' : 'ls-trial'}
                  >
                    <title>
                      {m.trialTitle(fmt(t.t), fmt(t.value), fmt(armijo(f0, slope, t.t)), Boolean(t.accepted))}
                    </title>
                  </circle>
                );
              })}
            </>
          )}
        </Chart>
        <p className="tc-legend">
          <span className="tc-key tc-key-phi" /> φ(t) = f(x + t·d) <span className="tc-key tc-key-armijo" />{' '}
          {m.armijoLine(ARMIJO_C)} {wolfe && m.wolfeNote(WOLFE_C2)}
          <span className="tc-key tc-key-trial" /> {m.rejected} <span className="tc-key tc-key-accepted" /> {m.accepted}
        </p>
        <p className="tc-text" data-testid="ls-summary">
          {m.summary(
            it.k,
            run.optimizer,
            step.last,
            vec([it.x, it.y]),
            vec(detail.direction!),
            fmt(slope),
            trials.length,
          )}
          {accepted ? (
            <>
              {m.acceptedPre}
              <strong data-testid="ls-accepted-t">{fmt(accepted.t)}</strong>
              {m.acceptedPost}
            </>
          ) : (
            <strong>{m.noneAccepted}</strong>
          )}
          {m.end}
        </p>
        <table className="tc-table" data-testid="ls-table">
          <thead>
            <tr>
              <th scope="col">t</th>
              <th scope="col">φ(t)</th>
              <th scope="col">{m.colBound}</th>
              {wolfe && <th scope="col">φ&apos;(t)</th>}
              {wolfe && <th scope="col">{m.colFailed}</th>}
              <th scope="col" aria-label={m.colAccepted} />
            </tr>
          </thead>
          <tbody>
            {trials.slice(0, 8).map((t, i) => (
              <tr key={i} className={t.accepted ? 'tc-row-ok' : undefined}>
                <td>{fmt(t.t)}</td>
                <td>{fmt(t.value)}</td>
                <td>{fmt(armijo(f0, slope, t.t))}</td>
                {wolfe && <td>{t.slope === undefined ? '–' : fmt(t.slope)}</td>}
                {wolfe && (
                  <td data-testid="ls-failed">
                    {t.accepted ? '' : t.failed === 'curvature' ? m.failedCurvature(WOLFE_C2) : m.failedArmijo}
                  </td>
                )}
                <td>{t.accepted ? '✓' : '✗'}</td>
              </tr>
            ))}
            {trials.length > 8 && (
              <tr>
                <td colSpan={wolfe ? 6 : 4} className="muted">
                  {m.more(trials.length - 8, wolfe)}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </>
    );
  })();
  return (
    <section className="panel tc" aria-labelledby="ls-title" data-testid="ls-panel">
      <h2 id="ls-title">{m.heading(Boolean(run && SEARCH_OF.get(run.optimizer) === 'wolfe'))}</h2>
      {picker}
      {body}
    </section>
  );
}
