// The L-BFGS parts of the quasi-Newton panel: the stored pairs (s, y) as arrows with their
// curvature sᵀy, the scaling γ, and the same start run with memory m = 1, 2 and 5 side by side.
import { useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { lbfgsMsg, teach2Msg } from '../../i18n/teach2';
import { lbfgsMemoryRuns } from '../../compute/panels';
import { useResults } from '../../compute/results';
import type { StepDetail } from '../../math/optimizers/types';
import { useScene } from '../../state/store';
import { fmt } from '../format';
import { Chart } from './Chart';
import { vec } from './common';
import { Line } from './TaylorErrorChart';

const SIZE = 180;
/** The memory runs stop here at most: enough for every catalog surface, cheap to redo. */
const MEMORY_STEPS = 300;
const S_COLOR = '#0072b2';
const Y_COLOR = '#d55e00';
// the same hues, dark enough for text on white (4.5:1)
const S_TEXT = '#005a8c';
const Y_TEXT = '#a04600';

function Arrow({
  v,
  scale,
  color,
  dashed,
  testId,
}: {
  v: [number, number];
  scale: number;
  color: string;
  dashed?: boolean;
  testId: string;
}) {
  const x = v[0] * scale;
  const y = -v[1] * scale;
  const n = Math.hypot(x, y);
  if (!(n > 0)) return null;
  const ux = x / n;
  const uy = y / n;
  const head = `M${x},${y}L${x - 8 * ux - 4 * uy},${y - 8 * uy + 4 * ux}L${x - 8 * ux + 4 * uy},${y - 8 * uy - 4 * ux}Z`;
  return (
    <g data-testid={testId}>
      <line x1={0} y1={0} x2={x} y2={y} stroke={color} strokeWidth={2} strokeDasharray={dashed ? '4 3' : undefined} />
      <path d={head} fill={color} />
    </g>
  );
}

/** The pairs used at this iteration (oldest first): s solid, y dashed, newest darkest. */
export function LbfgsPairs({ detail, m }: { detail: StepDetail; m: number }) {
  const t = useMsg(lbfgsMsg);
  const pairs = detail.pairs ?? [];
  // s and y each to their own scale (y is often hundreds of times longer than s)
  const sMax = Math.max(1e-300, ...pairs.map((p) => Math.hypot(...p.s)));
  const yMax = Math.max(1e-300, ...pairs.map((p) => Math.hypot(...p.yv)));
  const sScale = (SIZE / 2 - 10) / sMax;
  const yScale = (SIZE / 2 - 10) / yMax;
  return (
    <div className="tc-row" data-testid="lbfgs-pairs" data-count={pairs.length}>
      {pairs.length > 0 && (
        <svg
          className="tc-ellipses"
          viewBox={`${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`}
          role="img"
          aria-label={t.pairsAria}
        >
          <line x1={-SIZE / 2} x2={SIZE / 2} y1={0} y2={0} className="tc-grid" />
          <line y1={-SIZE / 2} y2={SIZE / 2} x1={0} x2={0} className="tc-grid" />
          {pairs.map((p, i) => (
            <g key={i} opacity={0.35 + (0.65 * (i + 1)) / pairs.length}>
              <Arrow v={p.s} scale={sScale} color={S_COLOR} testId="lbfgs-s" />
              <Arrow v={p.yv} scale={yScale} color={Y_COLOR} dashed testId="lbfgs-y" />
            </g>
          ))}
        </svg>
      )}
      <div className="tc-col">
        <p className="tc-text">
          {t.storesNoMatrix(m)}
          <span style={{ color: S_TEXT }}>{t.sSolid}</span>
          {t.between}
          <span style={{ color: Y_TEXT }}>{t.yDashed}</span>
          {t.twoLoop(fmt(detail.gamma ?? NaN, 3))}
        </p>
        {pairs.length === 0 ? (
          <p className="tc-small muted">{t.noPairs(!!detail.reset)}</p>
        ) : (
          <ol className="tc-small" data-testid="lbfgs-pair-list">
            {pairs.map((p, i) => (
              <li key={i}>
                s = {vec(p.s)}, y = {vec(p.yv)}, sᵀy = {fmt(p.s[0] * p.yv[0] + p.s[1] * p.yv[1], 3)}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

const MEMORY_COLORS: Record<number, string> = { 1: '#e69f00', 2: '#009e73', 5: '#0072b2' };
const MEMORY_TEXT: Record<number, string> = { 1: '#8a5a00', 2: '#00704f', 5: '#005a8c' };

/** The same start with m = 1, 2, 5: ‖∇f‖ per iteration, and the steps each needed. */
export function LbfgsMemories({ current }: { current: number }) {
  const t = useMsg(lbfgsMsg);
  const tc = useMsg(teach2Msg);
  const ast = useResults((r) => r.ast);
  const start = useScene((s) => s.scene.start);
  const steps = useScene((s) => s.scene.steps);
  const tol = useScene((s) => s.scene.tol);
  const runs = useMemo(
    () => (ast ? lbfgsMemoryRuns(ast, start, Math.min(steps, MEMORY_STEPS), tol) : null),
    [ast, start, steps, tol],
  );
  if (!runs) return null;
  const norms = runs.flatMap((r) => r.run.iterates.map((i) => i.gradNorm)).filter((v) => v > 0 && Number.isFinite(v));
  if (norms.length < 2) return null;
  const lo = 10 ** Math.floor(Math.log10(Math.min(...norms)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...norms)));
  const kHi = Math.max(1, ...runs.map((r) => r.run.iterates.length - 1));
  return (
    <div data-testid="lbfgs-memories">
      <Chart
        width={320}
        height={160}
        x={{ lo: 0, hi: kHi, label: tc.iteration }}
        y={{ lo, hi: hi > lo ? hi : lo * 10, log: true, label: '‖∇f‖' }}
        label={t.memoryChart}
        testId="lbfgs-memory-chart"
      >
        {(sx, sy) => (
          <>
            {runs.map(({ m, run }) => (
              <Line
                key={m}
                xs={run.iterates.map((i) => i.k)}
                ys={run.iterates.map((i) => (i.gradNorm > 0 ? i.gradNorm : NaN))}
                sx={sx}
                sy={sy}
                color={MEMORY_COLORS[m]}
                width={m === current ? 3 : 1.5}
              />
            ))}
          </>
        )}
      </Chart>
      <p className="tc-legend" data-testid="lbfgs-memory-steps">
        {t.fromSameStart}
        {runs.map(({ m, run }, i) => (
          <span key={m} data-m={m} data-steps={run.iterates.length - 1} data-status={run.status}>
            {i > 0 ? t.sep : ''}
            <span style={{ color: MEMORY_TEXT[m], fontWeight: m === current ? 700 : 400 }}>m = {m}</span>
            {t.memorySteps(run.iterates.length - 1, run.status)}
          </span>
        ))}
        {t.memoryEnd}
      </p>
    </div>
  );
}
