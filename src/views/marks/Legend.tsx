// The key to what is not obvious on the map: the models' level sets (and their spacing), the
// Newton step, the eigen-axes and the trails (colour and marker). A strip under the map, so it
// covers nothing on a small screen and is never under plotly's modebar.
import type { ReactNode } from 'react';
import { useLang, useMsg } from '../../i18n/i18n';
import { marksMsg } from '../../i18n/views';
import { useHeld } from '../useHeld';
import { useScene } from '../../state/store';
import { useView } from '../../state/view';
import { fmt } from '../format';
import { EIGEN_COLOR, NEWTON_STEP_COLOR, runLabel, runStyle, taylorColor, taylorDash } from '../palette';
import { markerPath } from './geometry';
import type { ModelLevels } from './levels';

export interface LegendProps {
  models: ModelLevels[];
  newton: boolean;
  eigen: boolean;
  runs: string[];
  /** ε where the accuracy regions are shown, else null */
  eps?: number | null;
  /** a trust-region run is shown: its disk, step and Cauchy point are on the map */
  trustRegion?: boolean;
  /** a Nesterov run is shown: its look-ahead point and step are on the map */
  lookAhead?: boolean;
  /** a conjugate-gradients run is shown: its restarts are ringed */
  restarts?: boolean;
  /** an SGD run is shown: its step, the full-gradient step and the spread of mini-batch steps */
  sgd?: boolean;
  /** linear regression: the least-squares answer is marked */
  target?: boolean;
}

const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];

/** A 24 × 12 swatch. */
function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="ml-swatch" width={24} height={12} viewBox="0 0 24 12" aria-hidden="true">
      {children}
    </svg>
  );
}

/**
 * The key, held as it was while p is dragged: its text (the level spacing, a model gone flat)
 * changes with p and can wrap onto another line, which would resize the map under the
 * pointer (issue 15: nothing may move under an active drag). It catches up on release.
 */
export function Legend(props: LegendProps) {
  const dragging = useView((v) => v.dragging);
  return <LegendList {...useHeld(props, dragging)} />;
}

function LegendList({
  models,
  newton,
  eigen,
  runs,
  eps = null,
  trustRegion = false,
  lookAhead = false,
  restarts = false,
  sgd = false,
  target = false,
}: LegendProps) {
  const embed = useScene((s) => s.scene.embed);
  const t = useMsg(marksMsg);
  const lang = useLang();
  const items: { key: string; text: string; swatch: ReactNode }[] = [];
  for (const m of models) {
    const name = `T${SUB[m.order] ?? m.order}`;
    items.push({
      key: `t${m.order}`,
      text: m.paths.length ? t.levels(name, fmt(m.step)) : t.flat(name),
      swatch: (
        <line
          x1={1}
          x2={23}
          y1={6}
          y2={6}
          stroke={taylorColor(m.order)}
          strokeWidth={2.5}
          strokeDasharray={taylorDash(m.order)}
        />
      ),
    });
  }
  if (eps !== null)
    items.push({
      key: 'accuracy',
      text: t.shaded(fmt(eps)),
      swatch: <rect x={1} y={1} width={22} height={10} fill="#888" fillOpacity={0.3} stroke="#555" strokeWidth={1.5} />,
    });
  if (newton)
    items.push({
      key: 'newton',
      text: t.newtonStep,
      swatch: (
        <>
          <line x1={1} x2={16} y1={6} y2={6} stroke={NEWTON_STEP_COLOR} strokeWidth={3} />
          <path d="M14,1.5L23,6L14,10.5Z" fill={NEWTON_STEP_COLOR} />
        </>
      ),
    });
  if (eigen)
    items.push({
      key: 'eigen',
      text: t.eigenAxes,
      swatch: <line x1={1} x2={23} y1={6} y2={6} stroke={EIGEN_COLOR} strokeWidth={2.5} />,
    });
  if (trustRegion) {
    const c = runStyle('trust-region').color;
    items.push({
      key: 'trust-region-disk',
      text: t.trustRegion,
      swatch: (
        <>
          <circle cx={12} cy={6} r={5} fill="none" stroke={c} strokeWidth={1.5} strokeDasharray="3 2" />
          <rect x={17} y={1} width={5} height={5} fill="#fff" stroke={c} strokeWidth={1.2} />
        </>
      ),
    });
  }
  if (lookAhead) {
    const c = runStyle('nesterov').color;
    items.push({
      key: 'nesterov-lookahead',
      text: t.lookAhead,
      swatch: (
        <>
          <line x1={1} x2={12} y1={6} y2={6} stroke={c} strokeWidth={2} strokeDasharray="3 2" />
          <path d="M17,1L22,6L17,11L12,6Z" fill="#fff" stroke={c} strokeWidth={1.5} />
        </>
      ),
    });
  }
  if (restarts)
    items.push({
      key: 'cg-restart',
      text: t.cgRestart,
      swatch: <circle cx={12} cy={6} r={5} fill="none" stroke={runStyle('cg').color} strokeWidth={2} />,
    });
  if (sgd) {
    const c = runStyle('sgd').color;
    items.push({
      key: 'sgd-noise',
      text: t.sgdNoise,
      swatch: (
        <>
          <ellipse
            cx={12}
            cy={6}
            rx={10}
            ry={5}
            fill={c}
            fillOpacity={0.15}
            stroke={c}
            strokeWidth={1.5}
            strokeDasharray="3 2"
          />
          <circle cx={12} cy={6} r={2.5} fill="#fff" stroke="#111" strokeWidth={1.2} />
        </>
      ),
    });
  }
  if (target)
    items.push({
      key: 'ls-target',
      text: t.leastSquares,
      swatch: (
        <>
          <circle cx={12} cy={6} r={4.5} fill="none" stroke="#111" strokeWidth={1.5} />
          <path d="M5,6H19M12,0V12" stroke="#111" strokeWidth={1.2} />
        </>
      ),
    });
  for (const id of runs) {
    const st = runStyle(id);
    items.push({
      key: `run-${id}`,
      text: runLabel(id, lang),
      swatch: (
        <>
          <line x1={1} x2={23} y1={6} y2={6} stroke={st.color} strokeWidth={2.5} />
          <path d={markerPath(st.marker, 4)} transform="translate(12,6)" fill={st.color} />
        </>
      ),
    });
  }
  if (!items.length) return null;
  // in an embed the key is one line: the optimizers' colours first, where a narrow frame shows them
  if (embed) items.sort((a, b) => Number(b.key.startsWith('run-')) - Number(a.key.startsWith('run-')));
  return (
    // tabIndex: in an embed the key is one line that scrolls sideways; a keyboard reaches it
    <ul className="map-legend" data-testid="map-legend" aria-label={t.keyLabel} tabIndex={0}>
      {items.map((it) => (
        <li key={it.key} data-testid="legend-item" data-key={it.key}>
          <Swatch>{it.swatch}</Swatch>
          {it.text}
        </li>
      ))}
    </ul>
  );
}
