// Conjugate gradients at the scrubbed iteration: the new direction dₖ = −∇fₖ + β dₖ₋₁ against
// the previous one. They are conjugate with respect to H (dₖ₋₁ᵀ H dₖ ≈ 0), not orthogonal; on
// a quadratic, with the first trial step the exact minimum along d, that makes CG finish in two
// steps in 2D. Over the run, the conjugacy |dₖ₋₁ᵀHdₖ| / √(dₖ₋₁ᵀHdₖ₋₁ · dₖᵀHdₖ) per iteration,
// with the restarts (d = −∇f again) marked, as they are on the map.
import { useMemo } from 'react';
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
  const vals = rows.map((r) => Math.abs(r.normalised));
  const pos = vals.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length < 2) return null;
  const lo = Math.max(1e-9, 10 ** Math.floor(Math.log10(Math.min(...pos))));
  const ks = rows.map((r) => r.k);
  return (
    <Chart
      width={320}
      height={150}
      x={{ lo: ks[0], hi: Math.max(ks[0] + 1, ks[ks.length - 1]), label: 'iteration' }}
      y={{ lo, hi: 1, log: true, label: '|conjugacy|' }}
      label="How far each new direction is from conjugate to the previous one"
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

  if (!run) {
    return (
      <Folded
        name="cg"
        title="Conjugate gradients"
        hint="add conjugate gradients to see each new direction conjugate to the last (dₖ₋₁ᵀHdₖ ≈ 0): on a quadratic it finishes in two steps"
        add="cg"
        openAt={1}
      />
    );
  }
  const restarts = rows?.filter((r) => r.restart).map((r) => r.k) ?? [];
  const steps = run.iterates.length - 1;
  // the row at the scrubbed iteration, or the last one before it
  const row = rows ? [...rows].reverse().find((r) => r.k <= Math.max(1, iter)) : undefined;
  return (
    <section className="panel tc" aria-labelledby="cg-title" data-testid="cg-panel">
      <h2 id="cg-title">Conjugate gradients: directions that do not undo each other</h2>
      <p className="tc-text">
        Each direction is dₖ = −∇fₖ + β dₖ₋₁ with β = max(0, ∇fₖ·(∇fₖ − ∇fₖ₋₁)/‖∇fₖ₋₁‖²) (Polak–Ribière+), and the first
        trial step along it is the minimum of the quadratic model there. On a quadratic that makes successive directions
        H-conjugate, dₖ₋₁ᵀHdₖ = 0, and in 2D CG reaches the minimum in two steps.
      </p>
      {row ? (
        <p className="tc-text" data-testid="cg-now" data-normalised={row.normalised} data-k={row.k}>
          Iteration {row.k}: dₖ₋₁ = {vec(row.prev)}, dₖ = {vec(row.d)}, β = {fmt(row.beta, 3)}
          {row.restart ? ' (restart: d = −∇f)' : ''}. dₖ₋₁ᵀHdₖ = {fmt(row.raw, 3)}
          {Number.isNaN(row.normalised) ? (
            <> (H is not positive along both directions here, so there is no normalised value)</>
          ) : (
            <>
              ; normalised <strong>{fmt(row.normalised, 2)}</strong>
            </>
          )}
          , while the angle between them is {fmt(row.angle, 3)}°:{' '}
          {Math.abs(row.normalised) < 1e-3
            ? 'conjugate, though not orthogonal.'
            : 'not conjugate here (f is not quadratic, so H changes from step to step).'}
        </p>
      ) : (
        <p className="tc-hint muted">No second direction yet at this iteration.</p>
      )}
      <p className="tc-text" data-testid="cg-summary" data-steps={steps} data-restarts={restarts.length}>
        {run.status === 'converged' ? `Converged in ${steps} step${steps === 1 ? '' : 's'}` : `${steps} steps`};{' '}
        {restarts.length === 0
          ? 'no restarts.'
          : `restarted ${restarts.length} time${restarts.length === 1 ? '' : 's'} (iteration ${restarts.slice(0, 8).join(', ')}${restarts.length > 8 ? ', …' : ''}): where β was clipped to 0 or dₖ was not downhill, d = −∇f again (ringed on the map).`}
      </p>
      {rows && <ConjugacyChart rows={rows} current={iter} />}
    </section>
  );
}
