// Mark: each run's trajectory up to the scrubbed iteration: a line over a white casing, its
// iterates as small markers of the optimizer's shape, the current iterate as a large one.
import { useMemo } from 'react';
import { useLang, useMsg } from '../../i18n/i18n';
import { marksMsg } from '../../i18n/views';
import type { Trajectory } from '../../math/optimizers/types';
import { fmt } from '../format';
import { runLabel, runStyle } from '../palette';
import { markerPath, pathOf } from './geometry';
import type { Scales } from './scales';

/** Iterates drawn as markers up to this many per run (beyond, the line alone). */
const MAX_MARKERS = 400;

export function Trails({ runs, iter, scales: s }: { runs: Trajectory[]; iter: number; scales: Scales }) {
  const t = useMsg(marksMsg);
  const lang = useLang();
  const trails = useMemo(
    () =>
      runs.map((run) => {
        const last = run.iterates.length - 1;
        const shown = run.iterates
          .slice(0, Math.min(iter, last) + 1)
          .filter((it) => Number.isFinite(it.x) && Number.isFinite(it.y));
        return { run, shown, done: iter >= last };
      }),
    [runs, iter],
  );
  return (
    <g className="trails">
      {trails.map(({ run, shown, done }) => {
        const id = run.optimizer;
        const { color, marker } = runStyle(id);
        const label = runLabel(id, lang);
        const pts = shown.map((it) => s.at([it.x, it.y]));
        const line = pathOf(pts);
        const small = markerPath(marker, 2.8);
        const big = markerPath(marker, 6.5);
        const cur = shown[shown.length - 1];
        return (
          <g
            key={id}
            data-testid={`trail-${id}`}
            data-count={shown.length}
            data-done={done ? 'true' : 'false'}
            data-marker={marker}
          >
            <path className="trail-casing" d={line} />
            <path className="trail-line" d={line} stroke={color} />
            {pts.length <= MAX_MARKERS &&
              pts.map((p, i) => (
                <path key={shown[i].k} d={small} transform={`translate(${p[0]},${p[1]})`} fill={color} />
              ))}
            {cur && (
              <path
                className="trail-current"
                d={big}
                transform={`translate(${pts[pts.length - 1][0]},${pts[pts.length - 1][1]})`}
                fill={color}
              >
                <title>{t.trailTitle(label, cur.k, fmt(cur.x), fmt(cur.y), fmt(cur.value))}</title>
              </path>
            )}
          </g>
        );
      })}
    </g>
  );
}
