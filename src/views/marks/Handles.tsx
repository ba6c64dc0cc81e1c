// Mark: the two handles, the optimizers' start (a triangle; shift-click, long-press or arrow
// keys move it) and the expansion point p (dragged with the pointer or moved with arrow keys).
import { useMsg } from '../../i18n/i18n';
import { marksMsg } from '../../i18n/views';
import type { Domain } from '../../math/surfaces-types';
import type { Scene } from '../../state/scene';
import { fmt } from '../format';
import { clampToDomain, type HandleGestures } from './useDrag';
import type { Scales } from './scales';

const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** A point moved by an arrow key: 1/100 of the domain (Shift: 1/10); null for other keys. */
export function keyMove(p: [number, number], key: string, shift: boolean, domain: Domain): [number, number] | null {
  const k = KEY_MOVES[key];
  if (!k) return null;
  const f = shift ? 10 : 100;
  return [p[0] + (k[0] * (domain[1] - domain[0])) / f, p[1] + (k[1] * (domain[3] - domain[2])) / f];
}

export function StartHandle({
  start,
  domain,
  scales: s,
  setScene,
}: {
  start: [number, number];
  domain: Domain;
  scales: Scales;
  setScene: (patch: Partial<Scene>) => void;
}) {
  const t = useMsg(marksMsg);
  return (
    <g
      data-testid="start-marker"
      className="start-handle"
      transform={`translate(${s.x(start[0])},${s.y(start[1])})`}
      tabIndex={0}
      role="slider"
      aria-label={t.startLabel(fmt(start[0]), fmt(start[1]))}
      aria-valuetext={`(${fmt(start[0])}, ${fmt(start[1])})`}
      onKeyDown={(e) => {
        // Arrow keys move the start as they move p (Shift: ten times further).
        const next = keyMove(start, e.key, e.shiftKey, domain);
        if (!next) return;
        e.preventDefault();
        setScene({ start: clampToDomain(next, domain, s) });
      }}
    >
      <path d="M0,-9 L8,6 L-8,6 z" fill="#fff" stroke="#111" strokeWidth={2} />
      <title>{t.startTitle(fmt(start[0]), fmt(start[1]))}</title>
    </g>
  );
}

/** Radius of p's handle in pixels (its label is set clear of it: ContourOverlay). */
export const POINT_R = 9;

export function PointHandle({
  point,
  label,
  domain,
  scales: s,
  gestures,
  setScene,
}: {
  point: [number, number];
  /** where the "p" is written (pointLabel: off the marks drawn from p) */
  label: { x: number; y: number };
  domain: Domain;
  scales: Scales;
  gestures: HandleGestures;
  setScene: (patch: Partial<Scene>) => void;
}) {
  const t = useMsg(marksMsg);
  const [cx, cy] = s.at(point);
  return (
    <>
      <circle
        className="point-handle"
        data-testid="point-handle"
        cx={cx}
        cy={cy}
        r={POINT_R}
        tabIndex={0}
        role="slider"
        aria-label={t.pointLabel(fmt(point[0]), fmt(point[1]))}
        aria-valuetext={`(${fmt(point[0])}, ${fmt(point[1])})`}
        {...gestures}
        onKeyDown={(e) => {
          // Shift: ten times further
          const next = keyMove(point, e.key, e.shiftKey, domain);
          if (!next) return;
          e.preventDefault();
          setScene({ point: clampToDomain(next, domain, s) });
        }}
      />
      <text x={label.x} y={label.y} className="overlay-label point-label" data-testid="point-label">
        p
      </text>
    </>
  );
}
