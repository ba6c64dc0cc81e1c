// Run something once the browser has painted what is on the page now: the next animation
// frame, then a task. A frame never comes to a page or frame the browser is not painting (a
// background tab, an embed scrolled out of sight in a cross-origin iframe), so a timer runs it
// after `fallbackMs` all the same. Returns a function that cancels it.
export function afterPaint(fn: () => void, fallbackMs = 100): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(once, 0))) : 0;
  const fallback = setTimeout(once, fallbackMs);
  function cancel() {
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  }
  return () => {
    done = true;
    cancel();
  };
}
