// How fast the error shrinks: log–log chart of the largest |f − T_k| on a circle of radius r
// around p against r, one curve per shown order, with slope guides r^(k+1) (Taylor's theorem:
// the error is O(r^(k+1))) and float32's floor, below which a float32 f could not show the error.
// The errors are float64 (compute/taylorCharts.ts circleErrors64: why).
import { useDeferredValue, useMemo } from 'react';
import { useResultHeldWhileDataDrags } from '../useHeld';
import { useMsg } from '../../i18n/i18n';
import { errorChartMsg } from '../../i18n/teach1';
import { aboveFloor, effectiveFloor, errorChartData, logLogSlope } from '../../compute/taylorCharts';
import { useScene } from '../../state/store';
import { fmt } from '../format';
import { taylorColor } from '../palette';
import { Chart, polylinePoints, type Scale } from './Chart';
import '../teach.css';

/** A polyline through the finite points, in a colour of its own (gaps where a value is not finite). */
export function Line({
  xs,
  ys,
  sx,
  sy,
  color,
  dash,
  width = 2,
  opacity,
}: {
  xs: readonly number[];
  ys: readonly number[];
  sx: Scale;
  sy: Scale;
  color: string;
  dash?: string;
  width?: number;
  opacity?: number;
}) {
  return (
    <>
      {polylinePoints(xs, ys, sx, sy).map((points, i) => (
        <polyline
          key={i}
          points={points}
          fill="none"
          stroke={color}
          strokeWidth={width}
          strokeDasharray={dash}
          opacity={opacity}
        />
      ))}
    </>
  );
}

const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆'];

export function TaylorErrorChart() {
  // (while a data point is dragged the chart keeps the last data's: its float64 errors evaluate
  // every row of the loss at a hundred points, and it catches up on release)
  const facts = useDeferredValue(useResultHeldWhileDataDrags((r) => r.facts));
  const ast = useResultHeldWhileDataDrags((r) => r.ast);
  const formula = useResultHeldWhileDataDrags((r) => r.formula);
  const shown = useScene((s) => s.scene.taylor);
  const domain = useScene((s) => s.scene.domain);
  const t = useMsg(errorChartMsg);
  const data = useMemo(() => {
    if (!facts || !ast) return null;
    if (shown.length === 0) return null;
    return errorChartData(formula, ast, [facts.x, facts.y], shown, domain);
  }, [facts, ast, formula, shown, domain]);

  if (!data) {
    return (
      <section className="panel tc" data-testid="taylor-error-panel">
        <h2>{t.title}</h2>
        <p className="tc-hint muted">{t.noModel}</p>
      </section>
    );
  }
  const kept = aboveFloor(data);
  const floor4 = effectiveFloor(data);
  const finite = [...kept.flat(), ...floor4].filter((v) => Number.isFinite(v) && v > 0);
  const r0 = data.radii[0];
  const r1 = data.radii[data.radii.length - 1];
  const yLo = finite.length ? Math.min(...finite) / 2 : 1e-8;
  const yHi = finite.length ? Math.max(...finite) * 2 : 1;
  // the slope over the lower nine tenths of the log range: at the largest radii the next
  // orders' terms still bend the curves
  const rTop = r0 * (r1 / r0) ** 0.9;
  const inner = data.radii.filter((r) => r <= rTop);
  const slopes = data.orders.map((_, i) => logLogSlope(inner, kept[i].slice(0, inner.length)));
  return (
    <section className="panel tc" aria-labelledby="te-title" data-testid="taylor-error-panel">
      <h2 id="te-title">{t.title}</h2>
      <p className="tc-text">
        {t.introA}
        <sub>k</sub>
        {t.introB}
        <sup>k+1</sup>
        {t.introC}
      </p>
      <Chart
        x={{ lo: r0, hi: r1, log: true, label: t.xLabel }}
        y={{ lo: yLo, hi: yHi, log: true, label: t.yLabel }}
        label={t.chartLabel}
        testId="taylor-error-chart"
      >
        {(sx, sy) => (
          <>
            <g data-testid="taylor-error-floor" data-points={JSON.stringify(data.radii.map((r, i) => [r, floor4[i]]))}>
              <Line xs={data.radii} ys={floor4} sx={sx} sy={sy} color="#888" dash="2 3" width={1.5} />
            </g>
            {data.orders.map((k, i) => {
              const pts = data.radii.map((r, j) => [r, kept[i][j]]).filter(([, e]) => Number.isFinite(e));
              // guide r^(k+1) through the series' middle point above the floor
              const mid = pts[Math.floor(pts.length / 2)];
              const guide = mid ? data.radii.map((r) => mid[1] * (r / mid[0]) ** (k + 1)) : [];
              return (
                <g key={k} data-order={k} data-points={JSON.stringify(pts)} data-testid={`taylor-error-${k}`}>
                  {mid && (
                    <Line
                      xs={data.radii}
                      ys={guide}
                      sx={sx}
                      sy={sy}
                      color={taylorColor(k)}
                      dash="5 4"
                      width={1}
                      opacity={0.6}
                    />
                  )}
                  <Line xs={data.radii} ys={kept[i]} sx={sx} sy={sy} color={taylorColor(k)} />
                </g>
              );
            })}
          </>
        )}
      </Chart>
      <p className="tc-legend" data-testid="taylor-error-slopes">
        {t.slopesFor(fmt(rTop, 2))}
        {data.orders.map((k, i) => (
          <span key={k}>
            <span className="tc-key" style={{ borderColor: taylorColor(k) }} />T{SUB[k]}{' '}
            {Number.isFinite(slopes[i]) ? fmt(slopes[i], 3) : '—'} {t.theory(k + 1)}{' '}
          </span>
        ))}
        <span>
          <span className="tc-key" style={{ borderColor: '#888', borderTopStyle: 'dashed' }} />
          {t.floor}
        </span>
      </p>
    </section>
  );
}
