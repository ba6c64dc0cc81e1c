// The slice: f(p + t·d) along one line through p, with every shown Taylor model along the same
// line (T_k(p + t d) = Σ_{n ≤ k} a_n tⁿ, a_n = D_dⁿ f(p)/n!). d is −∇f, the Newton direction or an
// angle (scene.dir); the quadratic model's stationary t (the Newton step along d) is marked.
import { useDeferredValue, useMemo } from 'react';
import { useResults } from '../../compute/results';
import { useResultHeldWhileDataDrags } from '../useHeld';
import { useMsg } from '../../i18n/i18n';
import { sliceMsg } from '../../i18n/teach1';
import { lowDerivatives, sliceChartData } from '../../compute/taylorCharts';
import type { SliceDir } from '../../state/scene';
import { useScene } from '../../state/store';
import { ARMIJO_C } from '../../math/optimizers/common';
import { LINE_SEARCHERS } from '../../math/optimizers/registry';
import { fmt } from '../format';
import { taylorColor } from '../palette';
import { Chart } from './Chart';
import { vec } from './common';
import { Line } from './TaylorErrorChart';
import '../teach.css';

const ARMIJO_COLOR = '#555555';

const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆'];
const F_COLOR = '#222222';

/** The direction picker: −∇f, Newton, or an angle in degrees (writes scene.dir). */
function DirControl({ dir }: { dir: SliceDir }) {
  const setScene = useScene((s) => s.setScene);
  const m = useMsg(sliceMsg);
  const kind = typeof dir === 'number' ? 'angle' : dir;
  return (
    <div className="tc-row" style={{ gap: '0.5rem', alignItems: 'center', fontSize: '0.85rem' }}>
      <label>
        {m.direction}{' '}
        <select
          data-testid="slice-dir"
          value={kind}
          onChange={(e) => {
            const v = e.target.value;
            setScene({ dir: v === 'angle' ? 0 : (v as 'grad' | 'newton') });
          }}
        >
          <option value="grad">{m.dirGrad}</option>
          <option value="newton">{m.dirNewton}</option>
          <option value="angle">{m.dirAngle}</option>
        </select>
      </label>
      {typeof dir === 'number' && (
        <label>
          <input
            type="number"
            data-testid="slice-angle"
            value={dir}
            step={15}
            style={{ width: '4.5rem' }}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (e.target.value !== '' && Number.isFinite(v)) setScene({ dir: ((v % 360) + 360) % 360 });
            }}
          />
          °
        </label>
      )}
    </div>
  );
}

export function SliceChart() {
  // (while a data point is dragged the chart keeps the last data's, as the 3D view does: f along
  // the line runs through every row of the loss; it catches up on release)
  const facts = useDeferredValue(useResultHeldWhileDataDrags((r) => r.facts));
  const derivatives = useDeferredValue(useResultHeldWhileDataDrags((r) => r.derivatives));
  const ast = useResultHeldWhileDataDrags((r) => r.ast);
  const formula = useResultHeldWhileDataDrags((r) => r.formula);
  const shown = useScene((s) => s.scene.taylor);
  const domain = useScene((s) => s.scene.domain);
  const dir = useScene((s) => s.scene.dir);
  const searcher = useResults((r) => r.runs.find((run) => LINE_SEARCHERS.has(run.optimizer))?.optimizer ?? null);
  const m = useMsg(sliceMsg);
  const data = useMemo(() => {
    if (!facts || !ast) return null;
    const derivs = derivatives ?? lowDerivatives(facts);
    const orders = shown.filter((k) => k < derivs.length);
    return sliceChartData(formula, ast, facts, derivs, orders, dir, domain);
  }, [facts, derivatives, ast, formula, shown, domain, dir]);

  const head = (
    <>
      <h2 id="sl-title">{m.title}</h2>
      <DirControl dir={dir} />
    </>
  );
  if (!data) {
    return (
      <section className="panel tc" aria-labelledby="sl-title" data-testid="slice-panel">
        {head}
        <p className="tc-hint muted" data-testid="slice-undefined">
          {dir === 'newton' ? m.noNewton : dir === 'grad' ? m.noGrad : m.fUndefined}
        </p>
      </section>
    );
  }
  const { ts, f, models, orders, newtonT, d } = data;
  const fin = f.filter(Number.isFinite);
  const lo0 = fin.length ? Math.min(...fin) : -1;
  const hi0 = fin.length ? Math.max(...fin) : 1;
  const pad = 0.15 * (hi0 - lo0 || Math.abs(hi0) || 1);
  const tLo = ts[0];
  const tHi = ts[ts.length - 1];
  const showNewton = Number.isFinite(newtonT) && newtonT >= tLo && newtonT <= tHi;
  // A line search from p along d (a descent direction: ∇f·d < 0) accepts a step t where f lies
  // on or below the Armijo line f(p) + c·t·∇f·d: drawn where a selected optimizer line-searches.
  const [a0, a1] = data.coefficients;
  const armijo = searcher !== null && a1 < 0 && Number.isFinite(a0) ? { from: a0, slope: ARMIJO_C * a1 } : null;
  return (
    <section className="panel tc" aria-labelledby="sl-title" data-testid="slice-panel">
      {head}
      <p className="tc-text">{m.intro(vec(d))}</p>
      <Chart
        x={{ lo: tLo, hi: tHi, label: 't' }}
        y={{ lo: lo0 - pad, hi: hi0 + pad, label: 'f(p + t·d)' }}
        label={m.chartLabel}
        testId="slice-chart"
      >
        {(sx, sy, box) => (
          <>
            <line x1={sx(0)} x2={sx(0)} y1={box.t} y2={box.b} className="tc-guide" />
            {showNewton && (
              <g data-testid="slice-newton" data-t={newtonT}>
                <line
                  x1={sx(newtonT)}
                  x2={sx(newtonT)}
                  y1={box.t}
                  y2={box.b}
                  stroke={taylorColor(2)}
                  strokeDasharray="4 3"
                />
                <text x={sx(newtonT) + 3} y={box.t + 11} className="tc-tick">
                  {m.newtonT(fmt(newtonT, 3))}
                </text>
              </g>
            )}
            {orders.map((k, i) => (
              <g
                key={k}
                data-order={k}
                data-testid={`slice-t${k}`}
                data-points={JSON.stringify(ts.map((t, j) => [t, models[i][j]]))}
              >
                <Line
                  xs={ts}
                  ys={models[i]}
                  sx={sx}
                  sy={sy}
                  color={taylorColor(k)}
                  dash={k === 1 ? '6 4' : undefined}
                />
              </g>
            ))}
            {armijo && (
              <g data-testid="slice-armijo" data-slope={armijo.slope} data-from={armijo.from}>
                <line
                  x1={sx(0)}
                  y1={sy(armijo.from)}
                  x2={sx(tHi)}
                  y2={sy(armijo.from + armijo.slope * tHi)}
                  stroke={ARMIJO_COLOR}
                  strokeWidth={1.5}
                  strokeDasharray="2 3"
                />
                <text x={sx(tHi) - 3} y={sy(armijo.from + armijo.slope * tHi) - 5} className="tc-tick" textAnchor="end">
                  {m.armijoLine}
                </text>
              </g>
            )}
            <g data-series="f" data-testid="slice-f" data-points={JSON.stringify(ts.map((t, j) => [t, f[j]]))}>
              <Line xs={ts} ys={f} sx={sx} sy={sy} color={F_COLOR} width={1.5} />
            </g>
          </>
        )}
      </Chart>
      <p className="tc-legend">
        <span className="tc-key" style={{ borderColor: F_COLOR }} />f
        {orders.map((k) => (
          <span key={k}>
            <span className="tc-key" style={{ borderColor: taylorColor(k) }} />T{SUB[k]}
          </span>
        ))}
        {showNewton && m.newtonLegend}
        {armijo && <span data-testid="slice-armijo-text">{m.armijoLegend(searcher ?? '')}</span>}
      </p>
    </section>
  );
}
