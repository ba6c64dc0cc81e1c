// The expansion point typed as coordinates, the Taylor overlays' toggles and the patch size.
import { fmtDomain } from '../state/url';
import { useScene } from '../state/store';
import { NumberField } from './NumberField';
import { taylorColor } from './palette';
import { TAYLOR_ORDERS, withOrder } from '../state/scene';
import { useView } from '../state/view';
import { useAccuracy } from './marks/AccuracyRegions';
import { fmt } from './format';

const TAYLOR_LABELS: Record<number, string> = {
  1: 'T1 tangent plane',
  2: 'T2 quadratic model',
  3: 'T3 cubic',
  4: 'T4',
  5: 'T5',
  6: 'T6',
};

/** A fraction as a percentage with as many digits as it needs (0.01 % … 100 %). */
function fmtPercent(v: number): string {
  const p = v * 100;
  return `${p >= 1 ? Math.round(p) : Number(p.toPrecision(2))} %`;
}

export function PointControls() {
  const point = useScene((s) => s.scene.point);
  const domain = useScene((s) => s.scene.domain);
  const taylor = useScene((s) => s.scene.taylor);
  const patch = useScene((s) => s.scene.patch);
  const setScene = useScene((s) => s.setScene);
  const accuracyLog = useView((v) => v.accuracyLog);
  const setAccuracy = useView((v) => v.setAccuracy);
  const { on: accuracyOn, relative, eps } = useAccuracy();
  const inX = (v: number) =>
    v >= domain[0] && v <= domain[1] ? null : `${v} lies outside the domain ${fmtDomain(domain)}`;
  const inY = (v: number) =>
    v >= domain[2] && v <= domain[3] ? null : `${v} lies outside the domain ${fmtDomain(domain)}`;
  return (
    <fieldset className="point-controls">
      <legend>Expansion point p</legend>
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
          {TAYLOR_LABELS[k]}
        </label>
      ))}
      <label className="accuracy-toggle" title="shade, around p, where each shown model is within ε of f">
        <input
          type="checkbox"
          data-testid="accuracy-toggle"
          checked={accuracyOn}
          onChange={(e) => setAccuracy({ on: e.target.checked })}
        />
        where |f − T<sub>k</sub>| &lt; ε
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
            aria-valuetext={`ε = ${fmt(eps, 3)}, ${fmtPercent(relative)} of f's range on the patch`}
            onChange={(e) => setAccuracy({ log: Number(e.target.value) })}
          />
          <span className="muted small" data-testid="accuracy-eps-value">
            {fmt(eps, 3)} ({fmtPercent(relative)} of f’s range on the patch)
          </span>
        </label>
      )}
      <label className="patch-size">
        patch size
        <input
          type="range"
          min={0.05}
          max={0.5}
          step={0.05}
          value={patch}
          data-testid="patch-size"
          aria-valuetext={`${Math.round(patch * 200)}% of the domain`}
          onChange={(e) => setScene({ patch: Number(e.target.value) })}
        />
      </label>
    </fieldset>
  );
}
