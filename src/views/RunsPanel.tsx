// The runs as a legend: one row per run with its colour, optimizer and parameters, where it is
// at the scrubbed iteration (k, f, ‖∇f‖), and — once the scrubber has reached its end — how it
// ended, in words that say what the status means here (compute/runEnds.ts, math/runStatus.ts).
import { useResults } from '../compute/results';
import { useRunStatuses } from '../compute/runEnds';
import { useMsg } from '../i18n/i18n';
import { runsMsg } from '../i18n/views';
import type { RunStatusCode } from '../math/runStatus';
import type { OptimizerId } from '../state/scene';
import { useView } from '../state/view';
import { lastK } from './controls-logic';
import { fmt } from './format';
import { OPTIMIZER_LABELS, RUN_COLORS } from './palette';
import './controls.css';
import './messages.css';

/** How each ending reads: reached a minimum, worth a second look, or went wrong. */
const TONE: Partial<Record<RunStatusCode, 'good' | 'note'>> = {
  converged: 'good',
  'line-search-float32': 'good',
  'stalled-float32': 'good',
  'max-steps-float32': 'good',
  'converged-saddle': 'note',
  'converged-maximum': 'note',
  flat: 'note',
  'max-steps': 'note',
};

export function RunsPanel() {
  const t = useMsg(runsMsg);
  // the optimizers' names follow the language (OPTIMIZER_LABELS reads it)
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const progress = useResults((r) => r.runsProgress);
  const statuses = useRunStatuses();
  return (
    <section className="panel runs" aria-labelledby="runs-title">
      <h2 id="runs-title">{t.title}</h2>
      {progress !== null && (
        <p className="muted small" role="status" data-testid="runs-progress">
          {t.computing(Math.round(progress * 100))} <progress value={progress} max={1} aria-label={t.progressLabel} />
        </p>
      )}
      {runs.length === 0 && progress === null && <p className="muted small">{t.none}</p>}
      <ul>
        {runs.map((r, i) => {
          const st = statuses[i];
          const id = r.optimizer as OptimizerId;
          const end = lastK(r);
          const k = Math.min(iter, end);
          // k runs 0, 1, 2, …: iterate k is at index k.
          const it = r.iterates[Math.min(k, r.iterates.length - 1)];
          const done = iter >= end;
          const params = Object.entries(r.params)
            .map(([name, v]) => `${name} = ${fmt(v)}`)
            .join(', ');
          return (
            <li
              key={r.optimizer}
              className="rn-row"
              data-testid={`run-${r.optimizer}`}
              data-status={r.status}
              data-status-code={st?.code}
            >
              <div className="rn-head">
                <span className="swatch" style={{ background: RUN_COLORS[id] ?? '#777' }} aria-hidden="true" />
                <strong>{OPTIMIZER_LABELS[id] ?? r.optimizer}</strong>
                {params && <span className="muted small"> ({params})</span>}
              </div>
              {it && (
                <div className="rn-now small">
                  <span>k = {it.k}</span>
                  <span>f = {fmt(it.value)}</span>
                  <span>‖∇f‖ = {fmt(it.gradNorm)}</span>
                </div>
              )}
              <div
                className={done ? `rn-status small rn-tone-${(st && TONE[st.code]) ?? 'bad'}` : 'rn-status small muted'}
                data-testid={`run-status-${r.optimizer}`}
              >
                {done ? (st?.words ?? r.status) : t.running}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
