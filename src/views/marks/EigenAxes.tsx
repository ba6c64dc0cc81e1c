// Mark: the Hessian's eigen-directions at p, in their own blue over a white casing (solid where
// λ > 0: f curves up along it; dashed where λ < 0: it curves down), labelled λ₁ and λ₂.
import type { PointFacts } from '../../math/hessian';
import { EIGEN_COLOR } from '../palette';
import { textSize, usePresenting } from '../presenting';
import { eigenLabelSide, pathOf, textWidth, type LabelBox } from './geometry';
import type { Scales } from './scales';

/** Half-length of each axis in pixels. */
export const EIGEN_HALF = 45;

export function EigenAxes({
  facts,
  scales: s,
  avoid = [],
}: {
  facts: PointFacts;
  scales: Scales;
  /** other labels' boxes: a λ label goes to the other end of its axis rather than over one */
  avoid?: LabelBox[];
}) {
  const present = usePresenting();
  const size = textSize(13, present);
  const P = s.at([facts.x, facts.y]);
  return (
    <g className="eigen-axes">
      {facts.eigenvectors.map((v, i) => {
        const d = s.dir(v);
        const neg = facts.eigenvalues[i] < 0;
        const text = i === 0 ? 'λ₁' : 'λ₂';
        const side = eigenLabelSide(P, d, EIGEN_HALF + 10, textWidth(text, size), size, avoid);
        const line = pathOf([
          [P[0] - d[0] * EIGEN_HALF, P[1] - d[1] * EIGEN_HALF],
          [P[0] + d[0] * EIGEN_HALF, P[1] + d[1] * EIGEN_HALF],
        ]);
        return (
          <g
            key={i}
            data-testid={`eigen-axis-${i + 1}`}
            data-sign={neg ? 'negative' : 'positive'}
            className="eigen-axis"
          >
            <path className="eigen-casing" d={line} />
            <path className="eigen-line" d={line} stroke={EIGEN_COLOR} strokeDasharray={neg ? '6 4' : undefined} />
            <text
              x={P[0] + side * d[0] * (EIGEN_HALF + 10)}
              y={P[1] + side * d[1] * (EIGEN_HALF + 10)}
              className="overlay-label eigen-label"
              fill={EIGEN_COLOR}
            >
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
