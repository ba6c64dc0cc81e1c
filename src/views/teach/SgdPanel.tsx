// Stochastic gradients at the scrubbed iteration: the mini-batch SGD used (its rows, its epoch),
// its gradient beside the full one, and how the noise of a mini-batch gradient shrinks with the
// batch size (the same spread the map draws as an ellipse around the full-gradient step).
import { useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { sgdMsg, teach2Msg } from '../../i18n/teach2';
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
  const t = useMsg(sgdMsg);
  const pos = noise.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length < 2) return null;
  const n = noise.length;
  const hi = Math.max(...pos) * 1.1;
  return (
    <Chart
      width={300}
      height={150}
      x={{ lo: 1, hi: n, label: t.batchAxis }}
      y={{ lo: 0, hi, label: t.noiseAxis }}
      label={t.noiseChart}
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
  const t = useMsg(sgdMsg);
  const tc = useMsg(teach2Msg);

  if (!run) {
    return (
      <Folded
        name="sgd"
        title={t.foldTitle}
        hint={isRegressionId(surfaceId) ? t.foldHintAdd : t.foldHintSurface}
        add={isRegressionId(surfaceId) ? 'sgd' : undefined}
        openAt={1}
      />
    );
  }
  const n = rows?.length ?? 0;
  const b = run.params.batch;
  const body = (() => {
    if (!step) return <p className="tc-hint muted">{tc.noStepAtStart}</p>;
    const d = step.detail as SgdDetail;
    const gB = d.batchGradient;
    const g = d.fullGradient;
    const noise = spread1 ? noiseByBatch(spread1.cov, n) : null;
    const off = Math.hypot(gB[0] - g[0], gB[1] - g[1]);
    return (
      <>
        <p className="tc-text" data-testid="sgd-now" data-epoch={d.epoch} data-batch={JSON.stringify(d.batch)}>
          {t.now(
            step.it.k,
            step.last,
            d.epoch,
            d.batchInEpoch + 1,
            Math.ceil(n / b),
            d.batch.map((i) => i + 1).join(', '),
            n,
          )}
        </p>
        <p className="tc-text" data-testid="sgd-gradients">
          {t.gradients(vec(gB), vec(g), fmt(off, 3), fmt(angleBetween(gB, g), 3), b)}
        </p>
        {noise && (
          <>
            <NoiseChart noise={noise} b={b} />
            <p className="tc-legend" data-testid="sgd-noise-text" data-noise={noise[b - 1]}>
              {t.noise(b, fmt(noise[b - 1], 3), n)}
            </p>
          </>
        )}
      </>
    );
  })();
  return (
    <section className="panel tc" aria-labelledby="sgd-title" data-testid="sgd-panel">
      <h2 id="sgd-title">{t.title}</h2>
      {body}
    </section>
  );
}
