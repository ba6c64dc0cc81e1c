// The one line an embed keeps of the page chrome: which surface, where p is and f there, a
// toggle for the 3D view on narrow frames, the shortcuts, and a link out to the full app.
import { useSyncExternalStore } from 'react';
import { useResults } from '../../compute/results';
import { useLang, useMsg } from '../../i18n/i18n';
import { embedMsg } from '../../i18n/views';
import { surfaceName } from '../../math/surfaces';
import { useShown } from '../hidden';
import { useScene } from '../../state/store';
import { fmt } from '../format';
import { SANDBOXED, sceneUrl, useClassroom } from './classroom';

/** Frames narrower than this show one view, the 3D view behind a toggle. */
export const NARROW = '(max-width: 620px)';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', cb);
      return () => m.removeEventListener('change', cb);
    },
    () => window.matchMedia(query).matches,
  );
}

export function EmbedBar() {
  const t = useMsg(embedMsg);
  const lang = useLang();
  const scene = useScene((s) => s.scene);
  const facts = useResults((r) => r.facts);
  const show3d = useClassroom((c) => c.show3d);
  const narrow = useMedia(NARROW);
  const name = scene.surfaceId ? surfaceName(scene.surfaceId, lang) : `f(x, y) = ${scene.formula}`;
  const help = useShown('help');
  return (
    <header className="embed-bar">
      <h1 className="embed-title" data-testid="embed-surface" title={scene.formula}>
        {name}
      </h1>
      <p className="embed-readout" data-testid="embed-readout">
        p = ({fmt(scene.point[0])}, {fmt(scene.point[1])})
        {facts && Number.isFinite(facts.value) && <> · f(p) = {fmt(facts.value, 4)}</>}
      </p>
      <div className="embed-actions">
        {narrow && (
          <button
            type="button"
            data-testid="toggle-3d"
            aria-pressed={show3d}
            onClick={() => useClassroom.getState().setShow3d(!show3d)}
          >
            {t.toggle3d}
          </button>
        )}
        {help && (
          <button
            type="button"
            data-testid="shortcuts"
            onClick={() => useClassroom.getState().openDialog('help')}
            aria-haspopup="dialog"
          >
            <span aria-hidden="true">?</span>
            <span className="cr-sr">{t.shortcuts}</span>
          </button>
        )}
        <a
          data-testid="open-full-app"
          href={sceneUrl(scene, { embed: false })}
          // In a sandboxed frame (an opaque origin, no popups) a new tab cannot open: a plain link.
          target={SANDBOXED ? undefined : '_blank'}
          rel="noopener"
          aria-label={SANDBOXED ? t.openFullHere : t.openFullLabel}
        >
          <span className="cr-long">{t.open}</span>
          {t.fullApp}
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>
    </header>
  );
}
