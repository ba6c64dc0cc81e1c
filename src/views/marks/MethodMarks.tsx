// What two first-order methods do beyond their trails, on the map at the scrubbed iteration:
// Nesterov's look-ahead (the point x + βv where it takes the gradient: the momentum part βv
// dashed, then the gradient step −lr∇f(x + βv) that lands on the next iterate), and conjugate
// gradients' restarts (the iterations where its direction fell back to −∇f), ringed on the trail;
// SGD's noise (the step its mini-batch took, the full-gradient step it stands in for, and the 2σ
// ellipse of the steps every mini-batch of its size could take; with a batch of 1, each data
// point's own step as a dot); and, on linear regression, the least-squares answer as a target.
import { useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { marksMsg } from '../../i18n/views';
import { sgdSpread } from '../../compute/panels';
import { teaches } from '../../math/optimizers/registry';
import type { SgdDetail } from '../../math/optimizers/sgd';
import { covarianceEllipse } from '../../math/optimizers/sgd';
import { isRegressionId, regressionMinimum } from '../../math/regression';
import { useScene } from '../../state/store';
import { rowsInUse } from '../teach/data-edit';
import type { Trajectory } from '../../math/optimizers/types';
import { runStyle } from '../palette';
import { stepAt } from '../teach/common';
import type { Scales } from './scales';

function LookAhead({ run, iter, s }: { run: Trajectory; iter: number; s: Scales }) {
  const t = useMsg(marksMsg);
  const step = stepAt(run, iter, (d) => d.lookAhead !== undefined);
  if (!step) return null;
  const { it, detail } = step;
  const look = detail.lookAhead!;
  const g = detail.lookAheadGradient;
  const lr = run.params.lr;
  if (!g || ![it.x, it.y, ...look, ...g, lr].every(Number.isFinite)) return null;
  const to: [number, number] = [look[0] - lr * g[0], look[1] - lr * g[1]];
  const [x0, y0] = s.at([it.x, it.y]);
  const [lx, ly] = s.at(look);
  const [tx, ty] = s.at(to);
  const color = runStyle(run.optimizer).color;
  return (
    <g className="la-mark" data-testid="nesterov-lookahead" data-k={it.k} data-at={JSON.stringify(look)}>
      <line x1={x0} y1={y0} x2={lx} y2={ly} className="la-casing" />
      <line x1={x0} y1={y0} x2={lx} y2={ly} className="la-momentum" stroke={color}>
        <title>{t.momentumPart}</title>
      </line>
      <line x1={lx} y1={ly} x2={tx} y2={ty} className="la-casing" />
      <line x1={lx} y1={ly} x2={tx} y2={ty} className="la-grad" stroke={color} data-testid="nesterov-lookahead-step">
        <title>{t.lookAheadStep}</title>
      </line>
      <path
        d={`M${lx},${ly - 6}L${lx + 6},${ly}L${lx},${ly + 6}L${lx - 6},${ly}Z`}
        className="la-point"
        stroke={color}
        data-testid="nesterov-lookahead-point"
      >
        <title>{t.lookAheadPoint}</title>
      </path>
    </g>
  );
}

function Restarts({ run, iter, s }: { run: Trajectory; iter: number; s: Scales }) {
  const t = useMsg(marksMsg);
  const color = runStyle(run.optimizer).color;
  const rings = run.iterates.filter((it) => it.k >= 1 && it.k <= iter && it.detail?.cg?.restart);
  return (
    <g className="cg-restarts" data-testid="cg-restarts" data-count={rings.length}>
      {rings.map((it) => {
        const [px, py] = s.at([it.x, it.y]);
        if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
        return (
          <circle
            key={it.k}
            cx={px}
            cy={py}
            r={7}
            className="cg-restart"
            stroke={color}
            data-testid="cg-restart"
            data-k={it.k}
          >
            <title>{t.restartedHere(it.k)}</title>
          </circle>
        );
      })}
    </g>
  );
}

/** The rows of the regression surface in use, or null. */
function useRows() {
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const data = useScene((s) => s.scene.data);
  return useMemo(() => {
    const rows = rowsInUse(surfaceId, data);
    return rows && isRegressionId(surfaceId) ? { id: surfaceId, rows } : null;
  }, [surfaceId, data]);
}

/** Points of the ellipse {c + v : vᵀ C⁻¹ v = 4} (2σ) in pixels, as a closed path. */
function ellipsePath(c: [number, number], cov: [number, number, number], s: Scales): string | null {
  const { radii, angle } = covarianceEllipse(cov, 2);
  // no spread (the full batch): no ellipse
  if (!radii.every(Number.isFinite) || !(radii[0] > 0)) return null;
  const parts: string[] = [];
  for (let i = 0; i < 48; i++) {
    const a = (2 * Math.PI * i) / 48;
    const u = radii[0] * Math.cos(a);
    const v = radii[1] * Math.sin(a);
    const [px, py] = s.at([
      c[0] + u * Math.cos(angle) - v * Math.sin(angle),
      c[1] + u * Math.sin(angle) + v * Math.cos(angle),
    ]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
    parts.push(`${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`);
  }
  return parts.join('') + 'Z';
}

function SgdNoise({ run, iter, s }: { run: Trajectory; iter: number; s: Scales }) {
  const t = useMsg(marksMsg);
  const data = useRows();
  const step = stepAt(run, iter, (d) => (d as SgdDetail).batchGradient !== undefined);
  const lr = run.params.lr;
  const b = run.params.batch;
  const x = step?.it.x ?? NaN;
  const y = step?.it.y ?? NaN;
  const spread = useMemo(
    () => (data && Number.isFinite(x) && Number.isFinite(y) ? sgdSpread(data.id, data.rows, x, y, b) : null),
    [data, x, y, b],
  );
  if (!step || !spread || !Number.isFinite(lr)) return null;
  const d = step.detail as SgdDetail;
  const at: [number, number] = [x, y];
  const full: [number, number] = [x - lr * spread.mean[0], y - lr * spread.mean[1]];
  const took: [number, number] = [x - lr * d.batchGradient[0], y - lr * d.batchGradient[1]];
  const cov: [number, number, number] = [lr * lr * spread.cov[0], lr * lr * spread.cov[1], lr * lr * spread.cov[2]];
  const ring = ellipsePath(full, cov, s);
  const color = runStyle(run.optimizer).color;
  const [x0, y0] = s.at(at);
  const [fx, fy] = s.at(full);
  const [tx, ty] = s.at(took);
  if (![x0, y0, fx, fy, tx, ty].every(Number.isFinite)) return null;
  return (
    <g
      className="sgd-mark"
      data-testid="sgd-noise"
      data-k={step.it.k}
      data-full={JSON.stringify(full)}
      data-took={JSON.stringify(took)}
      data-cov={JSON.stringify(cov)}
    >
      {b === 1 &&
        spread.gx.map((gx, i) => {
          const [px, py] = s.at([x - lr * gx, y - lr * spread.gy[i]]);
          return Number.isFinite(px) && Number.isFinite(py) ? (
            <circle key={i} cx={px} cy={py} r={3.5} className="sgd-dot" fill={color} data-testid="sgd-dot" />
          ) : null;
        })}
      {ring && (
        <path d={ring} className="sgd-ellipse" stroke={color} fill={color} data-testid="sgd-ellipse">
          <title>{t.sgdEllipse(b)}</title>
        </path>
      )}
      <line x1={x0} y1={y0} x2={fx} y2={fy} className="la-casing" />
      <line x1={x0} y1={y0} x2={fx} y2={fy} className="sgd-full" stroke="#111">
        <title>{t.fullStep}</title>
      </line>
      <circle cx={fx} cy={fy} r={4.5} className="sgd-full-end" data-testid="sgd-full" />
      <line x1={x0} y1={y0} x2={tx} y2={ty} className="la-casing" />
      <line x1={x0} y1={y0} x2={tx} y2={ty} className="la-grad" stroke={color} data-testid="sgd-step">
        <title>{t.sgdStep}</title>
      </line>
    </g>
  );
}

/** The least-squares answer of linear regression (the normal equations), as a target. */
function LeastSquaresTarget({ s }: { s: Scales }) {
  const t = useMsg(marksMsg);
  const data = useRows();
  const target = useMemo(
    () => (data?.id === 'linear-regression' ? regressionMinimum(data.id, data.rows) : null),
    [data],
  );
  if (!target) return null;
  const [px, py] = s.at([target.x, target.y]);
  if (!Number.isFinite(px) || !Number.isFinite(py) || !s.inside([px, py])) return null;
  return (
    <g className="ls-target" data-testid="ls-target" data-at={JSON.stringify([target.x, target.y])}>
      <circle cx={px} cy={py} r={9} className="ls-target-ring" />
      <path d={`M${px - 13},${py}H${px + 13}M${px},${py - 13}V${py + 13}`} className="ls-target-cross" />
      <title>{t.leastSquaresLine(target.x.toPrecision(4), target.y.toPrecision(4))}</title>
    </g>
  );
}

export function MethodMarks({ runs, iter, scales }: { runs: Trajectory[]; iter: number; scales: Scales }) {
  return (
    <>
      {runs
        .filter((r) => teaches(r.optimizer, 'look-ahead'))
        .map((r) => (
          <LookAhead key={r.optimizer} run={r} iter={iter} s={scales} />
        ))}
      {runs
        .filter((r) => teaches(r.optimizer, 'conjugacy'))
        .map((r) => (
          <Restarts key={r.optimizer} run={r} iter={iter} s={scales} />
        ))}
      {runs
        .filter((r) => teaches(r.optimizer, 'mini-batch'))
        .map((r) => (
          <SgdNoise key={r.optimizer} run={r} iter={iter} s={scales} />
        ))}
      <LeastSquaresTarget s={scales} />
    </>
  );
}
