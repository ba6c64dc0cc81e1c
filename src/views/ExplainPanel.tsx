// "Explain this step": the selected run's step from the scrubbed iteration, in words with its
// numbers (views/explain.ts). While playback is paused the same text goes to a polite live
// region, so a screen-reader user hears each step as they step or scrub through a run.
import { useMemo } from 'react';
import { useResults } from '../compute/results';
import { useLang, useMsg } from '../i18n/i18n';
import { explainMsg } from '../i18n/methods';
import { useView } from '../state/view';
import { explainStep } from './explain';
import { useRunPick } from './teach/common';
import './teach.css';
import './controls.css';

export function ExplainPanel() {
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const playing = useView((v) => v.playing);
  const [run, picker] = useRunPick(runs);
  const lang = useLang();
  const t = useMsg(explainMsg);
  const lines = useMemo(() => (run ? explainStep(run, iter, lang) : []), [run, iter, lang]);
  if (!run) return null;
  return (
    <section className="panel tc" aria-labelledby="ex-title" data-testid="explain-panel">
      <h2 id="ex-title">{t.title}</h2>
      {picker}
      <div className="tc-text" data-testid="explain-text" style={{ display: 'grid', gap: '0.4rem' }}>
        {lines.map((l, i) => (
          <p key={i} className="tc-text">
            {l}
          </p>
        ))}
      </div>
      <p className="pb-sr" aria-live="polite" data-testid="explain-live">
        {playing ? '' : lines.join(' ')}
      </p>
    </section>
  );
}
