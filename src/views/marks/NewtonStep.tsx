// Mark: Newton's step from p to the quadratic model's stationary point p − H⁻¹∇f, black over a
// white casing (no colour of the map, a trail or a model is black), its tip a ring labelled
// with what that point is for T2: "min of T2", "saddle of T2" or "max of T2" (from the
// Hessian's curvature at p). Dashed where the step does not go to a minimum.
import type { Lang } from '../../i18n/i18n';
import type { NewtonStep as Step } from '../../math/taylor';
import { NEWTON_STEP_COLOR } from '../palette';
import { textSize } from '../presenting';
import { arrow, keepInside, labelBox, newtonTipText, pathOf, textWidth, tipLabel, type LabelBox } from './geometry';
import type { Scales } from './scales';

/** The Newton tip's label: its words, where it is set (whole inside the plot, its width
 *  estimated from the text: bold, 13 px; 20 px presenting) and the box it takes. */
export function newtonTipLabel(
  step: Step,
  from: [number, number],
  gradient: [number, number] | null,
  s: Scales,
  lang: Lang,
  present: boolean,
): { text: string; x: number; y: number; anchor: 'start' | 'end' | 'middle'; box: LabelBox } | null {
  if (!step.target || !step.target.every(Number.isFinite)) return null;
  const text = newtonTipText(step.kind, lang);
  const size = textSize(13, present);
  const width = textWidth(text, size);
  const label = keepInside(
    tipLabel(s.at(from), s.at(step.target), s.geometry, gradient ? s.dir(gradient) : null),
    width,
    s.geometry,
  );
  return { text, ...label, box: labelBox(label, width, size) };
}

export function NewtonStep({
  step,
  from,
  label,
  scales: s,
}: {
  step: Step;
  from: [number, number];
  /** the tip's label, placed by the overlay (newtonTipLabel), which keeps other labels off it */
  label: NonNullable<ReturnType<typeof newtonTipLabel>>;
  scales: Scales;
}) {
  if (!step.target || !step.target.every(Number.isFinite)) return null;
  const P = s.at(from);
  const T = s.at(step.target);
  // the arrow ends on the ring around the tip
  const len = Math.hypot(T[0] - P[0], T[1] - P[1]);
  const ring = 5;
  const end: [number, number] =
    len > ring ? [T[0] - ((T[0] - P[0]) / len) * ring, T[1] - ((T[1] - P[1]) / len) * ring] : T;
  const { shaft, head } = arrow(P, end, 13);
  const dash = step.kind === 'minimum' ? undefined : '8 5';
  return (
    <g data-testid="newton-arrow" data-kind={step.kind} className="newton-step">
      <path className="newton-casing" d={pathOf(shaft)} />
      {head && <path className="newton-casing" d={`${pathOf(head)}Z`} />}
      <path className="newton-line" d={pathOf(shaft)} stroke={NEWTON_STEP_COLOR} strokeDasharray={dash} />
      {head && <path className="newton-head" d={`${pathOf(head)}Z`} fill={NEWTON_STEP_COLOR} />}
      <circle className="newton-tip" cx={T[0]} cy={T[1]} r={ring} stroke={NEWTON_STEP_COLOR} />
      <text
        data-testid="newton-tip-label"
        className="newton-label"
        x={label.x}
        y={label.y}
        textAnchor={label.anchor}
        fill={NEWTON_STEP_COLOR}
      >
        {label.text}
      </text>
    </g>
  );
}
