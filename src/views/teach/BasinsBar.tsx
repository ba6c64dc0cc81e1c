// Under the contour map: the basins toggle (off / Newton / damped Newton), the progress of the
// computation, and the legend of the coloured layer.
import { useBasins } from '../../compute/basins';
import { useMsg } from '../../i18n/i18n';
import { basinsMsg } from '../../i18n/teach1';
import type { Scene } from '../../state/scene';
import { useScene } from '../../state/store';
import { fmt } from '../format';
import { basinColors, MAX_FOUND_MARKED } from './basins-view';
import '../teach.css';

type BasinsWords = ReturnType<typeof basinsMsg>;

const CHOICES: { id: Scene['basins']; label: 'off' | 'newton' | 'damped' }[] = [
  { id: 'off', label: 'off' },
  { id: 'newton', label: 'newton' },
  { id: 'damped-newton', label: 'damped' },
];

const MAX_ROWS = 8;

/** "110 minima, 5 saddles" */
function rest(kinds: string[], t: BasinsWords): string {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([k, n]) => t.kindCount(n, k)).join(t.listSep);
}

export function BasinsBar() {
  const basins = useScene((s) => s.scene.basins);
  const setScene = useScene((s) => s.setScene);
  const { status, progress, map, message } = useBasins();
  const t = useMsg(basinsMsg);
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
      <div className="bb-toggle" role="radiogroup" aria-label={t.toggle}>
        <span className="bb-label">{t.label}</span>
        {CHOICES.map((c) => (
          <button
            key={c.id}
            type="button"
            role="radio"
            aria-checked={basins === c.id}
            data-testid={`basins-${c.id}`}
            onClick={() => setScene({ basins: c.id })}
          >
            {t[c.label]}
          </button>
        ))}
        {status === 'running' && (
          <span className="bb-progress" data-testid="basins-progress">
            <progress max={1} value={progress} aria-label={t.progress} /> {t.computing}
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
          <p className="bb-caption">{t.caption(map.method !== 'newton', map.n)}</p>
          <ul>
            {rows.slice(0, rows.length > MAX_ROWS + 2 ? MAX_ROWS : rows.length).map(({ c, color }, i) => (
              <li key={i} data-testid="basins-legend-item" data-kind={c.kind}>
                <span className="bb-swatch" style={{ background: color }} />
                {t.kind(c.kind)}
                {c.x !== undefined && ` (${fmt(c.x, 3)}, ${fmt(c.y!, 3)})`}
                {c.known === false && t.found} <span className="muted">{fmt((100 * c.count) / total, 2)}%</span>
              </li>
            ))}
            {rows.length > MAX_ROWS + 2 && (
              <li className="muted">
                {t.more(
                  rows.length - MAX_ROWS,
                  rest(
                    rows.slice(MAX_ROWS).map((r) => r.c.kind),
                    t,
                  ),
                )}
              </li>
            )}
          </ul>
          <p className="bb-caption muted">
            {t.markers}
            {map.classes.filter((c) => c.known === false && c.count > 0).length > MAX_FOUND_MARKED ? t.onlyCatalog : ''}
            {t.end}
          </p>
        </div>
      )}
    </div>
  );
}
