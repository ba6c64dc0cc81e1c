// Finite differences as the first-order Taylor expansion read backwards: at p, the error of
// forward and central difference gradients against the exact (AD) gradient for h from 1e-8
// to 1, log-log, computed in the app's float32. Truncation falls like h and h²; rounding
// rises like 1/h; the chosen h is marked.
import { useDeferredValue, useMemo } from 'react';
import { useResults } from '../../compute/results';
import { fdCurve } from '../../compute/panels';
import { useScene } from '../../state/store';
import { fmt } from '../format';
import { Chart, Path } from './Chart';
import { Folded } from './common';
import '../teach.css';

export function FdPanel() {
  const ast = useResults((r) => r.ast);
  // Deferred: while p is dragged, the views are drawn first and this panel follows.
  const facts = useDeferredValue(useResults((r) => r.facts));
  const h = useScene((s) => s.scene.h);
  const opt = useScene((s) => s.scene.opt);
  const setScene = useScene((s) => s.setScene);
  const px = facts?.x;
  const py = facts?.y;
  const curve = useMemo(
    () => (ast && px !== undefined && py !== undefined ? fdCurve(ast, px, py) : null),
    [ast, px, py],
  );

  const head = <h2 id="fd-title">Finite differences: choosing h</h2>;
  const finite = curve ? [...curve.forward, ...curve.central].filter((e) => Number.isFinite(e) && e > 0) : [];
  if (!curve || finite.length < 4 || !curve.exact.every(Number.isFinite)) {
    return (
      <Folded
        name="fd"
        title="Finite differences"
        hint="f or its gradient is undefined near p, so there is nothing to compare: drag p to where f is defined"
      />
    );
  }
  const lo = Math.max(Math.min(...finite) / 3, 1e-14);
  const hi = Math.max(...finite) * 3;
  const y = {
    lo: 10 ** Math.floor(Math.log10(lo)),
    hi: 10 ** Math.ceil(Math.log10(hi)),
    log: true,
    label: '‖g_fd − ∇f‖',
  };
  const pos = (v: number[]) => v.map((e) => (e > 0 ? e : NaN));
  const at = (arr: number[]) => {
    let best = 0;
    curve.hs.forEach((hh, i) => {
      if (Math.abs(Math.log(hh / h)) < Math.abs(Math.log(curve.hs[best] / h))) best = i;
    });
    return arr[best];
  };
  // Slope guides ∝ h and ∝ h², both through the forward error at h = 0.1 (in the truncation
  // regime on any smooth f): only their slopes matter.
  const i01 = curve.hs.findIndex((v) => v >= 0.1 - 1e-12);
  const g0 = curve.forward[i01];
  const guide = (p: number) => curve.hs.map((v) => g0 * (v / 0.1) ** p);
  const exactCentral = curve.best.central >= 0.5;
  const racing = opt.includes('fd-gd') && opt.includes('gd');
  return (
    <section className="panel tc" aria-labelledby="fd-title" data-testid="fd-panel">
      {head}
      <Chart
        x={{ lo: 1e-8, hi: 1, log: true, label: 'h' }}
        y={y}
        label="Gradient error of forward and central differences against h"
        testId="fd-chart"
      >
        {(sx, sy, box) => (
          <>
            {Number.isFinite(g0) && g0 > 0 && (
              <>
                <Path xs={curve.hs} ys={guide(1)} sx={sx} sy={sy} className="tc-guide" testId="fd-guide-h" />
                <Path xs={curve.hs} ys={guide(2)} sx={sx} sy={sy} className="tc-guide" testId="fd-guide-h2" />
                <text x={sx(1e-3)} y={sy(g0 * 1e-2) - 4} className="tc-guide-label">
                  ∝ h
                </text>
                <text x={sx(1e-2)} y={sy(g0 * 1e-2) + 12} className="tc-guide-label">
                  ∝ h²
                </text>
              </>
            )}
            <Path xs={curve.hs} ys={pos(curve.forward)} sx={sx} sy={sy} className="tc-line-fwd" testId="fd-forward" />
            <Path xs={curve.hs} ys={pos(curve.central)} sx={sx} sy={sy} className="tc-line-ctr" testId="fd-central" />
            {h >= 1e-8 && h <= 1 && (
              <g data-testid="fd-h-marker">
                <line x1={sx(h)} x2={sx(h)} y1={box.t} y2={box.b} className="tc-h" />
                <text x={sx(h) + 3} y={box.t + 11} className="tc-h-label">
                  h = {fmt(h)}
                </text>
              </g>
            )}
          </>
        )}
      </Chart>
      <p className="tc-legend">
        <span className="tc-key tc-key-fwd" /> forward (f(p+h) − f(p))/h <span className="tc-key tc-key-ctr" /> central
        (f(p+h) − f(p−h))/2h <span className="tc-key tc-key-guide" /> slopes ∝ h, ∝ h²
      </p>
      <p className="tc-text" data-testid="fd-summary">
        At h = {fmt(h)}: forward error {fmt(at(curve.forward), 3)}, central {fmt(at(curve.central), 3)} (|∇f| ={' '}
        {fmt(Math.hypot(...curve.exact), 3)}). The smallest central error is at h ≈{' '}
        <strong data-testid="fd-best-central">{fmt(curve.best.central, 2)}</strong>, forward at h ≈{' '}
        {fmt(curve.best.forward, 2)}.
        {exactCentral &&
          ' Here central differences have no truncation error over this range of h (f’s odd derivatives of order 3 and up along x and y vanish at p, as for any quadratic), so only rounding is left.'}
      </p>
      <p className="tc-note" data-testid="fd-float32">
        WebGL computes in float32 (about 7 digits), so f itself carries a rounding error of about 6·10⁻⁸·|f|, which the
        difference quotient divides by h: left of the minimum the error rises again like 1/h. The curves bottom out near
        h ≈ 1e-4…1e-3 (forward) and 1e-3…1e-2 (central), not near 1e-8 as they would in float64. Right of the minimum
        the Taylor remainder dominates: error ∝ h (forward), ∝ h² (central).
      </p>
      {!racing && (
        <button
          type="button"
          className="tc-button"
          data-testid="fd-race"
          onClick={() => setScene({ opt: [...new Set([...opt, 'gd' as const, 'fd-gd' as const])] })}
        >
          Race fd-gd beside gd (same lr, step h)
        </button>
      )}
    </section>
  );
}
