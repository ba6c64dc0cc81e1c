// One line per run: the optimizer, its parameters, where it ended and why.
import { useResults } from '../compute/results';
import type { OptimizerId } from '../state/scene';
import { fmt, STATUS_WORDS } from './format';
import { OPTIMIZER_LABELS, RUN_COLORS } from './palette';

export function RunsPanel() {
  const runs = useResults((r) => r.runs);
  return (
    <section className="panel runs" aria-labelledby="runs-title">
      <h2 id="runs-title">Runs</h2>
      <ul>
        {runs.map((r) => {
          const last = r.iterates[r.iterates.length - 1];
          const id = r.optimizer as OptimizerId;
          const params = Object.entries(r.params)
            .map(([k, v]) => `${k} = ${fmt(v)}`)
            .join(', ');
          return (
            <li key={r.optimizer} data-testid={`run-${r.optimizer}`} data-status={r.status}>
              <span className="swatch" style={{ background: RUN_COLORS[id] }} aria-hidden="true" />
              <strong>{OPTIMIZER_LABELS[id]}</strong>
              {params && <span className="muted"> ({params})</span>}: {STATUS_WORDS[r.status]} after {last.k} iterations, at (
              {fmt(last.x)}, {fmt(last.y)}), f = {fmt(last.value)}, ‖∇f‖ = {fmt(last.gradNorm)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
