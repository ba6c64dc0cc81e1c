// The 3D view, drawn only while it can be seen. WebGL contexts are scarce (a browser allows
// about 16 per page, and a course page may hold several embeds), so the plot is created when
// its box scrolls into view and, in embed mode, purged (its context released) a moment after
// it leaves. While it is not drawn it does not hold back the page's data-ready.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { webglAvailable } from '../../compute/backend';
import { useMsg } from '../../i18n/i18n';
import { embedMsg } from '../../i18n/views';
import { useDrawn } from '../drawn';
import { registerPlot } from '../plots';
import { useClassroom } from './classroom';

// The 3D view's code (plotly's 3D traces and WebGL stack) is a chunk of its own, fetched when
// the view is first shown: the map is drawn without waiting for it.
const SurfaceView = lazy(() => import('../SurfaceView').then((m) => ({ default: m.SurfaceView })));

/** How long the view may be out of sight before its plot is purged (scrolling back is common). */
const RELEASE_MS = 1500;

export function LazySurface({ release, hidden: hiddenByUser }: { release: boolean; hidden: boolean }) {
  const t = useMsg(embedMsg);
  // without WebGL the 3D view cannot draw: a notice takes its place (issue 15, item 7)
  const noWebgl = !webglAvailable();
  const hidden = hiddenByUser || noWebgl;
  const box = useRef<HTMLDivElement>(null);
  const noObserver = typeof IntersectionObserver === 'undefined';
  const [visible, setVisible] = useState<boolean | null>(noObserver ? true : null);
  const [released, setReleased] = useState(false);
  const [seen, setSeen] = useState(noObserver);

  useEffect(() => {
    const el = box.current;
    if (!el || noObserver) return;
    const io = new IntersectionObserver(
      (entries) => {
        const now = entries[entries.length - 1].isIntersecting;
        setVisible(now);
        if (now) {
          setSeen(true);
          setReleased(false);
        }
      },
      { rootMargin: '64px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [noObserver]);

  // Release the plot after a while out of sight (embeds only: the full page keeps it).
  useEffect(() => {
    if (visible !== false || !release) return;
    const t = setTimeout(() => setReleased(true), RELEASE_MS);
    return () => clearTimeout(t);
  }, [visible, release]);

  // Mounted once seen, until released or hidden behind the narrow-frame toggle.
  const mounted = !hidden && seen && !released;

  // What the page waits for: the 3D plot's drawing only while it is mounted. Until the first
  // visibility report (null) the page is not ready either.
  useEffect(() => {
    useClassroom.setState({ surfaceMounted: visible === null && !hidden ? null : mounted });
    if (!mounted) {
      registerPlot('surface3d', null);
      const v = useDrawn.getState().versions;
      if (v.surface3d !== undefined) useDrawn.setState({ versions: { ...v, surface3d: -1 } });
    }
  }, [mounted, visible, hidden]);

  useEffect(() => () => useClassroom.setState({ surfaceMounted: false }), []);

  return (
    <div ref={box} className="lazy-surface" data-testid="surface-slot" data-drawn={mounted ? 'true' : 'false'}>
      {mounted ? (
        <Suspense
          fallback={
            <div className="surface-wrap surface-paused" data-testid="surface-loading">
              <p className="muted">{t.loading3d}</p>
            </div>
          }
        >
          <SurfaceView />
        </Suspense>
      ) : (
        <div className="surface-wrap surface-paused">
          {noWebgl ? (
            <p className="surface-no-webgl" role="note" data-testid="no-webgl">
              {t.noWebgl}
            </p>
          ) : (
            <p className="muted">{hidden ? t.hidden3d : t.drawnWhenSeen}</p>
          )}
        </div>
      )}
    </div>
  );
}
