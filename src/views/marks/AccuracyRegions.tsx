// Mark: where each shown Taylor model is within ε of f around p (issue 17), filled in the
// model's colour over a white casing, the largest region first so that every outline shows.
// Each region is a path `accuracy-t{k}` with the count of patch samples inside in `data-samples`.
import { taylorColor } from '../palette';
import type { AccuracyRegion } from './accuracy';

export function AccuracyRegions({ regions, eps }: { regions: AccuracyRegion[]; eps: number }) {
  const drawn = [...regions].sort((a, b) => b.samples - a.samples);
  return (
    <g className="accuracy-mark" data-testid="accuracy-regions" data-eps={eps}>
      {drawn.map(({ order, d, samples }) => (
        <g key={order} data-order={order}>
          {d && <path className="accuracy-casing" d={d} />}
          <path
            data-testid={`accuracy-t${order}`}
            data-samples={samples}
            className="accuracy-region"
            d={d}
            fill={taylorColor(order)}
            stroke={taylorColor(order)}
          >
            <title>{`|f − T${order}| < ε here`}</title>
          </path>
        </g>
      ))}
    </g>
  );
}
