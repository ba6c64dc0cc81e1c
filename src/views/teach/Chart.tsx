// A small SVG chart for the teaching panels: linear or log axes with ticks and labels, and a
// render prop that gets the data → pixel maps. Light enough to redraw on every scrub.
import type { ReactNode } from 'react';
import { PRESENT_SCALE, usePresenting } from '../presenting';
import { fmt } from '../format';
import { ticks } from '../ticks';

export interface AxisSpec {
  lo: number;
  hi: number;
  log?: boolean;
  label: string;
}

export type Scale = (v: number) => number;

/** Tick text with enough digits that neighbouring ticks differ (φ near a minimum varies in
 *  its 6th digit). */
function tickText(v: number, all: number[], log?: boolean): string {
  if (log) {
    const e = Math.round(Math.log10(v));
    return e === 0 ? '1' : `1e${e}`.replace('-', '−');
  }
  const step = all.length > 1 ? Math.abs(all[1] - all[0]) : 0;
  const big = Math.max(...all.map(Math.abs));
  const digits = step > 0 && big > 0 ? Math.min(8, Math.max(3, Math.ceil(Math.log10(big / step)) + 1)) : 3;
  return fmt(v, digits);
}

export function scaleOf(a: AxisSpec, p0: number, p1: number): Scale {
  const t = (v: number) => (a.log ? Math.log10(v) : v);
  const lo = t(a.lo);
  const hi = t(a.hi);
  return (v: number) => p0 + ((t(v) - lo) / (hi - lo || 1)) * (p1 - p0);
}

export interface ChartProps {
  width?: number;
  height?: number;
  x: AxisSpec;
  y: AxisSpec;
  label: string;
  testId?: string;
  /** a chart with controls inside (the data panel's points) is a group, not an image */
  interactive?: boolean;
  children: (sx: Scale, sy: Scale, box: { l: number; r: number; t: number; b: number }) => ReactNode;
}

export function Chart({ width = 320, height = 200, x, y, label, testId, interactive = false, children }: ChartProps) {
  const xt = ticks(x);
  const yt = ticks(y);
  const ytText = yt.map((v) => tickText(v, yt, y.log));
  // presenter mode sets the charts' text 1.5× larger (classroom.css): the room for it too
  const k = usePresenting() ? PRESENT_SCALE : 1;
  // room on the left for the longest tick label and the rotated axis label beside it
  const left = k * Math.max(40, 24 + 6 * Math.max(0, ...ytText.map((t) => t.length)));
  const box = { l: left, r: width - 10, t: 10, b: height - 34 * k };
  const sx = scaleOf(x, box.l, box.r);
  const sy = scaleOf(y, box.b, box.t);
  const clip = `clip-${testId ?? label.replace(/\W/g, '')}`;
  return (
    <svg
      className="tc-chart"
      viewBox={`0 0 ${width} ${height}`}
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      data-testid={testId}
    >
      <defs>
        <clipPath id={clip}>
          <rect x={box.l} y={box.t - 4} width={box.r - box.l} height={box.b - box.t + 8} />
        </clipPath>
      </defs>
      <rect x={box.l} y={box.t} width={box.r - box.l} height={box.b - box.t} className="tc-frame" />
      {xt.map((v) => (
        <g key={`x${v}`}>
          <line x1={sx(v)} x2={sx(v)} y1={box.t} y2={box.b} className="tc-grid" />
          <text x={sx(v)} y={box.b + 13 * k} textAnchor="middle" className="tc-tick">
            {tickText(v, xt, x.log)}
          </text>
        </g>
      ))}
      {yt.map((v, i) => (
        <g key={`y${v}`}>
          <line x1={box.l} x2={box.r} y1={sy(v)} y2={sy(v)} className="tc-grid" />
          <text x={box.l - 4} y={sy(v) + 4} textAnchor="end" className="tc-tick">
            {ytText[i]}
          </text>
        </g>
      ))}
      <text x={(box.l + box.r) / 2} y={height - 4} textAnchor="middle" className="tc-axis">
        {x.label}
      </text>
      <text
        x={12 * k}
        y={(box.t + box.b) / 2}
        textAnchor="middle"
        className="tc-axis"
        transform={`rotate(-90 ${12 * k} ${(box.t + box.b) / 2})`}
      >
        {y.label}
      </text>
      <g clipPath={`url(#${clip})`}>{children(sx, sy, box)}</g>
    </svg>
  );
}

/** The `points` attributes of a polyline through the finite points only: one per run of
 *  finite points (gaps where a value is not finite), runs of a single point left out. */
export function polylinePoints(xs: readonly number[], ys: readonly number[], sx: Scale, sy: Scale): string[] {
  const parts: string[][] = [[]];
  xs.forEach((x, i) => {
    const px = sx(x);
    const py = sy(ys[i]);
    if (Number.isFinite(px) && Number.isFinite(py)) parts[parts.length - 1].push(`${px.toFixed(1)},${py.toFixed(1)}`);
    else if (parts[parts.length - 1].length) parts.push([]);
  });
  return parts.filter((p) => p.length > 1).map((p) => p.join(' '));
}

/** A polyline through the finite points only (gaps where a value is not finite). */
export function Path({
  xs,
  ys,
  sx,
  sy,
  className,
  testId,
}: {
  xs: number[];
  ys: number[];
  sx: Scale;
  sy: Scale;
  className: string;
  testId?: string;
}) {
  return (
    <g data-testid={testId}>
      {polylinePoints(xs, ys, sx, sy).map((points, i) => (
        <polyline key={i} points={points} className={className} fill="none" />
      ))}
    </g>
  );
}

/** An iteration chart's dots: filled where the step was taken, open red where it was rejected. */
export function TakenDots({
  points,
  sx,
  sy,
  color,
}: {
  points: readonly { k: number; v: number; accepted: boolean }[];
  sx: Scale;
  sy: Scale;
  color: string;
}) {
  return (
    <>
      {points.map((p) => (
        <circle
          key={p.k}
          cx={sx(p.k)}
          cy={sy(p.v)}
          r={p.accepted ? 2.5 : 4}
          fill={p.accepted ? color : '#fff'}
          stroke={p.accepted ? color : '#b2182b'}
          strokeWidth={p.accepted ? 1 : 2}
        />
      ))}
    </>
  );
}
