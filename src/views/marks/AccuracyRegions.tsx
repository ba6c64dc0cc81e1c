// Mark: where each shown Taylor model is within ε of f around p (issue 17), filled in the
// model's colour over a white casing, the largest region first so that every outline shows.
// Each region is a path `accuracy-t{k}` with the count of patch samples inside in `data-samples`.
import { useMemo } from 'react';
import { useMsg } from '../../i18n/i18n';
import { marksMsg } from '../../i18n/views';
import { useResults } from '../../compute/results';
import { useView } from '../../state/view';
import { taylorColor } from '../palette';
import { absoluteEpsilon, type AccuracyRegion } from './accuracy';

export function AccuracyRegions({ regions, eps }: { regions: AccuracyRegion[]; eps: number }) {
  const t = useMsg(marksMsg);
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
            <title>{t.accurateHere(order)}</title>
          </path>
        </g>
      ))}
    </g>
  );
}

/** The accuracy regions' setting as the views use it: whether they are shown, ε as a fraction
 *  of f's range on the patch (the slider), and ε in f's units (0 before a patch exists). */
export function useAccuracy(): { on: boolean; relative: number; eps: number } {
  const on = useView((v) => v.accuracyOn);
  const relative = 10 ** useView((v) => v.accuracyLog);
  const f = useResults((r) => r.patch?.f);
  const eps = useMemo(() => (f ? absoluteEpsilon(f, relative) : 0), [f, relative]);
  return { on, relative, eps };
}
