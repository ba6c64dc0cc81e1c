// Share: the link to this scene, and the embed code for a course page: at a size the user
// picks, with the parts of the page it leaves out (`hide`) and the fields a viewer cannot
// change (`lock`) as tick boxes, a live preview of the embed at that size, and a snippet per
// kind of course page.
import { useEffect, useId, useState } from 'react';
import { backendName } from '../../compute/memory';
import { useMsg } from '../../i18n/i18n';
import { hostMsg, shareMsg } from '../../i18n/share';
import type { HidePart, LockField } from '../../state/scene';
import { useScene } from '../../state/store';
import { downloadJson } from '../ExportMenu';
import { copyText, sceneUrl } from './classroom';
import { HOSTS, HUGO_SHORTCODE_FILE, HUGO_SHORTCODE_PATH, snippetFor, type Host } from './snippets';

const SIZE = { min: 300, max: 4000 };
/** Links longer than this break in some course sites, mail clients and chat apps. */
export const LONG_LINK = 2000;

/** The parts an embed shows that it can leave out, and the fields worth locking in a course page. */
export const EMBED_HIDE = ['map', '3d', 'playback', 'help'] as const satisfies readonly HidePart[];
export const EMBED_LOCK = [
  'surface',
  'domain',
  'point',
  'taylor',
  'start',
  'opt',
  'lr',
  'steps',
  'data',
  'lang',
] as const satisfies readonly LockField[];
/** The preview is drawn at most this wide inside the dialog (scaled down from the chosen size). */
const PREVIEW_WIDTH = 620;

type T = ReturnType<typeof shareMsg>;

function checkSize(text: string, what: string, t: T): string | null {
  const v = Number(text);
  if (text.trim() === '' || !Number.isInteger(v)) return t.wholeNumber(what);
  if (v < SIZE.min || v > SIZE.max) return t.range(what, SIZE.min, SIZE.max);
  return null;
}

/** The value after it has stopped changing for `ms` (the preview reloads once per pause). */
function useSettled<V>(value: V, ms: number): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

function Ticks<K extends string>({
  legend,
  items,
  chosen,
  label,
  onChange,
  testId,
}: {
  legend: string;
  items: readonly K[];
  chosen: readonly string[];
  label: (k: K) => string;
  onChange: (k: K, on: boolean) => void;
  testId: string;
}) {
  return (
    <fieldset className="cr-ticks" data-testid={testId}>
      <legend>{legend}</legend>
      {items.map((k) => (
        <label key={k}>
          <input
            type="checkbox"
            data-testid={`${testId}-${k}`}
            checked={chosen.includes(k)}
            onChange={(e) => onChange(k, e.target.checked)}
          />{' '}
          {label(k)}
        </label>
      ))}
    </fieldset>
  );
}

export function ShareDialogBody() {
  const t = useMsg(shareMsg);
  const hosts = useMsg(hostMsg);
  const scene = useScene((s) => s.scene);
  const [w, setW] = useState('640');
  const [h, setH] = useState('480');
  const [copied, setCopied] = useState('');
  const [host, setHost] = useState<Host>('html');
  const [hide, setHide] = useState<HidePart[]>(() => [...scene.hide]);
  const [lock, setLock] = useState<LockField[]>(() => [...scene.lock]);
  const [preview, setPreview] = useState(false);
  const ids = { link: useId(), code: useId(), w: useId(), h: useId(), err: useId(), host: useId(), hugo: useId() };
  const link = sceneUrl(scene, { embed: false });
  const embedUrl = sceneUrl(scene, { embed: true, present: false, hide, lock });
  const wErr = checkSize(w, t.Width, t);
  const hErr = checkSize(h, t.Height, t);
  const err = wErr ?? hErr;
  const snippet = err ? '' : snippetFor(host, embedUrl, Number(w), Number(h), t.embedTitle);
  const previewSrc = useSettled(embedUrl, 400);
  const pw = err ? 0 : Number(w);
  const ph = err ? 0 : Number(h);
  const scale = pw > 0 ? Math.min(1, PREVIEW_WIDTH / pw) : 1;

  const doCopy = async (text: string, fieldId: string, what: string, lower: string) => {
    const ok = await copyText(text, document.getElementById(fieldId) as HTMLInputElement | null);
    setCopied(ok ? t.copied(what) : t.copyFailed(lower));
  };
  const toggle =
    <K extends string>(set: (f: (cur: K[]) => K[]) => void) =>
    (k: K, on: boolean) =>
      set((cur) => (on ? [...cur.filter((x) => x !== k), k] : cur.filter((x) => x !== k)));

  return (
    <div className="cr-share">
      <p className="cr-help">{t.help}</p>
      <label htmlFor={ids.link}>{t.linkLabel}</label>
      {link.length > LONG_LINK && (
        <div className="cr-warn" data-testid="share-long" data-length={link.length}>
          <p>{t.longLink(link.length.toLocaleString('en'), LONG_LINK.toLocaleString('en'))}</p>
          <button type="button" data-testid="share-json" onClick={() => downloadJson(backendName())}>
            {t.downloadJson}
          </button>
        </div>
      )}
      <div className="cr-row">
        <input id={ids.link} data-testid="share-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          data-testid="share-copy-link"
          onClick={() => void doCopy(link, ids.link, t.linkWhat, t.linkWhatLower)}
        >
          {t.copyLink}
        </button>
      </div>
      <fieldset className="cr-size">
        <legend>{t.sizeLegend}</legend>
        <label htmlFor={ids.w}>{t.width}</label>
        <input
          id={ids.w}
          data-testid="embed-width"
          inputMode="numeric"
          value={w}
          aria-invalid={wErr !== null}
          aria-describedby={err ? ids.err : undefined}
          onChange={(e) => setW(e.target.value)}
        />
        <label htmlFor={ids.h}>{t.height}</label>
        <input
          id={ids.h}
          data-testid="embed-height"
          inputMode="numeric"
          value={h}
          aria-invalid={hErr !== null}
          aria-describedby={err ? ids.err : undefined}
          onChange={(e) => setH(e.target.value)}
        />
        <span className="muted small">{t.shrinks}</span>
      </fieldset>
      {err && (
        <p id={ids.err} role="alert" className="cr-error" data-testid="embed-size-error">
          {err}.
        </p>
      )}
      <div className="cr-tick-row">
        <Ticks
          legend={t.hideLegend}
          items={EMBED_HIDE}
          chosen={hide}
          label={(k) => t[`part_${k}`]}
          onChange={toggle(setHide)}
          testId="embed-hide"
        />
        <Ticks
          legend={t.lockLegend}
          items={EMBED_LOCK}
          chosen={lock}
          label={(k) => t[`field_${k}`]}
          onChange={toggle(setLock)}
          testId="embed-lock"
        />
      </div>
      {lock.length > 0 && <p className="muted small">{t.lockedNote}</p>}
      <div className="cr-row">
        <label htmlFor={ids.host}>{t.hostLabel}</label>
        <select id={ids.host} data-testid="embed-host" value={host} onChange={(e) => setHost(e.target.value as Host)}>
          {HOSTS.map((o) => (
            <option key={o} value={o}>
              {hosts[o]}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={ids.code}>{t.codeLabel}</label>
      <div className="cr-row">
        <textarea
          id={ids.code}
          data-testid="embed-snippet"
          readOnly
          rows={4}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          data-testid="copy-snippet"
          disabled={!snippet}
          onClick={() => void doCopy(snippet, ids.code, t.codeWhat, t.codeWhatLower)}
        >
          {t.copyCode}
        </button>
      </div>
      {host === 'hugo' && (
        <>
          <label htmlFor={ids.hugo}>
            {t.hugoFile} <code>{HUGO_SHORTCODE_PATH}</code> {t.hugoWhy}
          </label>
          <textarea
            id={ids.hugo}
            data-testid="embed-hugo-file"
            readOnly
            rows={3}
            value={HUGO_SHORTCODE_FILE}
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      )}
      <div className="cr-row">
        <button
          type="button"
          data-testid="embed-preview-toggle"
          aria-expanded={preview}
          disabled={err !== null}
          onClick={() => setPreview(!preview)}
        >
          {preview ? t.hidePreview : t.showPreview}
        </button>
      </div>
      {preview && !err && (
        <figure className="cr-preview" data-testid="embed-preview" data-scale={scale}>
          <div className="cr-preview-box" style={{ width: pw * scale, height: ph * scale }}>
            <iframe
              src={previewSrc}
              title={t.previewTitle}
              width={pw}
              height={ph}
              data-testid="embed-preview-frame"
              style={{ transform: `scale(${scale})`, transformOrigin: '0 0', border: 0 }}
            />
          </div>
          <figcaption className="muted small">{t.previewNote(`${Math.round(scale * 100)}%`)}</figcaption>
        </figure>
      )}
      <p className="cr-status" role="status" data-testid="copy-status">
        {copied}
      </p>
    </div>
  );
}
