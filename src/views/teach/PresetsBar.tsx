// One-click scenes for the current surface, each demonstrating its lesson with one sentence.
// Applying one is a scene edit, so the URL follows.
import { useState } from 'react';
import { useLang, useMsg } from '../../i18n/i18n';
import { presetsBarMsg } from '../../i18n/presets';
import { matchesPreset, presetsFor } from '../../math/presets';
import { useScene } from '../../state/store';
import '../teach.css';

export function PresetsBar() {
  const scene = useScene((s) => s.scene);
  const setScene = useScene((s) => s.setScene);
  const [last, setLast] = useState<string | null>(null);
  const lang = useLang();
  const t = useMsg(presetsBarMsg);
  const presets = presetsFor(scene.surfaceId, lang);
  if (presets.length === 0 || scene.embed) return null;
  const active = presets.find((p) => matchesPreset(scene, p)) ?? null;
  // the preset last in force stays said (greyed) once the scene is changed, say by dragging p
  // from the opening scene: its line never drops out, so the page does not shift under the
  // hand (issue 15, item 3). React's pattern for state kept from an earlier render.
  if (active && active.id !== last) setLast(active.id);
  const shown = active ?? presets.find((p) => p.id === last) ?? null;
  return (
    <nav className="ps" aria-label={t.nav} data-testid="presets">
      <span className="ps-label">{t.try}</span>
      {presets.map((p) => (
        <button
          key={p.id}
          type="button"
          className="ps-item"
          aria-pressed={p === active}
          title={p.sentence}
          data-testid={`preset-${p.id}`}
          onClick={() => {
            setLast(p.id);
            setScene(p.scene);
          }}
        >
          {p.title}
        </button>
      ))}
      {shown && (
        <p className={active ? 'ps-sentence' : 'ps-sentence muted'} data-testid="preset-sentence">
          {shown.sentence}
          {!active && t.changed}
        </p>
      )}
    </nav>
  );
}
