// The contour map's pointer state machine: the cursor's position (for the readout), shift-click
// or long-press to set the optimizers' start, and dragging the expansion point by its handle.
// Kept apart from the marks so the gestures can change (or be fixed) without touching a drawing.
import { useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Domain } from '../../math/surfaces-types';
import type { Scene } from '../../state/scene';
import { useView } from '../../state/view';
import type { Scales } from './scales';

const FRAME_MS = 16;
const LONG_PRESS_MS = 550;

/** Round a dragged coordinate to a readable precision (1/1000 of the visible span). */
export function tidy(v: number, span: number): number {
  const step = 10 ** Math.floor(Math.log10(span / 1000));
  return Number((Math.round(v / step) * step).toPrecision(12));
}

/** A point clamped to the domain and tidied to the visible spans of the axes. */
export function clampToDomain(p: [number, number], domain: Domain, s: Scales): [number, number] {
  const { xr, yr } = s.geometry;
  return [
    tidy(Math.min(domain[1], Math.max(domain[0], p[0])), xr[1] - xr[0]),
    tidy(Math.min(domain[3], Math.max(domain[2], p[1])), yr[1] - yr[0]),
  ];
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
  /** the latest raw position, not yet checked */
  rawC: [number, number] | null;
  /** whether raw positions have been checked against the element: 'yes' once a pointermove
   *  agreed with the raw update before it, 'no' for good once one disagreed */
  trust: 'unknown' | 'yes' | 'no';
  onRaw?: (e: Event) => void;
  /** the host's box, taken once per drag: asking for it on every move forced a layout per
   *  move (the overlay has just changed); nothing above the views moves during a drag
   *  (drag-steady.spec), and a scroll or a resize drops it */
  rect: DOMRect | null;
  /** drops `rect` (on scroll and resize while the drag lasts) */
  forget: () => void;
}

/** The handlers of the expansion point's handle. */
export interface HandleGestures {
  onPointerDown: (e: ReactPointerEvent<SVGElement>) => void;
  onPointerMove: (e: ReactPointerEvent<SVGElement>) => void;
  onPointerUp: (e: ReactPointerEvent<SVGElement>) => void;
  onPointerCancel: (e: ReactPointerEvent<SVGElement>) => void;
}

/**
 * Listens on `host` (the plotly element under the overlay) for the cursor and the start
 * gestures, and returns the handlers that drag p. Scene edits go through `setScene`.
 */
/** How far (px) a raw update may lie from the pointermove that follows it and still be trusted. */
export const RAW_TOLERANCE_PX = 3;

/**
 * Whether a raw update's position agrees with the pointermove that the browser dispatched for
 * the same motion. In an iframe, raw updates have been seen carrying the top page's coordinates
 * (the frame's offset off); pointermove is the reference because its coordinates are the ones
 * the browser hit-tested against the frame.
 */
export function rawAgrees(raw: [number, number], move: [number, number]): boolean {
  return Math.hypot(raw[0] - move[0], raw[1] - move[1]) <= RAW_TOLERANCE_PX;
}

/** Whether a position (host pixels) lies on the host element of the given size. */
export function onElement(c: [number, number], size: { width: number; height: number }): boolean {
  return c[0] >= 0 && c[1] >= 0 && c[0] <= size.width && c[1] <= size.height;
}

export function useDrag(
  host: HTMLElement,
  scales: Scales,
  domain: Domain,
  setScene: (patch: Partial<Scene>) => void,
): HandleGestures {
  const g = scales.geometry;
  const toData = scales.invert;
  const clamp = (p: [number, number]) => clampToDomain(p, domain, scales);
  const latest = useRef({ toData, clampToDomain: clamp, setScene });
  useEffect(() => {
    latest.current = { toData, clampToDomain: clamp, setScene };
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
      // while p is dragged the readout is not followed (p's own handler takes the move, with
      // the box it took once: asking for it here forced a layout per move)
      // (a long press never sets the start during a drag of p)
      if (useView.getState().dragging) {
        cancel();
        return;
      }
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
  // pointermove; elsewhere, one edit per frame. A raw position is used only after a pointermove
  // has confirmed the raw stream (same place within RAW_TOLERANCE_PX, on the element); one
  // disagreement and the drag follows pointermove alone (issue 15: top-page coordinates in
  // an iframe threw p to the edge of the domain).
  const drag = useRef<Drag | null>(null);
  const boxOf = (d: Drag): DOMRect => (d.rect ??= host.getBoundingClientRect());
  const handleAt = (e: PointerEvent | ReactPointerEvent, d: Drag): [number, number] => {
    const r = boxOf(d);
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const moveTo = (c: [number, number]) => {
    const { clampToDomain: clampNow, toData: data, setScene: set } = latest.current;
    set({ point: clampNow(data(c[0], c[1])) });
  };
  const apply = (d: Drag) => {
    d.pending = false;
    d.at = performance.now();
    if (d.c) moveTo(d.c);
  };
  const stopRaw = (d: Drag) => {
    if (d.onRaw) window.removeEventListener('pointerrawupdate', d.onRaw, true);
  };
  const stopWatchingBox = (d: Drag) => {
    window.removeEventListener('scroll', d.forget, true);
    window.removeEventListener('resize', d.forget);
  };
  useEffect(
    () => () => {
      const d = drag.current;
      if (!d) return;
      stopRaw(d);
      stopWatchingBox(d);
      cancelAnimationFrame(d.frame);
      clearTimeout(d.task);
    },
    [],
  );
  const onPointerDown = (e: ReactPointerEvent<SVGElement>) => {
    e.stopPropagation();
    e.preventDefault();
    (e.target as SVGElement).setPointerCapture(e.pointerId);
    if (drag.current) {
      stopRaw(drag.current);
      stopWatchingBox(drag.current);
    }
    const d: Drag = {
      id: e.pointerId,
      frame: 0,
      task: undefined,
      pending: false,
      at: -Infinity,
      c: null,
      raw: false,
      rawC: null,
      trust: 'unknown',
      rect: null,
      forget: () => (d.rect = null),
    };
    window.addEventListener('scroll', d.forget, true);
    window.addEventListener('resize', d.forget);
    if ('onpointerrawupdate' in window) {
      d.onRaw = (ev: Event) => {
        const pe = ev as PointerEvent;
        if (drag.current !== d || pe.pointerId !== d.id || d.trust === 'no') return;
        d.rawC = handleAt(pe, d);
        // unchecked, the raw update is only remembered: the next pointermove judges it
        if (d.trust !== 'yes') return;
        // off the element the raw position is not used: pointermove will bring that move
        if (!onElement(d.rawC, boxOf(d))) return;
        d.raw = true;
        d.c = d.rawC;
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
  const onPointerMove = (e: ReactPointerEvent<SVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const c = handleAt(e.nativeEvent, d);
    if (d.rawC && d.trust !== 'no') {
      d.trust = rawAgrees(d.rawC, c) ? 'yes' : 'no';
      if (d.trust === 'no') {
        d.raw = false;
        stopRaw(d);
      }
    }
    d.rawC = null;
    d.c = c;
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
  const onPointerUp = (e: ReactPointerEvent<SVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    // p ends where it was let go: a move still waiting for its task or frame is replaced by
    // the release's own position (a dispatched, hit-tested one; a cancel has none to trust)
    stopRaw(d);
    stopWatchingBox(d);
    if (e.type === 'pointerup') {
      clearTimeout(d.task);
      cancelAnimationFrame(d.frame);
      d.pending = false;
      // only after a move: a click on the handle must not nudge p to the click's pixel
      if (d.c) moveTo(handleAt(e.nativeEvent, d));
    }
    drag.current = null;
    useView.getState().setDragging(false);
  };
  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };
}
