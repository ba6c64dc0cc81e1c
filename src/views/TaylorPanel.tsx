// "What the overlays teach": the Taylor models at p written out with the current numbers
// (coloured like their overlays; T1, T2 always, T3–T6 where they show, from T4 on grouped behind
// a details element), the Newton step as the quadratic model's stationary point,
// and how far each model is from f under the pointer. The numbers at p themselves (f, ∇f, H,
// eigenvalues, …) are in FactsPanel, just above.
import { useDeferredValue, useMemo } from 'react';
import { useResults } from '../compute/results';
import { valueAt } from '../compute/cursor';
import type { PointFacts } from '../math/hessian';
import { newtonStep, t1At, t2At } from '../math/taylor';
import { useScene } from '../state/store';
import { useView } from '../state/view';
import { fmt } from './format';
import { T1_COLOR, T2_COLOR, taylorColor } from './palette';
import { finiteHessian, finiteOrder, finiteT1, newtonLatex, t1Latex, t2Latex, tkLatex } from './taylor-text';
import { Tex } from './Tex';
import './teach.css';

function Swatch({ color }: { color: string }) {
  return <span className="tp-swatch" style={{ background: color }} aria-hidden="true" />;
}

function Models({ facts }: { facts: PointFacts }) {
  const hasH = finiteHessian(facts);
  return (
    <>
      <div className="tp-model" style={{ borderLeftColor: T1_COLOR }}>
        <h3 className="tp-title">
          <Swatch color={T1_COLOR} /> T₁, the tangent plane
        </h3>
        <p className="tp-note">Same value and slope as f at p:</p>
        <Tex className="tp-generic" math="T_1(\mathbf{x}) = f(p) + \nabla f(p)^\top(\mathbf{x} - p)" />
        <div className="tp-tex" data-testid="taylor-t1">
          <Tex math={t1Latex(facts)} />
        </div>
      </div>
      <div className="tp-model" style={{ borderLeftColor: T2_COLOR }}>
        <h3 className="tp-title">
          <Swatch color={T2_COLOR} /> T₂, the quadratic model
        </h3>
        <p className="tp-note">Also the same curvature as f at p:</p>
        <Tex
          className="tp-generic"
          math="T_2(\mathbf{x}) = T_1(\mathbf{x}) + \tfrac12(\mathbf{x} - p)^\top H(p)\,(\mathbf{x} - p)"
        />
        {hasH ? (
          <div className="tp-tex" data-testid="taylor-t2">
            <Tex math={t2Latex(facts)} />
          </div>
        ) : (
          <p className="tp-caution">H is undefined at p, so there is no quadratic model.</p>
        )}
      </div>
      <HigherModels facts={facts} />
      {hasH && <Newton facts={facts} />}
    </>
  );
}

const SUBSCRIPT = ['₀', '₁', '₂', '₃', '₄', '₅', '₆'];

/** T3…T6 where they show: each as the previous model plus its order-k terms (derivatives from results). */
function HigherModels({ facts }: { facts: PointFacts }) {
  const orders = useScene((s) => s.scene.taylor).filter((k) => k >= 3);
  const derivs = useDeferredValue(useResults((r) => r.derivatives));
  if (orders.length === 0) return null;
  const at: [number, number] = [facts.x, facts.y];
  return (
    <>
      {orders.map((k) => {
        const color = taylorColor(k);
        const ok = finiteOrder(derivs, k);
        return (
          <div className="tp-model" style={{ borderLeftColor: color }} key={k} data-testid={`taylor-model-${k}`}>
            <h3 className="tp-title">
              <Swatch color={color} /> T{SUBSCRIPT[k]}, order {k}
            </h3>
            {k === 3 && (
              <Tex
                className="tp-generic"
                math="T_k(\mathbf{x}) = T_{k-1}(\mathbf{x}) + \sum_{j=0}^{k} \frac{\partial^k f(p)}{\partial x^{k-j}\partial y^j}\,\frac{(x-p_x)^{k-j}(y-p_y)^j}{(k-j)!\,j!}"
              />
            )}
            {!derivs ? (
              <p className="tp-hint muted">Computing the derivatives of order {k}…</p>
            ) : !ok ? (
              <p className="tp-caution">
                A derivative of order {k} is undefined at p, so T{SUBSCRIPT[k]} is too.
              </p>
            ) : k <= 3 ? (
              <div className="tp-tex" data-testid={`taylor-t${k}`}>
                <Tex math={tkLatex(derivs, k, at)} />
              </div>
            ) : (
              <details data-testid={`taylor-t${k}`}>
                <summary>
                  <Tex math={tkLatex(derivs, k, at, true)} />
                </summary>
                <div className="tp-tex">
                  <Tex math={tkLatex(derivs, k, at)} />
                </div>
              </details>
            )}
          </div>
        );
      })}
    </>
  );
}

const WARNING: Record<'maximum' | 'saddle', string> = {
  saddle:
    'H is indefinite: the quadratic model has a saddle there, not a minimum — a full Newton step goes toward it, which is why plain Newton can walk uphill.',
  maximum:
    'H is negative definite: the quadratic model has a maximum there, not a minimum — a full Newton step goes toward it, which is why plain Newton can walk uphill.',
};

function Newton({ facts }: { facts: PointFacts }) {
  const step = newtonStep(facts);
  const { target, kind } = step;
  return (
    <div className="tp-newton" data-testid="newton-step" data-kind={kind}>
      <h3 className="tp-title">Newton’s step from p</h3>
      {target && (
        <div className="tp-tex">
          <Tex math={newtonLatex(target)} />
        </div>
      )}
      {kind === 'minimum' && <p className="tp-ok">The quadratic model’s minimum: Newton jumps there.</p>}
      {(kind === 'maximum' || kind === 'saddle') && (
        <p className="tp-warning" data-testid="newton-warning">
          {WARNING[kind]}
        </p>
      )}
      {kind === 'none' && (
        <p className="tp-caution" data-testid="newton-singular">
          {target
            ? 'H is (nearly) singular: the model is flat in one direction, so this stationary point is not a unique minimum; a Newton step there is unreliable.'
            : 'H is singular: the model has no unique stationary point; Newton cannot step.'}
        </p>
      )}
    </div>
  );
}

/** f from the tfjs engine at the pointer; NaN where f is undefined or the evaluation failed. */
function safeValueAt(...args: Parameters<typeof valueAt>): number {
  try {
    return valueAt(...args);
  } catch {
    return NaN;
  }
}

/** |f − T| as text, or a dash where either side is undefined. */
function errText(f: number, t: number): string {
  const e = Math.abs(f - t);
  return Number.isFinite(e) ? fmt(e) : '—';
}

function CursorError({ facts }: { facts: PointFacts }) {
  const cursor = useView((s) => s.cursor);
  const ast = useResults((r) => r.ast);
  const f = useMemo(() => (cursor && ast ? safeValueAt(ast, cursor[0], cursor[1]) : NaN), [ast, cursor]);
  if (!cursor) {
    return (
      <p className="tp-hint muted" data-testid="cursor-hint">
        Move the pointer over the contour map to compare f with its Taylor models.
      </p>
    );
  }
  const [x, y] = cursor;
  const t1 = t1At(facts, x, y);
  const t2 = finiteHessian(facts) ? t2At(facts, x, y) : NaN;
  return (
    <div className="tp-cursor" data-testid="taylor-cursor">
      <p className="tp-note">
        At the pointer ({fmt(x)}, {fmt(y)}):
      </p>
      <table className="tp-err">
        <thead>
          <tr>
            <th scope="col">
              <span className="tp-vh">model</span>
            </th>
            <th scope="col">value</th>
            <th scope="col">|f − model|</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">f</th>
            <td data-testid="cursor-f">{fmt(f)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">
              <Swatch color={T1_COLOR} /> T₁
            </th>
            <td data-testid="cursor-t1">{fmt(t1)}</td>
            <td data-testid="err-t1">{errText(f, t1)}</td>
          </tr>
          <tr>
            <th scope="row">
              <Swatch color={T2_COLOR} /> T₂
            </th>
            <td data-testid="cursor-t2">{fmt(t2)}</td>
            <td data-testid="err-t2">{errText(f, t2)}</td>
          </tr>
        </tbody>
      </table>
      <p className="tp-hint muted">Closer to p, |f − T₁| shrinks like distance², |f − T₂| like distance³.</p>
    </div>
  );
}

export function TaylorPanel() {
  // Deferred: while p is dragged, the views are drawn first and this panel follows.
  const facts = useDeferredValue(useResults((r) => r.facts));
  if (!facts) return null;
  const defined = finiteT1(facts);
  return (
    <section className="panel tp" aria-labelledby="tp-heading" data-testid="taylor-panel">
      <h2 id="tp-heading">What the overlays teach</h2>
      {defined ? (
        <>
          <Models facts={facts} />
          <CursorError facts={facts} />
        </>
      ) : (
        <p className="tp-caution" data-testid="taylor-undefined">
          f is undefined at p (or its gradient is), so it has no Taylor models there: drag p to where f is defined.
        </p>
      )}
    </section>
  );
}
