// The worked example of the regression surfaces: the data and the model a point on the loss
// surface stands for. Linear regression: the line s = x·t + y; logistic regression: the
// decision boundary x·a + y·b = 0. Follows the expansion point, or the scrubbed iterate of a run.
import { useMemo, useState } from 'react';
import { useResults } from '../../compute/results';
import { getSurface } from '../../math/surfaces';
import type { RegressionData } from '../../math/surfaces-types';
import type { OptimizerId } from '../../state/scene';
import { useScene } from '../../state/store';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { OPTIMIZER_LABELS } from '../palette';
import { Chart } from './Chart';
import '../teach.css';

function LinearView({ data, w }: { data: RegressionData; w: [number, number] }) {
  const ts = data.features.map((f) => f[0]);
  const ss = data.targets;
  const x = { lo: Math.min(...ts) - 0.5, hi: Math.max(...ts) + 0.5, label: 't (hours studied)' };
  const y = { lo: Math.min(0, ...ss) - 0.5, hi: Math.max(...ss) + 1, label: 's (score / 10)' };
  const line = (t: number) => w[0] * t + w[1];
  const mse = ss.reduce((acc, s, i) => acc + (line(ts[i]) - s) ** 2, 0) / ss.length;
  return (
    <>
      <Chart x={x} y={y} label="The data and the fitted line" testId="reg-chart">
        {(sx, sy) => (
          <>
            {ts.map((t, i) => (
              <line key={`r${i}`} x1={sx(t)} x2={sx(t)} y1={sy(ss[i])} y2={sy(line(t))} className="tc-resid" />
            ))}
            <line
              x1={sx(x.lo)}
              y1={sy(line(x.lo))}
              x2={sx(x.hi)}
              y2={sy(line(x.hi))}
              className="tc-fit"
              data-testid="reg-line"
            />
            {ts.map((t, i) => (
              <circle key={i} cx={sx(t)} cy={sy(ss[i])} r={4} className="tc-pt" data-testid="reg-point" />
            ))}
          </>
        )}
      </Chart>
      <p className="tc-text" data-testid="reg-model">
        Line s = {fmt(w[0])}·t {w[1] < 0 ? '−' : '+'} {fmt(Math.abs(w[1]))}; mean squared error {fmt(mse)} (the
        residuals are the thin lines).
      </p>
    </>
  );
}

function LogisticView({ data, w }: { data: RegressionData; w: [number, number] }) {
  const as = data.features.map((f) => f[0]);
  const bs = data.features.map((f) => f[1]);
  const R = Math.max(...as.map(Math.abs), ...bs.map(Math.abs)) + 0.5;
  const correct = data.features.filter(([a, b], i) => Math.sign(w[0] * a + w[1] * b) === data.targets[i]).length;
  const n = Math.hypot(w[0], w[1]);
  // The boundary: the line through 0 perpendicular to w; the +1 side is where w·(a, b) > 0.
  const dir = n > 0 ? [-w[1] / n, w[0] / n] : null;
  const loss =
    data.features.reduce((acc, [a, b], i) => acc + Math.log1p(Math.exp(-data.targets[i] * (w[0] * a + w[1] * b))), 0) /
    data.targets.length;
  return (
    <>
      <Chart
        x={{ lo: -R, hi: R, label: 'a' }}
        y={{ lo: -R, hi: R, label: 'b' }}
        label="The data and the decision boundary"
        testId="reg-chart"
        height={240}
        width={280}
      >
        {(sx, sy) => (
          <>
            {dir && (
              <>
                <polygon
                  points={[
                    [dir[0] * 3 * R, dir[1] * 3 * R],
                    [dir[0] * 3 * R + (w[0] / n) * 3 * R, dir[1] * 3 * R + (w[1] / n) * 3 * R],
                    [-dir[0] * 3 * R + (w[0] / n) * 3 * R, -dir[1] * 3 * R + (w[1] / n) * 3 * R],
                    [-dir[0] * 3 * R, -dir[1] * 3 * R],
                  ]
                    .map(([a, b]) => `${sx(a)},${sy(b)}`)
                    .join(' ')}
                  className="tc-half"
                />
                <line
                  x1={sx(-dir[0] * 3 * R)}
                  y1={sy(-dir[1] * 3 * R)}
                  x2={sx(dir[0] * 3 * R)}
                  y2={sy(dir[1] * 3 * R)}
                  className="tc-fit"
                  data-testid="reg-boundary"
                />
              </>
            )}
            {data.features.map(([a, b], i) =>
              data.targets[i] > 0 ? (
                <circle key={i} cx={sx(a)} cy={sy(b)} r={5} className="tc-pos" data-testid="reg-point" />
              ) : (
                <rect
                  key={i}
                  x={sx(a) - 4.5}
                  y={sy(b) - 4.5}
                  width={9}
                  height={9}
                  className="tc-neg"
                  data-testid="reg-point"
                />
              ),
            )}
          </>
        )}
      </Chart>
      <p className="tc-text" data-testid="reg-model">
        {dir ? (
          <>
            Boundary {fmt(w[0])}·a {w[1] < 0 ? '−' : '+'} {fmt(Math.abs(w[1]))}·b = 0 (shaded: predicted +1); {correct}{' '}
            of {data.targets.length} points on their side; mean logistic loss {fmt(loss)}.
          </>
        ) : (
          <>w = (0, 0): no boundary, every point gets probability ½.</>
        )}
      </p>
      <p className="tc-small muted">● label +1, ■ label −1</p>
    </>
  );
}

export function RegressionPanel() {
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const point = useScene((s) => s.scene.point);
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const [follow, setFollow] = useState<string>('point');
  const surface = surfaceId ? getSurface(surfaceId) : undefined;
  const run = runs.find((r) => r.optimizer === follow);
  const w = useMemo((): [number, number] => {
    if (!run) return point;
    const it = run.iterates[Math.min(iter, run.iterates.length - 1)];
    return [it.x, it.y];
  }, [run, iter, point]);
  if (!surface?.data) return null;
  const linear = surface.id === 'linear-regression';
  const finite = w.every(Number.isFinite);
  return (
    <section className="panel tc" aria-labelledby="reg-title" data-testid="reg-panel">
      <h2 id="reg-title">{linear ? 'The line behind the point' : 'The classifier behind the point'}</h2>
      <p className="tc-small" data-testid="reg-data">
        {surface.data.description}
      </p>
      <label className="tc-follow">
        follow{' '}
        <select value={run ? follow : 'point'} onChange={(e) => setFollow(e.target.value)} data-testid="reg-follow">
          <option value="point">the expansion point p</option>
          {runs.map((r) => (
            <option key={r.optimizer} value={r.optimizer}>
              {OPTIMIZER_LABELS[r.optimizer as OptimizerId] ?? r.optimizer} (scrubbed iterate)
            </option>
          ))}
        </select>
      </label>
      <p className="tc-small">
        (x, y) = ({fmt(w[0])}, {fmt(w[1])}) {linear ? '= (slope, intercept)' : '= the weights (w₁, w₂)'}
      </p>
      {!finite ? (
        <p className="tc-hint muted">This iterate is not finite (the run diverged): no model to draw.</p>
      ) : linear ? (
        <LinearView data={surface.data} w={w} />
      ) : (
        <LogisticView data={surface.data} w={w} />
      )}
    </section>
  );
}
