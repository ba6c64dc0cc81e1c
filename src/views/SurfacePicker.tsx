// Choosing the surface: the catalog, grouped, or a formula typed by the user (validated as
// it is typed; a bad formula keeps the last valid surface drawn).
import { useMemo, useState } from 'react';
import { useLang, useMsg } from '../i18n/i18n';
import { surfacePickerMsg } from '../i18n/views';
import { parseFormula } from '../math/formula/parse';
import { isRegressionId } from '../math/regression';
import {
  getSurface,
  SURFACES,
  surfaceDataDescription,
  surfaceGroupName,
  surfaceLesson,
  surfaceName,
} from '../math/surfaces';
import { useScene } from '../state/store';
import { FormulaPreview } from './FormulaPreview';
import { useBeside } from './FieldMessage';
import { rowsInUse } from './teach/data-edit';
import { useShown } from './hidden';

const groups = [...new Set(SURFACES.map((s) => s.group))];
const CUSTOM = '__custom__';

export function SurfacePicker() {
  const t = useMsg(surfacePickerMsg);
  const lang = useLang();
  const surfaceId = useScene((s) => s.scene.surfaceId);
  const formula = useScene((s) => s.scene.formula);
  const pickSurface = useScene((s) => s.pickSurface);
  const setFormula = useScene((s) => s.setFormula);
  const setProblem = useScene((s) => s.setProblem);
  const showPicker = useShown('surface');
  // lock=surface or lock=f: shown, but fixed by the page that embeds the app
  const locked = useScene((s) => s.scene.lock.includes('surface') || s.scene.lock.includes('f'));
  const lockedTitle = locked ? t.locked : undefined;
  const showFormula = useShown('formula');
  const [text, setText] = useState(formula);
  const sceneData = useScene((s) => s.scene.data);
  // a regression surface's loss (built from its data) is typeset as the mean it is
  const rows = rowsInUse(surfaceId, sceneData);
  const regression = useMemo(
    () => (rows && isRegressionId(surfaceId) ? { id: surfaceId, n: rows.length } : null),
    [rows, surfaceId],
  );
  // the parser's reason; the sentence around it is written when shown (it follows the language)
  const [error, setError] = useState<string | null>(null);

  // The box follows the scene when the scene changes from elsewhere (picker, URL):
  // React's "adjust state while rendering" pattern, no effect needed.
  const [shown, setShown] = useState(formula);
  if (shown !== formula) {
    setShown(formula);
    setText(formula);
    setError(null);
    useBeside.getState().show('f', null);
  }

  const onText = (value: string) => {
    setText(value);
    const r = parseFormula(value);
    if (r.ok) {
      setError(null);
      useBeside.getState().show('f', null);
      setProblem('f', null);
      if (value !== formula) setFormula(value);
    } else {
      // the banner's and the store's copy is written now, in the language in use
      const msg = surfacePickerMsg().lastValidStays(r.message);
      setError(r.message);
      // shown beside the box (the banner then leaves it out)
      useBeside.getState().show('f', msg);
      setProblem('f', msg);
    }
  };

  const surface = surfaceId ? getSurface(surfaceId) : undefined;
  return (
    <div className="surface-picker">
      {showPicker && (
        <label>
          {t.surface}{' '}
          <select
            data-testid="surface-select"
            disabled={locked}
            title={lockedTitle}
            value={surfaceId ?? CUSTOM}
            onChange={(e) => {
              if (e.target.value !== CUSTOM) pickSurface(e.target.value);
            }}
          >
            {groups.map((g) => (
              <optgroup key={g} label={surfaceGroupName(g, lang)}>
                {SURFACES.filter((s) => s.group === g).map((s) => (
                  <option key={s.id} value={s.id}>
                    {surfaceName(s.id, lang)}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value={CUSTOM}>{t.typeOwn}</option>
          </select>
        </label>
      )}
      {showFormula && (
        <>
          <label className="formula-box">
            f(x, y) ={' '}
            <input
              data-testid="formula-input"
              disabled={locked}
              title={lockedTitle}
              value={text}
              spellCheck={false}
              aria-invalid={error !== null}
              aria-describedby="formula-help"
              onChange={(e) => onText(e.target.value)}
            />
          </label>
          <FormulaPreview text={error ? formula : text} regression={text === formula ? regression : null} />
          <p id="formula-help" className={error ? 'field-error' : 'muted'} role={error ? 'alert' : undefined}>
            {error !== null
              ? t.formulaError(t.lastValidStays(error))
              : ((surface && surfaceLesson(surface.id, lang)) ?? t.formulaHelp)}
          </p>
        </>
      )}
      {surface?.data && <p className="muted">{t.data(surfaceDataDescription(surface, lang) ?? '')}</p>}
    </div>
  );
}
