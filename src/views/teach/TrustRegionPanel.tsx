// The trust region at the scrubbed iteration: the radius Δ, the step minimising the quadratic
// model within |p| ≤ Δ, the Cauchy and dogleg points for comparison, the ratio ρ of actual to
// predicted decrease and the rule it triggers (CONTRACT §5: ρ < 0.25 shrinks Δ to Δ/4; ρ > 0.75
// with the step on the boundary doubles it; the step is taken only if ρ > 0.1), and Δ and ρ over
// the iterations with the rejected steps marked.
import { teaches } from '../../math/optimizers/registry';
import { useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { teach2Msg, trMsg } from '../../i18n/teach2';
import { useResults } from '../../compute/results';
import { TR_ACCEPT_ABOVE, TR_GROW_ABOVE, TR_SHRINK_BELOW } from '../../math/optimizers/trust-region';
import type { TrustRegionDetail } from '../../math/optimizers/types';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { Chart, TakenDots } from './Chart';
import { Folded, stepAt, vec } from './common';
import { Line } from './TaylorErrorChart';
import '../teach.css';

export interface TrRow {
  k: number;
  radius: number;
  rho: number;
  accepted: boolean;
}

/** The rule ρ triggered at one iteration, in words (in the catalog given, else the language in use). */
export function ruleText(tr: TrustRegionDetail, t: ReturnType<typeof trMsg> = trMsg()): string {
  const taken = tr.accepted ? t.taken(TR_ACCEPT_ABOVE) : t.rejected(TR_ACCEPT_ABOVE);
  const pn = Math.hypot(tr.step[0], tr.step[1]);
  const next = fmt(tr.nextRadius);
  let radius: string;
  if (!(tr.rho >= TR_SHRINK_BELOW)) radius = t.shrinks(TR_SHRINK_BELOW, next);
  else if (tr.nextRadius > tr.radius) radius = t.grows(TR_GROW_ABOVE, next);
  else if (tr.rho > TR_GROW_ABOVE && pn < 0.999 * tr.radius) radius = t.inside(TR_GROW_ABOVE, next);
  else radius = t.middle(TR_SHRINK_BELOW, TR_GROW_ABOVE, next);
  return t.rule(taken, radius);
}

/** Δ, ρ and acceptance of every iteration that has a trust-region detail. */
export function trRows(iterates: readonly { k: number; detail?: { trustRegion?: TrustRegionDetail } }[]): TrRow[] {
  return iterates.flatMap((it) => {
    const tr = it.detail?.trustRegion;
    return tr ? [{ k: it.k, radius: tr.radius, rho: tr.rho, accepted: tr.accepted }] : [];
  });
}

/** ρ clipped into the chart's range (−1 … 1.5), so very bad ratios still show at the edge. */
const clipRho = (r: number) => (Number.isNaN(r) ? NaN : Math.max(-1, Math.min(1.5, r)));

function Charts({ rows, current }: { rows: TrRow[]; current: number }) {
  const ks = rows.map((r) => r.k);
  const kLo = ks[0] ?? 0;
  const kHi = Math.max(kLo + 1, ks[ks.length - 1] ?? 1);
  const radii = rows.map((r) => r.radius).filter((v) => v > 0 && Number.isFinite(v));
  const dLo = radii.length ? Math.min(...radii) / 2 : 1e-3;
  const dHi = radii.length ? Math.max(...radii) * 2 : 1;
  const rejected = rows.filter((r) => !r.accepted);
  const t = useMsg(trMsg);
  const tc = useMsg(teach2Msg);
  return (
    <div className="tc-row" style={{ flexWrap: 'wrap' }}>
      <Chart
        width={300}
        height={160}
        x={{ lo: kLo, hi: kHi, label: tc.iteration }}
        y={{ lo: dLo, hi: dHi, log: true, label: 'Δ' }}
        label={t.radiusChart}
        testId="tr-radius-chart"
      >
        {(sx, sy, box) => (
          <>
            <line x1={sx(current)} x2={sx(current)} y1={box.t} y2={box.b} className="tc-guide" />
            <Line xs={ks} ys={rows.map((r) => r.radius)} sx={sx} sy={sy} color="#0072b2" />
            <TakenDots
              points={rows.map((r) => ({ k: r.k, v: r.radius, accepted: r.accepted }))}
              sx={sx}
              sy={sy}
              color="#0072b2"
            />
          </>
        )}
      </Chart>
      <Chart
        width={300}
        height={160}
        x={{ lo: kLo, hi: kHi, label: tc.iteration }}
        y={{ lo: -1, hi: 1.5, label: 'ρ' }}
        label={t.rhoChart}
        testId="tr-rho-chart"
      >
        {(sx, sy, box) => (
          <>
            {[TR_ACCEPT_ABOVE, TR_SHRINK_BELOW, TR_GROW_ABOVE].map((v) => (
              <line key={v} x1={box.l} x2={box.r} y1={sy(v)} y2={sy(v)} className="tc-guide" />
            ))}
            <line x1={sx(current)} x2={sx(current)} y1={box.t} y2={box.b} className="tc-guide" />
            <Line xs={ks} ys={rows.map((r) => clipRho(r.rho))} sx={sx} sy={sy} color="#009e73" width={1.5} />
            <TakenDots
              points={rows.map((r) => ({ k: r.k, v: Number.isNaN(r.rho) ? -1 : clipRho(r.rho), accepted: r.accepted }))}
              sx={sx}
              sy={sy}
              color="#009e73"
            />
          </>
        )}
      </Chart>
      <p className="tc-legend" data-testid="tr-rejected" data-count={rejected.length}>
        {t.rejectedLegend(
          rejected.length,
          rejected.length
            ? `${rejected
                .slice(0, 8)
                .map((r) => r.k)
                .join(', ')}${rejected.length > 8 ? ', …' : ''}`
            : '',
          TR_ACCEPT_ABOVE,
          TR_SHRINK_BELOW,
          TR_GROW_ABOVE,
        )}
      </p>
    </div>
  );
}

/** The table's cells wrap and align left: a step with long numbers must stay inside the panel. */
const CELL = { whiteSpace: 'normal', textAlign: 'left' } as const;
const HEAD = { textAlign: 'left', verticalAlign: 'top' } as const;

export function TrustRegionPanel() {
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const run = runs.find((r) => teaches(r.optimizer, 'trust-region')) ?? null;
  const step = useMemo(() => (run ? stepAt(run, iter, (d) => d.trustRegion !== undefined) : null), [run, iter]);
  const rows = useMemo(() => (run ? trRows(run.iterates) : []), [run]);
  const t = useMsg(trMsg);
  if (!run || !step) {
    return (
      <Folded
        name="tr"
        title={t.foldTitle}
        hint={run ? t.foldHintNoStep : t.foldHintAdd}
        add="trust-region"
        openAt={1}
      />
    );
  }
  const tr = step.detail.trustRegion!;
  const pn = Math.hypot(tr.step[0], tr.step[1]);
  const { it } = step;
  /** the point a step from the iterate reaches */
  const at = (s: [number, number]): [number, number] => [it.x + s[0], it.y + s[1]];
  return (
    <section className="panel tc" aria-labelledby="tr-title" data-testid="tr-panel">
      <h2 id="tr-title">{t.title}</h2>
      <p className="tc-text">{t.intro(it.k, step.last, vec([it.x, it.y]))}</p>
      <table className="tc-table tr-table" data-testid="tr-numbers">
        <tbody>
          <tr>
            <th scope="row" style={HEAD}>
              {t.radius}
            </th>
            <td style={CELL} data-testid="tr-radius">
              {fmt(tr.radius)}
            </td>
          </tr>
          <tr>
            <th scope="row" style={HEAD}>
              {t.step}
            </th>
            <td style={CELL} data-testid="tr-step">
              {vec(tr.step)} → {vec(at(tr.step))}, |s| = {fmt(pn)}{' '}
              {tr.interior ? t.interior : tr.hard ? t.hard : t.boundary}
            </td>
          </tr>
          <tr>
            <th scope="row" style={HEAD}>
              {t.predicted}
            </th>
            <td style={CELL}>{fmt(tr.predicted)}</td>
          </tr>
          <tr>
            <th scope="row" style={HEAD}>
              {t.actual}
            </th>
            <td style={CELL}>{fmt(tr.actual)}</td>
          </tr>
          <tr className={tr.accepted ? 'tc-row-ok' : undefined}>
            <th scope="row" style={HEAD}>
              {t.rho}
            </th>
            <td style={CELL} data-testid="tr-rho">
              {fmt(tr.rho)}
            </td>
          </tr>
          <tr>
            <th scope="row" style={HEAD}>
              {t.cauchy}
            </th>
            <td style={CELL} data-testid="tr-cauchy">
              {vec(tr.cauchy)} → {vec(at(tr.cauchy))}
            </td>
          </tr>
          <tr>
            <th scope="row" style={HEAD}>
              {t.dogleg}
            </th>
            <td style={CELL} data-testid="tr-dogleg">
              {tr.dogleg ? `${vec(tr.dogleg)} → ${vec(at(tr.dogleg))}` : t.noDogleg}
            </td>
          </tr>
          <tr>
            <th scope="row" style={HEAD}>
              {t.next}
            </th>
            <td style={CELL} data-testid="tr-next">
              {fmt(tr.nextRadius)}
            </td>
          </tr>
        </tbody>
      </table>
      <p className={tr.accepted ? 'tc-text' : 'tc-note'} data-testid="tr-rule" data-accepted={tr.accepted}>
        {ruleText(tr, t)}
      </p>
      <p className="tc-small muted">{t.cauchyNote}</p>
      <Charts rows={rows} current={Math.min(iter, it.k)} />
    </section>
  );
}
