// The SVG layer over the contour map, composed of small marks (./marks) fed one `scales`
// object: the Taylor models' level sets on the patch around p, the basins, the trajectories
// up to the scrubbed iteration, the Hessian's eigen-axes, ∇f, the Newton step, the start and
// the expansion point; and the cursor's tooltip beside the SVG. The gestures live in
// marks/useDrag.ts; nothing is computed here beyond placing marks.
import type { PlotlyHTMLElement } from './plotly';
import { useBasins } from '../compute/basins';
import { useLang, useMsg } from '../i18n/i18n';
import { contourMsg } from '../i18n/views';
import { useResults } from '../compute/results';
import { newtonStep } from '../math/taylor';
import { useScene } from '../state/store';
import { useView } from '../state/view';
import { textSize, usePresenting } from './presenting';
import { BasinsLayer } from './teach/BasinsLayer';
import type { AccuracyRegion } from './marks/accuracy';
import { AccuracyRegions } from './marks/AccuracyRegions';
import { CursorTooltip } from './marks/CursorTooltip';
import { EigenAxes } from './marks/EigenAxes';
import { Gradient, gradLabel } from './marks/Gradient';
import { pointLabel, textWidth, type LabelBox } from './marks/geometry';
import { POINT_R, PointHandle, StartHandle } from './marks/Handles';
import { LevelSets } from './marks/LevelSets';
import type { ModelLevels } from './marks/levels';
import { NewtonStep, newtonTipLabel } from './marks/NewtonStep';
import type { Scales } from './marks/scales';
import { SliceHandle } from './marks/SliceHandle';
import { Trails } from './marks/Trails';
import { TrustRegionMark } from './marks/TrustRegion';
import { MethodMarks } from './marks/MethodMarks';
import { useDrag } from './marks/useDrag';
import './marks/marks.css';

export function ContourOverlay({
  scales,
  host,
  levels,
  patchDomain,
  accuracy,
}: {
  scales: Scales;
  host: PlotlyHTMLElement;
  /** the shown models' level sets on the patch (marks/levels.ts) */
  levels: ModelLevels[];
  patchDomain: readonly number[] | null;
  /** where each shown model is within ε of f, and ε (null: not shown) */
  accuracy: { regions: AccuracyRegion[]; eps: number } | null;
}) {
  const t = useMsg(contourMsg);
  const point = useScene((s) => s.scene.point);
  const start = useScene((s) => s.scene.start);
  const domain = useScene((s) => s.scene.domain);
  const setScene = useScene((s) => s.setScene);
  const facts = useResults((r) => r.facts);
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const basinsOn = useScene((s) => s.scene.basins !== 'off');
  const basinMap = useBasins((b) => b.map);
  const dir = useScene((s) => s.scene.dir);
  const lang = useLang();
  const present = usePresenting();

  const gestures = useDrag(host, scales, domain, setScene);

  const valid = facts !== null && Number.isFinite(facts.value) && Number.isFinite(facts.gradNorm);
  const step = valid ? newtonStep(facts) : null;
  const g = scales.geometry;
  // the Newton tip's label and ∇f's, placed once here: the λ labels keep off them (EigenAxes)
  const tipLabel = step ? newtonTipLabel(step, point, valid ? facts.gradient : null, scales, lang, present) : null;
  const gradient = valid && facts.gradNorm > 0 ? facts.gradient : null;
  const gLabel = gradient ? gradLabel(point, gradient, scales, textSize(13, present)) : null;
  const avoid: LabelBox[] = [tipLabel?.box, gLabel?.box].filter((b): b is LabelBox => b !== undefined);
  // p's label keeps off the marks drawn from p (the Newton step, ∇f, the eigen-axes, the slice's
  // handle) and the labels above
  const P = scales.at(point);
  const fromP: [number, number][] = [];
  if (step?.target && step.target.every(Number.isFinite)) {
    const T = scales.at(step.target);
    fromP.push([T[0] - P[0], T[1] - P[1]]);
  }
  if (gradient) fromP.push(scales.dir(gradient));
  if (valid)
    for (const v of facts.eigenvectors) {
      const d = scales.dir(v);
      fromP.push(d, [-d[0], -d[1]]);
    }
  if (typeof dir === 'number') {
    const rad = (dir * Math.PI) / 180;
    fromP.push(scales.dir([Math.cos(rad), Math.sin(rad)]));
  }
  // (.point-label's font: 15 px, 1.5× presenting)
  const pSize = textSize(15, present);
  const pLabel = pointLabel(P, fromP, avoid, textWidth('p', pSize), pSize, POINT_R + 0.6 * pSize);

  return (
    <>
      <svg
        className="contour-overlay"
        width="100%"
        height="100%"
        aria-hidden={false}
        role="group"
        aria-label={t.overlayLabel}
      >
        <defs>
          <clipPath id="contour-clip">
            <rect x={g.l} y={g.t} width={g.w} height={g.h} />
          </clipPath>
        </defs>
        <g clipPath="url(#contour-clip)">
          {accuracy && <AccuracyRegions regions={accuracy.regions} eps={accuracy.eps} />}
          <LevelSets models={levels} scales={scales} patch={patchDomain} dim={accuracy !== null} />
          {basinsOn && basinMap && <BasinsLayer map={basinMap} px={scales.x} py={scales.y} />}
          <Trails runs={runs} iter={iter} scales={scales} />
          <TrustRegionMark runs={runs} iter={iter} scales={scales} />
          <MethodMarks runs={runs} iter={iter} scales={scales} />
          {valid && <EigenAxes facts={facts} scales={scales} avoid={avoid} />}
          {gradient && gLabel && <Gradient at={point} gradient={gradient} label={gLabel} scales={scales} />}
          {step && tipLabel && <NewtonStep step={step} from={point} label={tipLabel} scales={scales} />}
          <StartHandle start={start} domain={domain} scales={scales} setScene={setScene} />
        </g>
        {typeof dir === 'number' && <SliceHandle point={point} angle={dir} scales={scales} setScene={setScene} />}
        <PointHandle
          point={point}
          label={pLabel}
          domain={domain}
          scales={scales}
          gestures={gestures}
          setScene={setScene}
        />
      </svg>
      <CursorTooltip scales={scales} />
    </>
  );
}
