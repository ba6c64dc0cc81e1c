// `resize=1` (CONTRACT §2): post the page's content height to the parent frame whenever it
// changes, as Canvas's LTI message and as a plain one, so a host page can size its iframe.
import { useEffect } from 'react';
import { useScene } from '../../state/store';

/** At most one message pair per this many ms while the height keeps changing (the last height is always sent). */
const THROTTLE_MS = 100;

/** The two messages for a height, in CSS pixels (whole). */
export function resizeMessages(height: number) {
  const h = Math.ceil(height);
  return [
    { subject: 'lti.frameResize', height: h },
    { type: 'resize', height: h },
  ];
}

export function useResizePost(root: () => HTMLElement | null) {
  const on = useScene((s) => s.scene.resize);
  useEffect(() => {
    const el = root();
    if (!on || !el || window.parent === window) return;
    let last = -1;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSent = 0;
    const send = () => {
      timer = null;
      const h = Math.ceil(el.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      lastSent = performance.now();
      // '*': the app does not know its host's origin, and the height is not a secret.
      for (const m of resizeMessages(h)) window.parent.postMessage(m, '*');
    };
    const schedule = () => {
      if (timer !== null) return;
      const wait = Math.max(0, THROTTLE_MS - (performance.now() - lastSent));
      timer = setTimeout(send, wait);
    };
    const ro = new ResizeObserver(schedule);
    ro.observe(el);
    send();
    return () => {
      ro.disconnect();
      if (timer !== null) clearTimeout(timer);
    };
  }, [on, root]);
}
