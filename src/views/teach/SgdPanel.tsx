// Stochastic gradients at the scrubbed iteration: the mini-batch SGD used (its rows, its epoch),
// its gradient beside the full one, and how the noise of a mini-batch gradient shrinks with the
// batch size (the same spread the map draws as an ellipse around the full-gradient step).
import { useMemo } from 'react';
import { sgdSpread } from '../../compute/panels';
import { useResults } from '../../compute/results';
import { teaches } from '../../math/optimizers/registry';
import { noiseByBatch, type SgdDetail } from '../../math/optimizers/sgd';
import { isRegressionId } from '../../math/regression';
import { angleBetween } from '../../math/teach';
import { useScene } from '../../state/store';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { Chart } from './Chart';
import { Folded, stepAt, vec } from './common';
import { rowsInUse } from './data-edit';
import { Line } from './TaylorErrorChart';
import '../teach.css';

const COLOR = '#669966';

function NoiseChart({ noise, b }: { noise: number[]; b: number }) {
  const pos = noise.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length < 2) return null;
  const n = noise.length;
  const hi = Math.max(...pos) * 1.1;
  return (
    <Chart
      width={300}
      height={150}
      x={{ lo: 1, hi: n, label: 'batch size b' }}
      y={{ lo: 0, hi, label: 'noise ‖gB − ∇f‖ (rms)' }}
      label="How the mini-batch gradient's noise shrinks with the batch size"
      testId="sgd-noise-chart"
    >
      {(sx, sy, box) => (
        <>
          <Line xs={noise.map((_, i) => i + 1)} ys={noise} sx={sx} sy={sy} color={COLOR} />
          <line x1={sx(b)} x2={sx(b)} y1={box.t} y2={box.b} className="tc-guide" />
          <circle cx={sx(b)} cy={sy(noise[b - 1])} r={4.5} fill={COLOR} stroke="#fff" strokeWidth={1.5} />
        </>
      )}
    </Chart>
  );
}

export function SgdPanel() {
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const data = useScene((s) => s.scene.data);
  const run = runs.find((r) => teaches(r.optimizer, 'mini-batch')) ?? null;
  const rows = useMemo(() => rowsInUse(surfaceId, data), [surfaceId, data]);
  const step = useMemo(
    () => (run ? stepAt(run, iter, (d) => (d as SgdDetail).batchGradient !== undefined) : null),
    [run, iter],
  );
  const x = step?.it.x ?? NaN;
  const y = step?.it.y ?? NaN;
  // the covariance of a batch of 1 (S): every other size's noise follows from it
  const spread1 = useMemo(
    () =>
      rows && isRegressionId(surfaceId) && Number.isFinite(x) && Number.isFinite(y)
        ? sgdSpread(surfaceId, rows, x, y, 1)
        : null,
    [rows, surfaceId, x, y],
  );

  if (!run) {
    return (
      <Folded
        name="sgd"
        title="Stochastic gradients"
        hint={
          isRegressionId(surfaceId)
            ? 'add SGD to see each mini-batch gradient beside the full one, and its noise shrink with the batch size'
            : 'on a regression surface, add SGD to see mini-batch gradients beside the full one'
        }
        add={isRegressionId(surfaceId) ? 'sgd' : undefined}
        openAt={1}
      />
    );
  }
  const n = rows?.length ?? 0;
  const b = run.params.batch;
  const body = (() => {
    if (!step) return <p className="tc-hint muted">No step at this iteration (the run stopped at its start).</p>;
    const d = step.detail as SgdDetail;
    const gB = d.batchGradient;
    const g = d.fullGradient;
    const noise = spread1 ? noiseByBatch(spread1.cov, n) : null;
    const off = Math.hypot(gB[0] - g[0], gB[1] - g[1]);
    return (
      <>
        <p className="tc-text" data-testid="sgd-now" data-epoch={d.epoch} data-batch={JSON.stringify(d.batch)}>
          Iteration {step.it.k}
          {step.last ? ' (the run’s last step)' : ''}: epoch {d.epoch}, mini-batch {d.batchInEpoch + 1} of{' '}
          {Math.ceil(n / b)}, data points {d.batch.map((i) => i + 1).join(', ')} (of {n}).
        </p>
        <p className="tc-text" data-testid="sgd-gradients">
          Mini-batch gradient gB = {vec(gB)}; full gradient ∇f = {vec(g)}: ‖gB − ∇f‖ = {fmt(off, 3)}, an angle of{' '}
          {fmt(angleBetween(gB, g), 3)}° between them. On average over all batches of {b}, gB is ∇f: each step is right
          in expectation and wrong in each draw.
        </p>
        {noise && (
          <>
            <NoiseChart noise={noise} b={b} />
            <p className="tc-legend" data-testid="sgd-noise-text" data-noise={noise[b - 1]}>
              The noise of a batch of {b} here: {fmt(noise[b - 1], 3)} (rms). It is √((n − b)/(b(n − 1))) times a batch
              of 1’s: about 1/√b while b is small against n (four times the batch, half the noise), and none at the full
              batch (b = {n}). On the map, the dashed ellipse is two standard deviations of the mini-batch steps from
              this iterate, around the full-gradient step (○)
              {b === 1 ? '; the dots are each point’s own step' : ''}.
            </p>
          </>
        )}
      </>
    );
  })();
  return (
    <section className="panel tc" aria-labelledby="sgd-title" data-testid="sgd-panel">
      <h2 id="sgd-title">Stochastic gradients: the right step on average</h2>
      {body}
    </section>
  );
}
