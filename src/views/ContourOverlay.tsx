// The SVG layer over the contour map: trajectories up to the scrubbed iteration, the start,
// the expansion point (dragged with the pointer or moved with arrow keys), ∇f, the Hessian's
// eigen-directions and the Newton step. Gestures become scene edits; nothing is computed here.
import type { PlotlyHTMLElement } from './plotly';
import { useEffect, useMemo, useRef } from 'react';
import { useBasins } from '../compute/basins';
import { useResults } from '../compute/results';
import { BasinsLayer } from './teach/BasinsLayer';
import { newtonStep } from '../math/taylor';
import type { OptimizerId } from '../state/scene';
import { useScene } from '../state/store';
import { useView } from '../state/view';
import { OPTIMIZER_LABELS, RUN_COLORS, T1_COLOR, T2_COLOR } from './palette';
import { fmt } from './format';

export interface Geometry {
  l: number;
  t: number;
  w: number;
  h: number;
  xr: [number, number];
  yr: [number, number];
}

interface Drag {
  id: number;
  /** the animation frame, or the task, that will apply the latest position */
  frame: number;
  task: ReturnType<typeof setTimeout> | undefined;
  /** whether one of them is waiting */
  pending: boolean;
  /** when a position was last applied (performance.now) */
  at: number;
  /** the latest pointer position, in the host's pixels */
  c: [number, number] | null;
  /** whether pointerrawupdate events are arriving for this drag */
  raw: boolean;
  onRaw?: (e: Event) => void;
}
const FRAME_MS = 16;

const ARROW = 56; // pixel length of the ∇f arrow and the eigen-axes' half-length
const LONG_PRESS_MS = 550;

/** Round a dragged coordinate to a readable precision (1/1000 of the visible span). */
function tidy(v: number, span: number): number {
  const step = 10 ** Math.floor(Math.log10(span / 1000));
  return Number((Math.round(v / step) * step).toPrecision(12));
}

/** The Taylor models' level sets as SVG path data in the overlay's pixels (null: not shown). */
export interface LevelSets {
  t1: string | null;
  t2: string | null;
}

export function ContourOverlay({
  geometry: g,
  host,
  levelSets,
}: {
  geometry: Geometry;
  host: PlotlyHTMLElement;
  levelSets?: LevelSets | null;
}) {
  const point = useScene((s) => s.scene.point);
  const start = useScene((s) => s.scene.start);
  const domain = useScene((s) => s.scene.domain);
  const taylor = useScene((s) => s.scene.taylor);
  const setScene = useScene((s) => s.setScene);
  const facts = useResults((r) => r.facts);
  const patch = useResults((r) => r.patch);
  const runs = useResults((r) => r.runs);
  const iter = useView((v) => v.iter);
  const basinsOn = useScene((s) => s.scene.basins !== 'off');
  const basinMap = useBasins((b) => b.map);

  const px = (x: number) => g.l + ((x - g.xr[0]) / (g.xr[1] - g.xr[0])) * g.w;
  const py = (y: number) => g.t + (1 - (y - g.yr[0]) / (g.yr[1] - g.yr[0])) * g.h;
  const toData = (cx: number, cy: number): [number, number] => [
    g.xr[0] + ((cx - g.l) / g.w) * (g.xr[1] - g.xr[0]),
    g.yr[0] + (1 - (cy - g.t) / g.h) * (g.yr[1] - g.yr[0]),
  ];
  const clampToDomain = (p: [number, number]): [number, number] => [
    tidy(Math.min(domain[1], Math.max(domain[0], p[0])), g.xr[1] - g.xr[0]),
    tidy(Math.min(domain[3], Math.max(domain[2], p[1])), g.yr[1] - g.yr[0]),
  ];
  const latest = useRef({ toData, clampToDomain, setScene });
  useEffect(() => {
    latest.current = { toData, clampToDomain, setScene };
  });

  // Pointer gestures on the whole plot: cursor tracking, shift-click / long-press to set the
  // start. Listeners in the capture phase so plotly's own pan does not also take them.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let downAt: [number, number] | null = null;
    let frame = 0;
    const local = (e: PointerEvent): [number, number] => {
      const r = host.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    const insidePlot = (c: [number, number]) => c[0] >= g.l && c[0] <= g.l + g.w && c[1] >= g.t && c[1] <= g.t + g.h;
    const setStart = (c: [number, number]) =>
      latest.current.setScene({ start: latest.current.clampToDomain(latest.current.toData(c[0], c[1])) });
    const onDown = (e: PointerEvent) => {
      const c = local(e);
      if (!insidePlot(c)) return;
      if (e.shiftKey) {
        e.stopPropagation();
        e.preventDefault();
        setStart(c);
        return;
      }
      if (e.pointerType === 'touch') {
        downAt = c;
        timer = setTimeout(() => {
          if (downAt) setStart(downAt);
          downAt = null;
        }, LONG_PRESS_MS);
      }
    };
    const cancel = () => {
      clearTimeout(timer);
      downAt = null;
    };
    const onMove = (e: PointerEvent) => {
      const c = local(e);
      if (downAt && Math.hypot(c[0] - downAt[0], c[1] - downAt[1]) > 8) cancel();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        useView.getState().setCursor(insidePlot(c) ? latest.current.toData(c[0], c[1]) : null),
      );
    };
    const onLeave = () => {
      cancel();
      cancelAnimationFrame(frame);
      useView.getState().setCursor(null);
    };
    host.addEventListener('pointerdown', onDown, true);
    host.addEventListener('pointermove', onMove);
    host.addEventListener('pointerup', cancel);
    host.addEventListener('pointerleave', onLeave);
    return () => {
      cancel();
      cancelAnimationFrame(frame);
      host.removeEventListener('pointerdown', onDown, true);
      host.removeEventListener('pointermove', onMove);
      host.removeEventListener('pointerup', cancel);
      host.removeEventListener('pointerleave', onLeave);
    };
  }, [host, g.l, g.t, g.w, g.h]);

  // Dragging the expansion point: pointer capture on the handle. Where the browser has
  // pointerrawupdate, each move is taken as it arrives instead of at the next frame (pointermove
  // waits for it: 4–45 ms measured here), at most once per frame, in a task so that moves queued
  // behind a long computation are folded into the latest, and at the latest with the frame's
  // pointermove; elsewhere, one edit per frame.
  const drag = useRef<Drag | null>(null);
  const handleAt = (e: PointerEvent | React.PointerEvent): [number, number] => {
    const r = host.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const moveTo = (c: [number, number]) => {
    const { clampToDomain: clamp, toData: data, setScene: set } = latest.current;
    set({ point: clamp(data(c[0], c[1])) });
  };
  const apply = (d: Drag) => {
    d.pending = false;
    d.at = performance.now();
    if (d.c) moveTo(d.c);
  };
  const stopRaw = (d: Drag) => {
    if (d.onRaw) window.removeEventListener('pointerrawupdate', d.onRaw, true);
  };
  useEffect(
    () => () => {
      const d = drag.current;
      if (!d) return;
      stopRaw(d);
      cancelAnimationFrame(d.frame);
      clearTimeout(d.task);
    },
    [],
  );
  const onHandleDown = (e: React.PointerEvent<SVGCircleElement>) => {
    e.stopPropagation();
    e.preventDefault();
    (e.target as SVGCircleElement).setPointerCapture(e.pointerId);
    if (drag.current) stopRaw(drag.current);
    const d: Drag = { id: e.pointerId, frame: 0, task: undefined, pending: false, at: -Infinity, c: null, raw: false };
    if ('onpointerrawupdate' in window) {
      d.onRaw = (ev: Event) => {
        const pe = ev as PointerEvent;
        if (drag.current !== d || pe.pointerId !== d.id) return;
        d.raw = true;
        d.c = handleAt(pe);
        if (d.pending) return;
        d.pending = true;
        if (performance.now() - d.at >= FRAME_MS) d.task = setTimeout(() => apply(d), 0);
        else d.frame = requestAnimationFrame(() => apply(d));
      };
      window.addEventListener('pointerrawupdate', d.onRaw, true);
    }
    drag.current = d;
    useView.getState().setDragging(true);
  };
  const onHandleMove = (e: React.PointerEvent<SVGCircleElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    d.c = handleAt(e);
    if (d.raw) {
      // pointermove comes at the frame: a raw move still waiting for its task (which a busy
      // page, say one playing the runs, can hold back) is taken now, in this frame
      if (d.pending) {
        clearTimeout(d.task);
        cancelAnimationFrame(d.frame);
        apply(d);
      }
      return;
    }
    cancelAnimationFrame(d.frame);
    d.frame = requestAnimationFrame(() => apply(d));
  };
  const onHandleUp = (e: React.PointerEvent<SVGCircleElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    // a move still waiting for its task or frame is applied: p ends where it was let go
    stopRaw(d);
    drag.current = null;
    useView.getState().setDragging(false);
  };
  const onHandleKey = (e: React.KeyboardEvent<SVGCircleElement>) => {
    const stepX = (domain[1] - domain[0]) / (e.shiftKey ? 10 : 100);
    const stepY = (domain[3] - domain[2]) / (e.shiftKey ? 10 : 100);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-stepX, 0],
      ArrowRight: [stepX, 0],
      ArrowUp: [0, stepY],
      ArrowDown: [0, -stepY],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    setScene({ point: clampToDomain([point[0] + m[0], point[1] + m[1]]) });
  };

  const trails = useMemo(
    () =>
      runs.map((run) => {
        const last = run.iterates.length - 1;
        const shown = run.iterates
          .slice(0, Math.min(iter, last) + 1)
          .filter((it) => Number.isFinite(it.x) && Number.isFinite(it.y));
        return { run, shown, done: iter >= last };
      }),
    [runs, iter],
  );

  // Directions in data space become pixel directions with the axes' scales (y flips).
  const sx = g.w / (g.xr[1] - g.xr[0]);
  const sy = g.h / (g.yr[1] - g.yr[0]);
  const pixelDir = (v: [number, number]): [number, number] => {
    const a = v[0] * sx;
    const b = -v[1] * sy;
    const n = Math.hypot(a, b) || 1;
    return [a / n, b / n];
  };

  const P: [number, number] = [px(point[0]), py(point[1])];
  const valid = facts !== null && Number.isFinite(facts.value) && Number.isFinite(facts.gradNorm);
  const grad = valid && facts.gradNorm > 0 ? pixelDir(facts.gradient) : null;
  const newton = valid ? newtonStep(facts) : null;
  const newtonOk = newton?.target && newton.target.every(Number.isFinite);
  const uphill = newton && (newton.kind === 'maximum' || newton.kind === 'saddle');
  const clipId = 'contour-clip';

  return (
    <svg
      className="contour-overlay"
      width="100%"
      height="100%"
      aria-hidden={false}
      role="group"
      aria-label="Expansion point, start and trajectories"
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={g.l} y={g.t} width={g.w} height={g.h} />
        </clipPath>
        <marker
          id="arrow-grad"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#111" />
        </marker>
        <marker
          id="arrow-newton"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={uphill ? '#B2182B' : T2_COLOR} />
        </marker>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {levelSets?.t1 != null && (
          <path
            data-testid="level-sets-t1"
            className="level-sets"
            d={levelSets.t1}
            fill="none"
            stroke={T1_COLOR}
            strokeWidth={2}
            strokeDasharray="3 3"
          />
        )}
        {levelSets?.t2 != null && (
          <path
            data-testid="level-sets-t2"
            className="level-sets"
            d={levelSets.t2}
            fill="none"
            stroke={T2_COLOR}
            strokeWidth={2}
          />
        )}
        {basinsOn && basinMap && <BasinsLayer map={basinMap} px={px} py={py} />}
        {patch && (taylor.includes(1) || taylor.includes(2)) && (
          <rect
            className="patch-outline"
            x={px(patch.domain[0])}
            y={py(patch.domain[3])}
            width={px(patch.domain[1]) - px(patch.domain[0])}
            height={py(patch.domain[2]) - py(patch.domain[3])}
          />
        )}
        {trails.map(({ run, shown, done }) => {
          const id = run.optimizer as OptimizerId;
          const color = RUN_COLORS[id];
          const cur = shown[shown.length - 1];
          return (
            <g key={id} data-testid={`trail-${id}`} data-count={shown.length} data-done={done ? 'true' : 'false'}>
              <polyline
                points={shown.map((it) => `${px(it.x)},${py(it.y)}`).join(' ')}
                fill="none"
                stroke="#fff"
                strokeWidth={5}
                strokeLinejoin="round"
                opacity={0.7}
              />
              <polyline
                points={shown.map((it) => `${px(it.x)},${py(it.y)}`).join(' ')}
                fill="none"
                stroke={color}
                strokeWidth={2.5}
                strokeLinejoin="round"
              />
              {shown.length <= 400 &&
                shown.map((it) => <circle key={it.k} cx={px(it.x)} cy={py(it.y)} r={2.6} fill={color} />)}
              {cur && (
                <circle cx={px(cur.x)} cy={py(cur.y)} r={6} fill={color} stroke="#fff" strokeWidth={2}>
                  <title>{`${OPTIMIZER_LABELS[id]}, iteration ${cur.k}: (${fmt(cur.x)}, ${fmt(cur.y)}), f = ${fmt(cur.value)}`}</title>
                </circle>
              )}
            </g>
          );
        })}
        {valid &&
          facts.eigenvectors.map((v, i) => {
            const d = pixelDir(v);
            const neg = facts.eigenvalues[i] < 0;
            return (
              <g key={i} data-testid={`eigen-axis-${i + 1}`} className="eigen-axis">
                <line
                  x1={P[0] - d[0] * ARROW * 0.8}
                  y1={P[1] - d[1] * ARROW * 0.8}
                  x2={P[0] + d[0] * ARROW * 0.8}
                  y2={P[1] + d[1] * ARROW * 0.8}
                  stroke={neg ? '#B2182B' : '#2166AC'}
                  strokeWidth={2}
                  strokeDasharray={neg ? '5 3' : undefined}
                />
                <text x={P[0] + d[0] * ARROW * 0.95} y={P[1] + d[1] * ARROW * 0.95} className="overlay-label">
                  {i === 0 ? 'λ₁' : 'λ₂'}
                </text>
              </g>
            );
          })}
        {grad && (
          <g data-testid="grad-arrow">
            <line
              x1={P[0]}
              y1={P[1]}
              x2={P[0] + grad[0] * ARROW}
              y2={P[1] + grad[1] * ARROW}
              stroke="#111"
              strokeWidth={2.5}
              markerEnd="url(#arrow-grad)"
            />
            <text x={P[0] + grad[0] * (ARROW + 12)} y={P[1] + grad[1] * (ARROW + 12)} className="overlay-label">
              ∇f
            </text>
          </g>
        )}
        {newton && newtonOk && newton.target && (
          <g data-testid="newton-arrow" data-kind={newton.kind}>
            <line
              x1={P[0]}
              y1={P[1]}
              x2={px(newton.target[0])}
              y2={py(newton.target[1])}
              stroke={uphill ? '#B2182B' : T2_COLOR}
              strokeWidth={2.5}
              strokeDasharray="7 4"
              markerEnd="url(#arrow-newton)"
            />
            <circle cx={px(newton.target[0])} cy={py(newton.target[1])} r={4} fill={uphill ? '#B2182B' : T2_COLOR} />
          </g>
        )}
        <g
          data-testid="start-marker"
          className="start-handle"
          transform={`translate(${px(start[0])},${py(start[1])})`}
          tabIndex={0}
          role="slider"
          aria-label={`Start of the optimizers (${fmt(start[0])}, ${fmt(start[1])}). Use the arrow keys to move it.`}
          aria-valuetext={`(${fmt(start[0])}, ${fmt(start[1])})`}
          onKeyDown={(e) => {
            // Arrow keys move the start as they move p (Shift: ten times further).
            const k = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
            if (!k) return;
            e.preventDefault();
            const f = e.shiftKey ? 10 : 100;
            setScene({
              start: clampToDomain([
                start[0] + (k[0] * (domain[1] - domain[0])) / f,
                start[1] + (k[1] * (domain[3] - domain[2])) / f,
              ]),
            });
          }}
        >
          <path d="M0,-9 L8,6 L-8,6 z" fill="#fff" stroke="#111" strokeWidth={2} />
          <title>{`start (${fmt(start[0])}, ${fmt(start[1])}) — shift-click or long-press to move`}</title>
        </g>
      </g>
      <circle
        className="point-handle"
        data-testid="point-handle"
        cx={P[0]}
        cy={P[1]}
        r={9}
        tabIndex={0}
        role="slider"
        aria-label={`Expansion point p = (${fmt(point[0])}, ${fmt(point[1])}). Drag it, or use the arrow keys.`}
        aria-valuetext={`(${fmt(point[0])}, ${fmt(point[1])})`}
        onPointerDown={onHandleDown}
        onPointerMove={onHandleMove}
        onPointerUp={onHandleUp}
        onPointerCancel={onHandleUp}
        onKeyDown={onHandleKey}
      />
      <text x={P[0] + 12} y={P[1] - 12} className="overlay-label point-label">
        p
      </text>
      {taylor.includes(1) && (
        <text className="legend-t1" x={g.l + 8} y={g.t + 18} fill={T1_COLOR}>
          ┄ T1 level sets
        </text>
      )}
      {taylor.includes(2) && (
        <text className="legend-t2" x={g.l + 8} y={g.t + (taylor.includes(1) ? 36 : 18)} fill={T2_COLOR}>
          — T2 level sets
        </text>
      )}
    </svg>
  );
}
