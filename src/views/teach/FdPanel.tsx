// Finite differences as the first-order Taylor expansion read backwards: at p, the error of
// forward and central difference gradients against the exact (AD) gradient for h from 1e-8
// to 1, log-log, computed in the app's float32. Truncation falls like h and h²; rounding
// rises like 1/h; the chosen h is marked.
import { useDeferredValue, useMemo } from 'react';
import { useResults } from '../../compute/results';
import { useFollowedResults } from '../follow';
import { useMsg } from '../../i18n/i18n';
import { fdMsg } from '../../i18n/teach1';
import { fdCurve } from '../../compute/panels';
import { useScene } from '../../state/store';
import { fmt } from '../format';
import { Chart, Path } from './Chart';
import { Folded } from './common';
import '../teach.css';

export function FdPanel() {
  const ast = useResults((r) => r.ast);
  // Deferred: while p is dragged, the views are drawn first and this panel follows.
  const facts = useDeferredValue(useFollowedResults((r) => r.facts));
  const h = useScene((s) => s.scene.h);
  const opt = useScene((s) => s.scene.opt);
  const setScene = useScene((s) => s.setScene);
  const t = useMsg(fdMsg);
  const px = facts?.x;
  const py = facts?.y;
  const curve = useMemo(
    () => (ast && px !== undefined && py !== undefined ? fdCurve(ast, px, py) : null),
    [ast, px, py],
  );

  const head = <h2 id="fd-title">{t.title}</h2>;
  const finite = curve ? [...curve.forward, ...curve.central].filter((e) => Number.isFinite(e) && e > 0) : [];
  if (!curve || finite.length < 4 || !curve.exact.every(Number.isFinite)) {
    return <Folded name="fd" title={t.foldedTitle} hint={t.foldedHint} />;
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
      <Chart x={{ lo: 1e-8, hi: 1, log: true, label: 'h' }} y={y} label={t.chartLabel} testId="fd-chart">
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
        <span className="tc-key tc-key-fwd" /> {t.forward} (f(p+h) − f(p))/h <span className="tc-key tc-key-ctr" />{' '}
        {t.central} (f(p+h) − f(p−h))/2h <span className="tc-key tc-key-guide" /> {t.slopes} ∝ h, ∝ h²
      </p>
      <p className="tc-text" data-testid="fd-summary">
        {t.summaryA(fmt(h), fmt(at(curve.forward), 3), fmt(at(curve.central), 3), fmt(Math.hypot(...curve.exact), 3))}
        <strong data-testid="fd-best-central">{fmt(curve.best.central, 2)}</strong>
        {t.summaryB(fmt(curve.best.forward, 2))}
        {exactCentral && t.exactCentral}
      </p>
      <p className="tc-note" data-testid="fd-float32">
        {t.float32}
      </p>
      {!racing && (
        <button
          type="button"
          className="tc-button"
          data-testid="fd-race"
          onClick={() => setScene({ opt: [...new Set([...opt, 'gd' as const, 'fd-gd' as const])] })}
        >
          {t.race}
        </button>
      )}
    </section>
  );
}
