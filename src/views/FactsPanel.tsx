// The point facts at the expansion point p: f, ∇f, H, its eigenvalues and eigen-directions,
// curvature class and condition number, as numbers. (TaylorPanel, below it, writes the models
// built from them.)
import { useFollowedResults } from './follow';
import { useMsg } from '../i18n/i18n';
import { factsMsg } from '../i18n/views';
import type { Curvature } from '../math/hessian';
import { fmt } from './format';

type FactsText = ReturnType<typeof factsMsg>;

/** The curvature class in words. */
const CURVATURE_WORDS: Record<Curvature, (t: FactsText) => string> = {
  'positive-definite': (t) => t.positiveDefinite,
  'negative-definite': (t) => t.negativeDefinite,
  indefinite: (t) => t.indefinite,
  semidefinite: (t) => t.semidefinite,
};

/** A unit-vector component; float noise such as cos(π/2) = 6e−17 is shown as 0. */
function unit(v: number): string {
  return fmt(Math.abs(v) < 1e-9 ? 0 : v);
}

/** ∞ for a singular Hessian; "undefined" where H itself is (never NaN). */
function conditionText(t: FactsText, k: number): string {
  if (Number.isNaN(k)) return t.undefined;
  return Number.isFinite(k) ? fmt(k) : t.singular;
}

export function FactsPanel() {
  const t = useMsg(factsMsg);
  const p = useFollowedResults((r) => r.facts);
  if (!p) return null;
  const [[a, b], [, c]] = p.hessian;
  const [v1, v2] = p.eigenvectors;
  return (
    <section className="panel facts" aria-labelledby="facts-title" data-testid="facts">
      <h2 id="facts-title">{t.title}</h2>
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
          <table className="matrix" aria-label={t.hessianMatrix}>
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
        <dt>{t.eigenvalues}</dt>
        <dd data-testid="fact-eigenvalues">
          λ₁ = {fmt(p.eigenvalues[0])}, λ₂ = {fmt(p.eigenvalues[1])}
        </dd>
        <dt>{t.eigenDirections}</dt>
        <dd data-testid="fact-eigenvectors" title={t.eigenTitle}>
          v₁ = ({unit(v1[0])}, {unit(v1[1])}), v₂ = ({unit(v2[0])}, {unit(v2[1])})
        </dd>
        <dt>{t.curvature}</dt>
        <dd data-testid="fact-curvature">
          {p.eigenvalues.every(Number.isFinite) ? CURVATURE_WORDS[p.curvature]?.(t) : t.curvatureUndefined}
        </dd>
        <dt>{t.conditionNumber}</dt>
        <dd data-testid="fact-condition">{conditionText(t, p.condition)}</dd>
      </dl>
    </section>
  );
}
