// Under the contour map: the basins toggle (off / Newton / damped Newton), the progress of the
// computation, and the legend of the coloured layer.
import { useBasins } from '../../compute/basins';
import type { Scene } from '../../state/scene';
import { useScene } from '../../state/store';
import { fmt } from '../format';
import { basinColors, KIND_WORDS, MAX_FOUND_MARKED } from './basins-view';
import '../teach.css';

const CHOICES: { id: Scene['basins']; label: string }[] = [
  { id: 'off', label: 'off' },
  { id: 'newton', label: 'Newton' },
  { id: 'damped-newton', label: 'damped Newton' },
];

const MAX_ROWS = 8;

/** "110 minima, 5 saddles" */
function rest(kinds: string[]): string {
  const plural: Record<string, string> = {
    minimum: 'minima',
    maximum: 'maxima',
    saddle: 'saddles',
    degenerate: 'degenerate points',
  };
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${n === 1 ? k : (plural[k] ?? k)}`).join(', ');
}

export function BasinsBar() {
  const basins = useScene((s) => s.scene.basins);
  const setScene = useScene((s) => s.setScene);
  const { status, progress, map, message } = useBasins();
  const colors = map ? basinColors(map) : [];
  const rows = map
    ? map.classes
        .map((c, i) => ({ c, color: colors[i] }))
        .filter(({ c }) => c.count > 0)
        .sort((a, b) => b.c.count - a.c.count)
    : [];
  const total = map ? map.labels.length : 0;
  return (
    <div className="bb" data-testid="basins-bar">
      <div className="bb-toggle" role="radiogroup" aria-label="Colour the map by basins of attraction">
        <span className="bb-label">Basins:</span>
        {CHOICES.map((c) => (
          <button
            key={c.id}
            type="button"
            role="radio"
            aria-checked={basins === c.id}
            data-testid={`basins-${c.id}`}
            onClick={() => setScene({ basins: c.id })}
          >
            {c.label}
          </button>
        ))}
        {status === 'running' && (
          <span className="bb-progress" data-testid="basins-progress">
            <progress max={1} value={progress} aria-label="Basins computed" /> computing…
          </span>
        )}
      </div>
      {status === 'error' && message && (
        <p className="bb-error" role="alert">
          {message}
        </p>
      )}
      {basins !== 'off' && status === 'done' && map && (
        <div className="bb-legend" data-testid="basins-legend">
          <p className="bb-caption">
            Each pixel: where {map.method === 'newton' ? 'Newton' : 'damped Newton'} goes from that start ({map.n}×
            {map.n} starts, all at once on tfjs).
          </p>
          <ul>
            {rows.slice(0, rows.length > MAX_ROWS + 2 ? MAX_ROWS : rows.length).map(({ c, color }, i) => (
              <li key={i} data-testid="basins-legend-item" data-kind={c.kind}>
                <span className="bb-swatch" style={{ background: color }} />
                {KIND_WORDS[c.kind]}
                {c.x !== undefined && ` (${fmt(c.x, 3)}, ${fmt(c.y!, 3)})`}
                {c.known === false && ' found'} <span className="muted">{fmt((100 * c.count) / total, 2)}%</span>
              </li>
            ))}
            {rows.length > MAX_ROWS + 2 && (
              <li className="muted">
                … and {rows.length - MAX_ROWS} more: {rest(rows.slice(MAX_ROWS).map((r) => r.c.kind))}
              </li>
            )}
          </ul>
          <p className="bb-caption muted">
            Markers: ● minimum ▲ maximum ✕ saddle
            {map.classes.filter((c) => c.known === false && c.count > 0).length > MAX_FOUND_MARKED
              ? ' (only the catalog’s: too many critical points were found to mark them all)'
              : ''}
            .
          </p>
        </div>
      )}
    </div>
  );
}
