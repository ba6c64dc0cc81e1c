// Conjugate gradients at the scrubbed iteration: the new direction dₖ = −∇fₖ + β dₖ₋₁ against
// the previous one. They are conjugate with respect to H (dₖ₋₁ᵀ H dₖ ≈ 0), not orthogonal; on
// a quadratic, with the first trial step the exact minimum along d, that makes CG finish in two
// steps in 2D. Over the run, the conjugacy |dₖ₋₁ᵀHdₖ| / √(dₖ₋₁ᵀHdₖ₋₁ · dₖᵀHdₖ) per iteration,
// with the restarts (d = −∇f again) marked, as they are on the map.
import { useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { cgMsg, teach2Msg } from '../../i18n/teach2';
import { runHessians, type Mat2 } from '../../compute/panels';
import { useResults } from '../../compute/results';
import { teaches } from '../../math/optimizers/registry';
import { angleBetween } from '../../math/teach';
import type { Trajectory } from '../../math/optimizers/types';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { Chart } from './Chart';
import { Folded, useRunPick, vec } from './common';
import { Line } from './TaylorErrorChart';
import '../teach.css';

type V2 = [number, number];
const quad = (a: V2, H: Mat2, b: V2) => a[0] * (H[0] * b[0] + H[1] * b[1]) + a[1] * (H[2] * b[0] + H[3] * b[1]);

export interface ConjugacyRow {
  k: number;
  /** d_{k−1}, d_k and H at x_k */
  prev: V2;
  d: V2;
  /** d_{k−1}ᵀ H d_k, and normalised by √(d_{k−1}ᵀHd_{k−1} · d_kᵀHd_k) (NaN where H is not positive along them) */
  raw: number;
  normalised: number;
  /** the angle between d_{k−1} and d_k in degrees */
  angle: number;
  beta: number;
  restart: boolean;
}

/** One row per iteration k ≥ 1 whose direction and the previous one are both recorded. */
export function conjugacyRows(run: Trajectory, hessians: readonly (Mat2 | null)[]): ConjugacyRow[] {
  const out: ConjugacyRow[] = [];
  for (let i = 1; i < run.iterates.length; i++) {
    const prev = run.iterates[i - 1].detail?.direction;
    const it = run.iterates[i];
    const d = it.detail?.direction;
    const H = hessians[i];
    if (!prev || !d || !H) continue;
    const raw = quad(prev, H, d);
    const a = quad(prev, H, prev);
    const b = quad(d, H, d);
    out.push({
      k: it.k,
      prev,
      d,
      raw,
      normalised: a > 0 && b > 0 ? raw / Math.sqrt(a * b) : NaN,
      angle: angleBetween(prev, d),
      beta: it.detail?.cg?.beta ?? NaN,
      restart: it.detail?.cg?.restart ?? false,
    });
  }
  return out;
}

function ConjugacyChart({ rows, current }: { rows: ConjugacyRow[]; current: number }) {
  const t = useMsg(cgMsg);
  const tc = useMsg(teach2Msg);
  const vals = rows.map((r) => Math.abs(r.normalised));
  const pos = vals.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length < 2) return null;
  const lo = Math.max(1e-9, 10 ** Math.floor(Math.log10(Math.min(...pos))));
  const ks = rows.map((r) => r.k);
  return (
    <Chart
      width={320}
      height={150}
      x={{ lo: ks[0], hi: Math.max(ks[0] + 1, ks[ks.length - 1]), label: tc.iteration }}
      y={{ lo, hi: 1, log: true, label: t.conjugacyAxis }}
      label={t.chart}
      testId="cg-chart"
    >
      {(sx, sy, box) => (
        <>
          <line x1={sx(current)} x2={sx(current)} y1={box.t} y2={box.b} className="tc-guide" />
          <Line xs={ks} ys={vals.map((v) => (v > 0 ? Math.max(v, lo) : NaN))} sx={sx} sy={sy} color="#56b4e9" />
          {rows
            .filter((r) => r.restart)
            .map((r) => (
              <circle key={r.k} cx={sx(r.k)} cy={box.t + 6} r={4} fill="none" stroke="#b2182b" strokeWidth={2} />
            ))}
        </>
      )}
    </Chart>
  );
}

export function ConjugacyPanel() {
  const runs = useResults((r) => r.runs);
  const ast = useResults((r) => r.ast);
  const iter = useView((v) => v.iter);
  const candidates = useMemo(() => runs.filter((r) => teaches(r.optimizer, 'conjugacy')), [runs]);
  const [run] = useRunPick(candidates);
  const rows = useMemo(() => (run && ast ? conjugacyRows(run, runHessians(ast, run)) : null), [run, ast]);
  const t = useMsg(cgMsg);

  if (!run) {
    return <Folded name="cg" title={t.foldTitle} hint={t.foldHint} add="cg" openAt={1} />;
  }
  const restarts = rows?.filter((r) => r.restart).map((r) => r.k) ?? [];
  const steps = run.iterates.length - 1;
  // the row at the scrubbed iteration, or the last one before it
  const row = rows ? [...rows].reverse().find((r) => r.k <= Math.max(1, iter)) : undefined;
  return (
    <section className="panel tc" aria-labelledby="cg-title" data-testid="cg-panel">
      <h2 id="cg-title">{t.title}</h2>
      <p className="tc-text">{t.intro}</p>
      {row ? (
        <p className="tc-text" data-testid="cg-now" data-normalised={row.normalised} data-k={row.k}>
          {t.now(row.k, vec(row.prev), vec(row.d), fmt(row.beta, 3), row.restart, fmt(row.raw, 3))}
          {Number.isNaN(row.normalised) ? (
            t.notPositive
          ) : (
            <>
              {t.normalised}
              <strong>{fmt(row.normalised, 2)}</strong>
            </>
          )}
          {t.angle(fmt(row.angle, 3))}
          {Math.abs(row.normalised) < 1e-3 ? t.conjugate : t.notConjugate}
        </p>
      ) : (
        <p className="tc-hint muted">{t.noSecond}</p>
      )}
      <p className="tc-text" data-testid="cg-summary" data-steps={steps} data-restarts={restarts.length}>
        {t.summary(
          run.status === 'converged',
          steps,
          restarts.length,
          `${restarts.slice(0, 8).join(', ')}${restarts.length > 8 ? ', …' : ''}`,
        )}
      </p>
      {rows && <ConjugacyChart rows={rows} current={iter} />}
    </section>
  );
}
