// Problems the user must see: bad URL parameters, bad input, failed computations. The
// scene stays drawn; these only explain what was not used.
import { useResults } from '../compute/results';
import { useScene } from '../state/store';

export function Alerts({ notices }: { notices: string[] }) {
  const problems = useScene((s) => s.problems);
  const error = useResults((r) => r.error);
  const lines = [...problems.map((p) => `${p.param}: ${p.message}`), ...notices, ...(error ? [error] : [])];
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
