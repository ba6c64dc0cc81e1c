// In an embed the wheel scrolls the course page, not the view under it (issue 15, item 5;
// issue 20: a figure that grabs the wheel hijacks the page). The view zooms with the wheel
// once it has been clicked (until the pointer leaves it), or while Ctrl/⌘ is held (what a
// trackpad pinch sends); otherwise the wheel event never reaches plotly, the browser scrolls
// the page, and a short hint says how to zoom.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useMsg } from '../../i18n/i18n';
import { embedMsg, wheelViewMsg, type WheelView } from '../../i18n/views';

/** How long the hint stays after the last guarded wheel event. */
const HINT_MS = 1600;

export function WheelGuard({ active, what, children }: { active: boolean; what: WheelView; children: ReactNode }) {
  const t = useMsg(embedMsg);
  const views = useMsg(wheelViewMsg);
  const box = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || !active) return;
    let armed = false;
    let card: DOMRect | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      armed = true;
      // the card's box, taken once: pointermove below is a hot path (every move of a drag)
      card = (el.parentElement ?? el).getBoundingClientRect();
      setHint(false);
    };
    // disarmed once the pointer moves out of the view's card (the wrapper has no box of its
    // own, and plotly covers the page with a div of its own while a press lasts, so neither
    // pointerleave nor the element under the pointer tells)
    const disarm = (e: PointerEvent) => {
      const r = card;
      if (!armed || !r) return;
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) armed = false;
    };
    const onWheel = (e: WheelEvent) => {
      if (armed || e.ctrlKey || e.metaKey) return;
      // capture phase, on an ancestor: plotly never sees it, so it neither zooms nor calls
      // preventDefault, and the page scrolls as anywhere else
      e.stopPropagation();
      setHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(false), HINT_MS);
    };
    el.addEventListener('pointerdown', arm, true);
    document.addEventListener('pointermove', disarm, true);
    el.addEventListener('wheel', onWheel, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      el.removeEventListener('pointerdown', arm, true);
      document.removeEventListener('pointermove', disarm, true);
      el.removeEventListener('wheel', onWheel, { capture: true });
    };
  }, [active]);

  return (
    <div ref={box} className="wheel-guard" data-testid={`wheel-guard-${what.replace(/\W+/g, '-')}`}>
      {children}
      {active && hint && (
        <p className="wheel-hint" role="status" data-testid="wheel-hint">
          {t.wheelHint(views[what])}
        </p>
      )}
    </div>
  );
}
