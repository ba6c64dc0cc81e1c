// Shared by the teaching panels: the step a run took at the scrubbed iteration, a picker
// among the runs a panel can show, small matrix / vector text, and the one-line form of a
// panel with nothing to show yet (with a button that adds the optimizer it needs).
import { useState, type ReactElement } from 'react';
import { useMsg } from '../../i18n/i18n';
import { teachCommonMsg } from '../../i18n/teach1';
import type { Iterate, StepDetail, Trajectory } from '../../math/optimizers/types';
import { OPTIMIZER_IDS, type OptimizerId } from '../../state/scene';
import { useScene } from '../../state/store';
import { useOpening } from '../opening';
import '../messages.css';
import { fmt, vec } from '../format';
import { OPTIMIZER_LABELS, RUN_COLORS } from '../palette';

export interface ScrubbedStep {
  /** the iterate the step starts from */
  it: Iterate;
  detail: StepDetail;
  /** true when the scrubber is past the run's end and its last step is shown instead */
  last: boolean;
}

/** The step from iterate min(iter, last) (or, past the end of the run, its last step). */
export function stepAt(run: Trajectory, iter: number, has: (d: StepDetail) => boolean): ScrubbedStep | null {
  const lastK = run.iterates.length - 1;
  const k = Math.min(iter, lastK);
  for (let j = k; j >= Math.max(0, k - 1); j--) {
    const it = run.iterates[j];
    if (it.detail && has(it.detail)) return { it, detail: it.detail, last: j < k };
  }
  return null;
}

/** Which of the candidate runs the panel shows; a row of buttons when there are several. */
export function useRunPick(runs: Trajectory[]): [Trajectory | null, ReactElement | null] {
  const [pick, setPick] = useState<string | null>(null);
  const t = useMsg(teachCommonMsg);
  const chosen = runs.find((r) => r.optimizer === pick) ?? runs[0] ?? null;
  const picker =
    runs.length > 1 ? (
      <div className="tc-pick" role="group" aria-label={t.runShown}>
        {runs.map((r) => (
          <button
            key={r.optimizer}
            type="button"
            aria-pressed={r === chosen}
            data-testid={`pick-${r.optimizer}`}
            onClick={() => setPick(r.optimizer)}
            style={{ borderColor: RUN_COLORS[r.optimizer as OptimizerId] }}
          >
            {OPTIMIZER_LABELS[r.optimizer as OptimizerId] ?? r.optimizer}
          </button>
        ))}
      </div>
    ) : null;
  return [chosen, picker];
}

export { vec };

/** TeX number (minus sign, exponent as ×10^); not finite: "undefined" in the language in use. */
export function texNum(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return `\\text{${teachCommonMsg().undefined}}`;
  const s = fmt(v, digits).replace(/−/g, '-');
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  return m ? `${m[1]}\\times 10^{${Number(m[2])}}` : s;
}

export const texMat = (m: [number, number, number, number]) =>
  `\\begin{pmatrix} ${texNum(m[0])} & ${texNum(m[1])} \\\\ ${texNum(m[2])} & ${texNum(m[3])} \\end{pmatrix}`;
export const texVec = (v: [number, number]) => `\\begin{pmatrix} ${texNum(v[0])} \\\\ ${texNum(v[1])} \\end{pmatrix}`;

export function Matrix({ m, label, testId }: { m: [number, number, number, number]; label: string; testId?: string }) {
  return (
    <table className="matrix tc-matrix" aria-label={label} data-testid={testId}>
      <tbody>
        <tr>
          <td>{fmt(m[0])}</td>
          <td>{fmt(m[1])}</td>
        </tr>
        <tr>
          <td>{fmt(m[2])}</td>
          <td>{fmt(m[3])}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The optimizers with `id` added, in the panel's order (OPTIMIZER_IDS). */
export function withOptimizer(opt: readonly OptimizerId[], id: OptimizerId): OptimizerId[] {
  return OPTIMIZER_IDS.filter((o) => o === id || opt.includes(o));
}

/**
 * A teaching panel folded to one line while it has nothing to show: its title, what would
 * make it useful, and (where an optimizer would) a button that adds that optimizer to the race.
 */
export function Folded({
  name,
  title,
  hint,
  add,
  openAt,
}: {
  /** the panel's test-id prefix, e.g. "ls" */
  name: string;
  title: string;
  hint: string;
  add?: OptimizerId;
  /** the iteration playback opens at once the added optimizer has run (where the panel shows most) */
  openAt?: number;
}) {
  const opt = useScene((s) => s.scene.opt);
  const setScene = useScene((s) => s.setScene);
  const t = useMsg(teachCommonMsg);
  return (
    <section
      className="panel tc tc-folded"
      aria-labelledby={`${name}-title`}
      data-testid={`${name}-panel`}
      data-folded="true"
    >
      <h2 id={`${name}-title`}>{title}</h2>
      <p className="tc-hint muted" data-testid={`${name}-hint`}>
        {hint}
      </p>
      {add && !opt.includes(add) && (
        <button
          type="button"
          className="tc-add"
          data-testid={`${name}-add`}
          onClick={() => {
            useOpening.getState().openNextAt(openAt ?? null);
            setScene({ opt: withOptimizer(opt, add) });
          }}
        >
          {t.add(OPTIMIZER_LABELS[add] ?? add)}
        </button>
      )}
    </section>
  );
}
