// Problems the user must see: bad URL parameters, failed computations, a formula with nothing
// to draw, and bad input whose field does not show it beside itself (FieldMessage). The
// scene stays drawn; these only explain what was not used.
import { useMemo } from 'react';
import { useResults } from '../compute/results';
import { useLang, useMsg } from '../i18n/i18n';
import { alertsMsg } from '../i18n/views';
import { fmtDomain, problemIn } from '../state/url';
import { useScene } from '../state/store';
import { shownBeside, useBeside } from './FieldMessage';

export function Alerts({ notices }: { notices: string[] }) {
  const t = useMsg(alertsMsg);
  const lang = useLang();
  const problems = useScene((s) => s.problems).map((p) => ({ ...p, message: problemIn(p, lang) }));
  const beside = useBeside((b) => b.shown);
  const domain = useScene((s) => s.scene.domain);
  const error = useResults((r) => r.error);
  const grid = useResults((r) => r.grid);
  // A formula undefined (or overflowing) at every sample, e.g. sqrt(-1 - x^2): the plots are
  // empty, so say why rather than leave a blank picture.
  const nothing = useMemo(() => grid !== null && !grid.v.some((v) => Number.isFinite(v)), [grid]);
  const lines = [
    ...problems.filter((p) => !shownBeside(beside, p)).map((p) => t.problem(p.param, p.message)),
    ...notices,
    ...(error ? [error] : []),
    ...(nothing ? [t.nothingToDraw(fmtDomain(domain))] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <div className="alerts" role="alert" data-testid="alerts">
      <ul>
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </div>
  );
}
