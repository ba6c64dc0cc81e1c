// The point facts at the expansion point p: f, ∇f, H, its eigenvalues, curvature class and
// condition number, as numbers.
import { useResults } from '../compute/results';
import { fmt } from './format';

const CURVATURE_WORDS: Record<string, string> = {
  'positive-definite': 'positive definite (a bowl: p is near a minimum of the quadratic model)',
  'negative-definite': 'negative definite (a dome: the quadratic model has a maximum)',
  indefinite: 'indefinite (a saddle: curving up one way, down the other)',
  semidefinite: 'semidefinite (flat in one direction)',
};

export function FactsPanel() {
  const p = useResults((r) => r.facts);
  if (!p) return null;
  const [[a, b], [, c]] = p.hessian;
  return (
    <section className="panel facts" aria-labelledby="facts-title" data-testid="facts">
      <h2 id="facts-title">At the expansion point p</h2>
      <dl>
        <dt>p</dt>
        <dd data-testid="fact-point">
          ({fmt(p.x)}, {fmt(p.y)})
        </dd>
        <dt>f(p)</dt>
        <dd data-testid="fact-value">{fmt(p.value, 6)}</dd>
        <dt>∇f(p)</dt>
        <dd data-testid="fact-gradient">
          ({fmt(p.gradient[0])}, {fmt(p.gradient[1])}) <span className="muted">‖∇f‖ = {fmt(p.gradNorm)}</span>
        </dd>
        <dt>H(p)</dt>
        <dd data-testid="fact-hessian">
          <table className="matrix" aria-label="Hessian matrix">
            <tbody>
              <tr>
                <td>{fmt(a)}</td>
                <td>{fmt(b)}</td>
              </tr>
              <tr>
                <td>{fmt(b)}</td>
                <td>{fmt(c)}</td>
              </tr>
            </tbody>
          </table>
        </dd>
        <dt>eigenvalues</dt>
        <dd data-testid="fact-eigenvalues">
          λ₁ = {fmt(p.eigenvalues[0])}, λ₂ = {fmt(p.eigenvalues[1])}
        </dd>
        <dt>curvature</dt>
        <dd data-testid="fact-curvature">{CURVATURE_WORDS[p.curvature]}</dd>
        <dt>condition number</dt>
        <dd data-testid="fact-condition">{Number.isFinite(p.condition) ? fmt(p.condition) : '∞ (singular Hessian)'}</dd>
      </dl>
    </section>
  );
}
