// "What the overlays teach": the Taylor models at p written out with the current numbers
// (coloured like their overlays; T1, T2 always, T3–T6 where they show, from T4 on grouped behind
// a details element), the Newton step as the quadratic model's stationary point,
// and how far each model is from f under the pointer. The numbers at p themselves (f, ∇f, H,
// eigenvalues, …) are in FactsPanel, just above.
import { useDeferredValue, useMemo } from 'react';
import { useMsg } from '../i18n/i18n';
import { taylorPanelMsg } from '../i18n/teach1';
import { useResults } from '../compute/results';
import { useFollowedResults } from './follow';
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
  const t = useMsg(taylorPanelMsg);
  const hasH = finiteHessian(facts);
  return (
    <>
      <div className="tp-model" style={{ borderLeftColor: T1_COLOR }}>
        <h3 className="tp-title">
          <Swatch color={T1_COLOR} /> {t.t1Title}
        </h3>
        <p className="tp-note">{t.t1Note}</p>
        <Tex className="tp-generic" math="T_1(\mathbf{x}) = f(p) + \nabla f(p)^\top(\mathbf{x} - p)" />
        <div className="tp-tex" data-testid="taylor-t1">
          <Tex math={t1Latex(facts)} />
        </div>
      </div>
      <div className="tp-model" style={{ borderLeftColor: T2_COLOR }}>
        <h3 className="tp-title">
          <Swatch color={T2_COLOR} /> {t.t2Title}
        </h3>
        <p className="tp-note">{t.t2Note}</p>
        <Tex
          className="tp-generic"
          math="T_2(\mathbf{x}) = T_1(\mathbf{x}) + \tfrac12(\mathbf{x} - p)^\top H(p)\,(\mathbf{x} - p)"
        />
        {hasH ? (
          <div className="tp-tex" data-testid="taylor-t2">
            <Tex math={t2Latex(facts)} />
          </div>
        ) : (
          <p className="tp-caution">{t.noT2}</p>
        )}
      </div>
      <HigherModels facts={facts} />
      {hasH && <Newton facts={facts} />}
    </>
  );
}

/** T3…T6 where they show: each as the previous model plus its order-k terms (derivatives from results). */
function HigherModels({ facts }: { facts: PointFacts }) {
  const orders = useScene((s) => s.scene.taylor).filter((k) => k >= 3);
  const derivs = useDeferredValue(useFollowedResults((r) => r.derivatives));
  const t = useMsg(taylorPanelMsg);
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
              <Swatch color={color} /> {t.orderTitle(k)}
            </h3>
            {k === 3 && (
              <Tex
                className="tp-generic"
                math="T_k(\mathbf{x}) = T_{k-1}(\mathbf{x}) + \sum_{j=0}^{k} \frac{\partial^k f(p)}{\partial x^{k-j}\partial y^j}\,\frac{(x-p_x)^{k-j}(y-p_y)^j}{(k-j)!\,j!}"
              />
            )}
            {!derivs ? (
              <p className="tp-hint muted">{t.computingOrder(k)}</p>
            ) : !ok ? (
              <p className="tp-caution">{t.orderUndefined(k)}</p>
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

function Newton({ facts }: { facts: PointFacts }) {
  const step = newtonStep(facts);
  const { target, kind } = step;
  const t = useMsg(taylorPanelMsg);
  return (
    <div className="tp-newton" data-testid="newton-step" data-kind={kind}>
      <h3 className="tp-title">{t.newtonTitle}</h3>
      {target && (
        <div className="tp-tex">
          <Tex math={newtonLatex(target)} />
        </div>
      )}
      {kind === 'minimum' && <p className="tp-ok">{t.newtonMinimum}</p>}
      {(kind === 'maximum' || kind === 'saddle') && (
        <p className="tp-warning" data-testid="newton-warning">
          {kind === 'saddle' ? t.newtonSaddle : t.newtonMaximum}
        </p>
      )}
      {kind === 'none' && (
        <p className="tp-caution" data-testid="newton-singular">
          {target ? t.nearlySingular : t.singular}
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
  const t = useMsg(taylorPanelMsg);
  if (!cursor) {
    return (
      <p className="tp-hint muted" data-testid="cursor-hint">
        {t.cursorHint}
      </p>
    );
  }
  const [x, y] = cursor;
  const t1 = t1At(facts, x, y);
  const t2 = finiteHessian(facts) ? t2At(facts, x, y) : NaN;
  return (
    <div className="tp-cursor" data-testid="taylor-cursor">
      <p className="tp-note">{t.atPointer(fmt(x), fmt(y))}</p>
      <table className="tp-err">
        <thead>
          <tr>
            <th scope="col">
              <span className="tp-vh">{t.colModel}</span>
            </th>
            <th scope="col">{t.colValue}</th>
            <th scope="col">{t.colError}</th>
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
      <p className="tp-hint muted">{t.shrinks}</p>
    </div>
  );
}

export function TaylorPanel() {
  // Deferred: while p is dragged, the views are drawn first and this panel follows.
  const facts = useDeferredValue(useFollowedResults((r) => r.facts));
  const t = useMsg(taylorPanelMsg);
  if (!facts) return null;
  const defined = finiteT1(facts);
  return (
    <section className="panel tp" aria-labelledby="tp-heading" data-testid="taylor-panel">
      <h2 id="tp-heading">{t.heading}</h2>
      {defined ? (
        <>
          <Models facts={facts} />
          <CursorError facts={facts} />
        </>
      ) : (
        <p className="tp-caution" data-testid="taylor-undefined">
          {t.undefinedAtP}
        </p>
      )}
    </section>
  );
}
