// Mark: the slice's direction d as a handle at p (issue 17), shown while the slice goes along an
// angle (scene.dir a number): a short line from p to a knob; dragging the knob turns d around
// p, the arrow keys turn it by 5° (Shift: 15°). The angle is measured in data coordinates from
// the +x axis, as the URL's `dir` is, although the map's axes may be scaled differently.
import { useRef } from 'react';
import { useMsg } from '../../i18n/i18n';
import { marksMsg } from '../../i18n/views';
import type { Scene } from '../../state/scene';
import type { Scales } from './scales';

/** The knob's distance from p, in pixels. */
const REACH = 48;

/** An angle in degrees in [0, 360), to a whole degree. */
export function normAngle(deg: number): number {
  const a = Math.round(deg) % 360;
  return a < 0 ? a + 360 : a;
}

/** The data-space angle (degrees) from p to the pixel c. */
export function angleTo(p: readonly [number, number], c: readonly [number, number], s: Scales): number {
  const [x, y] = s.invert(c[0], c[1]);
  return normAngle((Math.atan2(y - p[1], x - p[0]) * 180) / Math.PI);
}

export function SliceHandle({
  point,
  angle,
  scales: s,
  setScene,
}: {
  point: [number, number];
  angle: number;
  scales: Scales;
  setScene: (patch: Partial<Scene>) => void;
}) {
  const t = useMsg(marksMsg);
  const box = useRef<DOMRect | null>(null);
  const rad = (angle * Math.PI) / 180;
  const [ux, uy] = s.dir([Math.cos(rad), Math.sin(rad)]);
  const [px, py] = s.at(point);
  const kx = px + REACH * ux;
  const ky = py + REACH * uy;
  const turnTo = (e: React.PointerEvent<SVGCircleElement>) => {
    const r = (box.current ??= (e.currentTarget.ownerSVGElement ?? e.currentTarget).getBoundingClientRect());
    setScene({ dir: angleTo(point, [e.clientX - r.left, e.clientY - r.top], s) });
  };
  return (
    <g className="slice-handle-mark">
      <line className="slice-handle-line" x1={px} y1={py} x2={kx} y2={ky} />
      <circle
        className="slice-handle"
        data-testid="slice-handle"
        cx={kx}
        cy={ky}
        r={7}
        tabIndex={0}
        role="slider"
        aria-label={t.sliceLabel}
        aria-valuemin={0}
        aria-valuemax={359}
        aria-valuenow={angle}
        aria-valuetext={t.sliceValueText(angle)}
        onPointerDown={(e) => {
          e.stopPropagation();
          e.preventDefault();
          box.current = null;
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) turnTo(e);
        }}
        onPointerUp={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) turnTo(e);
          box.current = null;
        }}
        onKeyDown={(e) => {
          const step = e.shiftKey ? 15 : 5;
          const delta =
            e.key === 'ArrowLeft' || e.key === 'ArrowDown'
              ? -step
              : e.key === 'ArrowRight' || e.key === 'ArrowUp'
                ? step
                : 0;
          if (!delta) return;
          e.preventDefault();
          setScene({ dir: normAngle(angle + delta) });
        }}
      />
      <text x={kx + 9} y={ky - 9} className="overlay-label">
        d
      </text>
    </g>
  );
}
