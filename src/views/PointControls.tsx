// The expansion point typed as coordinates, the Taylor overlays' toggles and the patch size.
import { fmtDomain } from '../state/url';
import { useScene } from '../state/store';
import { NumberField } from './NumberField';
import { T1_COLOR, T2_COLOR } from './palette';

export function PointControls() {
  const point = useScene((s) => s.scene.point);
  const domain = useScene((s) => s.scene.domain);
  const taylor = useScene((s) => s.scene.taylor);
  const patch = useScene((s) => s.scene.patch);
  const setScene = useScene((s) => s.setScene);
  const inX = (v: number) => (v >= domain[0] && v <= domain[1] ? null : `${v} lies outside the domain ${fmtDomain(domain)}`);
  const inY = (v: number) => (v >= domain[2] && v <= domain[3] ? null : `${v} lies outside the domain ${fmtDomain(domain)}`);
  return (
    <fieldset className="point-controls">
      <legend>Expansion point p</legend>
      <NumberField param="point x" label="x" value={point[0]} check={inX} testId="point-x" onCommit={(v) => setScene({ point: [v, point[1]] })} />
      <NumberField param="point y" label="y" value={point[1]} check={inY} testId="point-y" onCommit={(v) => setScene({ point: [point[0], v] })} />
      <label className="toggle" style={{ borderColor: T1_COLOR }}>
        <input type="checkbox" data-testid="toggle-t1" checked={taylor.t1} onChange={(e) => setScene({ taylor: { ...taylor, t1: e.target.checked } })} />
        T1 tangent plane
      </label>
      <label className="toggle" style={{ borderColor: T2_COLOR }}>
        <input type="checkbox" data-testid="toggle-t2" checked={taylor.t2} onChange={(e) => setScene({ taylor: { ...taylor, t2: e.target.checked } })} />
        T2 quadratic model
      </label>
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
