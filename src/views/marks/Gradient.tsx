// Mark: ∇f at p, a white arrow over a dark casing (the Newton step is the dark one), labelled.
import { GRAD_COLOR } from '../palette';
import { arrow, labelBox, pathOf, textWidth, type LabelBox } from './geometry';
import type { Scales } from './scales';

/** Pixel length of the ∇f arrow. */
export const GRAD_LENGTH = 56;

/** Where ∇f's label is set, beyond the arrow's head, and the box it takes in a font of `size` px. */
export function gradLabel(
  at: [number, number],
  gradient: [number, number],
  s: Scales,
  size: number,
): { x: number; y: number; box: LabelBox } {
  const d = s.dir(gradient);
  const P = s.at(at);
  const x = P[0] + d[0] * (GRAD_LENGTH + 13);
  const y = P[1] + d[1] * (GRAD_LENGTH + 13);
  return { x, y, box: labelBox({ x, y, anchor: 'middle' }, textWidth('∇f', size), size) };
}

export function Gradient({
  at,
  gradient,
  label,
  scales: s,
}: {
  at: [number, number];
  gradient: [number, number];
  /** where its label goes (gradLabel, placed by the overlay) */
  label: { x: number; y: number };
  scales: Scales;
}) {
  const d = s.dir(gradient);
  const P = s.at(at);
  const tip: [number, number] = [P[0] + d[0] * GRAD_LENGTH, P[1] + d[1] * GRAD_LENGTH];
  const { shaft, head } = arrow(P, tip, 11);
  return (
    <g data-testid="grad-arrow" className="grad-arrow">
      <path className="grad-casing" d={pathOf(shaft)} />
      {head && <path className="grad-casing" d={`${pathOf(head)}Z`} />}
      <path className="grad-line" d={pathOf(shaft)} stroke={GRAD_COLOR} />
      {head && <path className="grad-head" d={`${pathOf(head)}Z`} fill={GRAD_COLOR} />}
      <text x={label.x} y={label.y} className="overlay-label">
        ∇f
      </text>
    </g>
  );
}
