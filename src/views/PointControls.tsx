// The expansion point typed as coordinates, the Taylor overlays' toggles and the patch size.
import { useMsg } from '../i18n/i18n';
import { pointMsg, slot } from '../i18n/views';
import { fmtDomain } from '../state/url';
import { useScene } from '../state/store';
import { NumberField } from './NumberField';
import { taylorColor } from './palette';
import { TAYLOR_ORDERS, withOrder } from '../state/scene';
import { useView } from '../state/view';
import { useAccuracy } from './marks/AccuracyRegions';
import { fmt } from './format';

/** A Taylor model's toggle: T1–T3 with a word, the higher orders by name alone. */
function taylorLabel(t: ReturnType<typeof pointMsg>, k: number): string {
  return k === 1 ? t.t1 : k === 2 ? t.t2 : k === 3 ? t.t3 : `T${k}`;
}

/** A fraction as a percentage with as many digits as it needs (0.01 % … 100 %). */
function fmtPercent(v: number): string {
  const p = v * 100;
  return `${p >= 1 ? Math.round(p) : Number(p.toPrecision(2))} %`;
}

export function PointControls() {
  const t = useMsg(pointMsg);
  const point = useScene((s) => s.scene.point);
  const domain = useScene((s) => s.scene.domain);
  const taylor = useScene((s) => s.scene.taylor);
  const patch = useScene((s) => s.scene.patch);
  const setScene = useScene((s) => s.setScene);
  const accuracyLog = useView((v) => v.accuracyLog);
  const setAccuracy = useView((v) => v.setAccuracy);
  const { on: accuracyOn, relative, eps } = useAccuracy();
  // written when the value is typed, in the language in use (the store keeps it until fixed)
  const inX = (v: number) => (v >= domain[0] && v <= domain[1] ? null : t.outside(String(v), fmtDomain(domain)));
  const inY = (v: number) => (v >= domain[2] && v <= domain[3] ? null : t.outside(String(v), fmtDomain(domain)));
  const [accuracyBefore, accuracyAfter] = slot(t.accuracyLabel);
  return (
    <fieldset className="point-controls">
      <legend>{t.legend}</legend>
      <NumberField
        param="point x"
        label="x"
        value={point[0]}
        check={inX}
        testId="point-x"
        onCommit={(v) => setScene({ point: [v, point[1]] })}
      />
      <NumberField
        param="point y"
        label="y"
        value={point[1]}
        check={inY}
        testId="point-y"
        onCommit={(v) => setScene({ point: [point[0], v] })}
      />
      {TAYLOR_ORDERS.map((k) => (
        <label key={k} className="toggle" style={{ borderColor: taylorColor(k) }}>
          <input
            type="checkbox"
            data-testid={`toggle-t${k}`}
            checked={taylor.includes(k)}
            onChange={(e) => setScene({ taylor: withOrder(taylor, k, e.target.checked) })}
          />
          {taylorLabel(t, k)}
        </label>
      ))}
      <label className="accuracy-toggle" title={t.accuracyTitle}>
        <input
          type="checkbox"
          data-testid="accuracy-toggle"
          checked={accuracyOn}
          onChange={(e) => setAccuracy({ on: e.target.checked })}
        />
        {accuracyBefore}
        <sub>k</sub>
        {accuracyAfter}
      </label>
      {accuracyOn && (
        <label className="patch-size">
          ε
          <input
            type="range"
            min={-4}
            max={0}
            step={0.25}
            value={accuracyLog}
            data-testid="accuracy-eps"
            aria-valuetext={t.epsValueText(fmt(eps, 3), fmtPercent(relative))}
            onChange={(e) => setAccuracy({ log: Number(e.target.value) })}
          />
          <span className="muted small" data-testid="accuracy-eps-value">
            {t.epsValue(fmt(eps, 3), fmtPercent(relative))}
          </span>
        </label>
      )}
      <label className="patch-size">
        {t.patchSize}
        <input
          type="range"
          min={0.05}
          max={0.5}
          step={0.05}
          value={patch}
          data-testid="patch-size"
          aria-valuetext={t.patchValueText(Math.round(patch * 200))}
          onChange={(e) => setScene({ patch: Number(e.target.value) })}
        />
      </label>
    </fieldset>
  );
}
