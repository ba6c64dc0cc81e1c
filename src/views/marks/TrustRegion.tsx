// Mark: the trust region at the scrubbed iteration (issue 17), where a trust-region run is
// shown: the disk |s| ≤ Δ around the iterate (an ellipse on screen where the axes' scales
// differ), the step the method takes (minimising the quadratic model within the disk), and for
// comparison the Cauchy point and, where H is positive definite, the dogleg path through it.
import { teaches } from '../../math/optimizers/registry';
import { useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { marksMsg } from '../../i18n/views';
import { useResults } from '../../compute/results';
import { modelOnBox } from '../../compute/panels';
import type { Node } from '../../math/formula/ast';
import type { Trajectory } from '../../math/optimizers/types';
import { runStyle } from '../palette';
import { stepAt } from '../teach/common';
import { modelLevelSets } from './levels';
import type { Scales } from './scales';

/** Vertices of the disk's outline. */
const SIDES = 72;
/** Samples per axis of the model inside the disk. */
const N = 25;

/** The quadratic model at x, q(s) = f + ∇f·s + ½ sᵀHs, sampled on the disk's box (NaN outside
 *  the disk), and a handful of its level sets there, in pixels. */
function modelLevels(ast: Node, x: [number, number], radius: number, s: Scales): string {
  const m = modelOnBox(ast, x[0], x[1], [x[0] - radius, x[0] + radius, x[1] - radius, x[1] + radius], N);
  if (!m) return '';
  const { facts, grid } = m;
  const [[a, b], [, c]] = facts.hessian;
  if (![facts.value, ...facts.gradient, a, b, c].every(Number.isFinite)) return '';
  // T2 at the iterate is q + f(x); outside the disk a gap
  const values = grid.t2.map((v, k) => {
    const i = k % N;
    const j = (k - i) / N;
    return Math.hypot(grid.xs[i] - x[0], grid.ys[j] - x[1]) <= radius * 1.04 ? v : NaN;
  });
  const [model] = modelLevelSets([{ order: 2, values }], grid, facts.value, s, 5);
  return model.paths.map((p) => p.d).join('');
}

export function TrustRegionMark({ runs, iter, scales: s }: { runs: Trajectory[]; iter: number; scales: Scales }) {
  const t = useMsg(marksMsg);
  const ast = useResults((r) => r.ast);
  const run = runs.find((r) => teaches(r.optimizer, 'trust-region')) ?? null;
  const step = useMemo(() => (run ? stepAt(run, iter, (d) => d.trustRegion !== undefined) : null), [run, iter]);
  const ix = step?.it.x ?? NaN;
  const iy = step?.it.y ?? NaN;
  const radius = step?.detail.trustRegion?.radius ?? NaN;
  // the model the method minimises at this iterate, drawn inside the disk
  const levels = useMemo(
    () =>
      ast && Number.isFinite(ix) && Number.isFinite(iy) && radius > 0 ? modelLevels(ast, [ix, iy], radius, s) : '',
    [ast, ix, iy, radius, s],
  );
  if (!step) return null;
  const tr = step.detail.trustRegion!;
  const x: [number, number] = [step.it.x, step.it.y];
  if (![...x, tr.radius, ...tr.step].every(Number.isFinite)) return null;
  const color = runStyle('trust-region').color;
  const at = (v: readonly [number, number]) => s.at([x[0] + v[0], x[1] + v[1]]);
  const disk =
    Array.from({ length: SIDES }, (_, i) => {
      const a = (2 * Math.PI * i) / SIDES;
      const [px, py] = at([tr.radius * Math.cos(a), tr.radius * Math.sin(a)]);
      return `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`;
    }).join('') + 'Z';
  const [x0, y0] = s.at(x);
  const [sx, sy] = at(tr.step);
  const [cx, cy] = at(tr.cauchy);
  const dog = tr.dogleg ? at(tr.dogleg) : null;
  return (
    <g className="tr-mark" data-testid="tr-map" data-k={step.it.k}>
      <path
        d={disk}
        className="tr-disk"
        data-testid="tr-map-disk"
        data-radius={tr.radius}
        data-center={JSON.stringify(x)}
        stroke={color}
      />
      {levels && <path d={levels} className="tr-levels" data-testid="tr-map-levels" stroke={color} />}
      {dog && (
        <path
          d={`M${x0},${y0}L${cx},${cy}L${dog[0]},${dog[1]}`}
          className="tr-dogleg"
          data-testid="tr-map-dogleg"
          stroke={color}
        />
      )}
      <rect x={cx - 4} y={cy - 4} width={8} height={8} className="tr-cauchy" data-testid="tr-map-cauchy" stroke={color}>
        <title>{t.cauchy}</title>
      </rect>
      <line x1={x0} y1={y0} x2={sx} y2={sy} className="tr-step-casing" />
      <line
        x1={x0}
        y1={y0}
        x2={sx}
        y2={sy}
        className="tr-step"
        data-testid="tr-map-step"
        data-to={JSON.stringify([x[0] + tr.step[0], x[1] + tr.step[1]])}
        stroke={color}
      >
        <title>{tr.accepted ? t.stepTaken : t.stepRejected}</title>
      </line>
      <circle cx={sx} cy={sy} r={4} fill={tr.accepted ? color : '#fff'} stroke={color} strokeWidth={2} />
    </g>
  );
}
