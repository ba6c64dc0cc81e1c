// What two first-order methods do beyond their trails, on the map at the scrubbed iteration:
// Nesterov's look-ahead (the point x + βv where it takes the gradient: the momentum part βv
// dashed, then the gradient step −lr∇f(x + βv) that lands on the next iterate), and conjugate
// gradients' restarts (the iterations where its direction fell back to −∇f), ringed on the trail.
import { teaches } from '../../math/optimizers/registry';
import type { Trajectory } from '../../math/optimizers/types';
import { runStyle } from '../palette';
import { stepAt } from '../teach/common';
import type { Scales } from './scales';

function LookAhead({ run, iter, s }: { run: Trajectory; iter: number; s: Scales }) {
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
        <title>the momentum part βv: where Nesterov looks ahead to</title>
      </line>
      <line x1={lx} y1={ly} x2={tx} y2={ty} className="la-casing" />
      <line x1={lx} y1={ly} x2={tx} y2={ty} className="la-grad" stroke={color} data-testid="nesterov-lookahead-step">
        <title>the gradient step −lr∇f taken at the look-ahead point, landing on the next iterate</title>
      </line>
      <path
        d={`M${lx},${ly - 6}L${lx + 6},${ly}L${lx},${ly + 6}L${lx - 6},${ly}Z`}
        className="la-point"
        stroke={color}
        data-testid="nesterov-lookahead-point"
      >
        <title>look-ahead point x + βv, where Nesterov takes the gradient</title>
      </path>
    </g>
  );
}

function Restarts({ run, iter, s }: { run: Trajectory; iter: number; s: Scales }) {
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
            <title>conjugate gradients restarted here (iteration {it.k}): its direction is −∇f again</title>
          </circle>
        );
      })}
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
    </>
  );
}
