// The language picker (CONTRACT §1 `lang`): English or simplified Chinese. Choosing one writes
// `lang` to the scene, so the URL and share links carry it. Disabled when the page locks it.
import { useId } from 'react';
import { langMsg } from '../i18n/app';
import { LANGS, useLang, useMsg, type Lang } from '../i18n/i18n';
import { useScene } from '../state/store';

/** Each language's name in its own script, short (the header is tight): EN, 中文. */
const NAMES: Record<Lang, string> = { en: 'EN', zh: '中文' };

export function LangPicker() {
  const t = useMsg(langMsg);
  const lang = useLang();
  const locked = useScene((s) => s.scene.lock.includes('lang'));
  const id = useId();
  return (
    <span className="lang-picker">
      <label htmlFor={id} className="cr-sr">
        {t.label}
      </label>
      <select
        id={id}
        data-testid="lang-select"
        value={lang}
        disabled={locked}
        title={locked ? t.locked : t.label}
        onChange={(e) => useScene.getState().setScene({ lang: e.target.value as Lang })}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l === 'zh' ? 'zh-Hans' : 'en'}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
