// Share: the link to this scene, and an <iframe> snippet (at a size the user picks) that
// shows the same scene in embed mode on a course page.
import { useId, useState } from 'react';
import { useScene } from '../../state/store';
import { sceneUrl } from './classroom';
import { HOSTS, HUGO_SHORTCODE_FILE, HUGO_SHORTCODE_PATH, snippetFor, type Host } from './snippets';
import { downloadJson } from '../ExportMenu';
import { backendName } from '../../compute/memory';

const SIZE = { min: 300, max: 4000 };
/** Links longer than this break in some course sites, mail clients and chat apps. */
export const LONG_LINK = 2000;

function checkSize(text: string, what: string): string | null {
  const v = Number(text);
  if (text.trim() === '' || !Number.isInteger(v)) return `${what} must be a whole number of pixels`;
  if (v < SIZE.min || v > SIZE.max) return `${what} must be from ${SIZE.min} to ${SIZE.max} pixels`;
  return null;
}

/** Copy text: the clipboard API where allowed, else select the field and execCommand. */
async function copy(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    return document.execCommand?.('copy') ?? false;
  }
}

export function ShareDialogBody() {
  const scene = useScene((s) => s.scene);
  const [w, setW] = useState('640');
  const [h, setH] = useState('480');
  const [copied, setCopied] = useState('');
  const [host, setHost] = useState<Host>('html');
  const ids = { link: useId(), code: useId(), w: useId(), h: useId(), err: useId(), host: useId(), hugo: useId() };
  const link = sceneUrl(scene, { embed: false });
  const embedUrl = sceneUrl(scene, { embed: true, present: false });
  const wErr = checkSize(w, 'Width');
  const hErr = checkSize(h, 'Height');
  const err = wErr ?? hErr;
  const snippet = err ? '' : snippetFor(host, embedUrl, Number(w), Number(h));

  const doCopy = async (text: string, fieldId: string, what: string) => {
    const ok = await copy(text, document.getElementById(fieldId) as HTMLInputElement | null);
    setCopied(ok ? `${what} copied` : `Could not copy: select the ${what.toLowerCase()} and copy it by hand`);
  };

  return (
    <div className="cr-share">
      <p className="cr-help">The address bar is always a link to what you see. Anyone who opens it sees this scene.</p>
      <label htmlFor={ids.link}>Link to this scene</label>
      {link.length > LONG_LINK && (
        <div className="cr-warn" data-testid="share-long" data-length={link.length}>
          <p>
            This link is {link.length.toLocaleString('en')} characters long (its data set travels in it): more than
            about {LONG_LINK.toLocaleString('en')}, which some course sites, mail clients and chat apps cut off. Share
            the JSON export instead: anyone can open it here with “Load JSON…” (or drop it on the page).
          </p>
          <button type="button" data-testid="share-json" onClick={() => downloadJson(backendName())}>
            Download the JSON export
          </button>
        </div>
      )}
      <div className="cr-row">
        <input id={ids.link} data-testid="share-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" data-testid="share-copy-link" onClick={() => void doCopy(link, ids.link, 'Link')}>
          Copy link
        </button>
      </div>
      <fieldset className="cr-size">
        <legend>Embed size (pixels)</legend>
        <label htmlFor={ids.w}>width</label>
        <input
          id={ids.w}
          data-testid="embed-width"
          inputMode="numeric"
          value={w}
          aria-invalid={wErr !== null}
          aria-describedby={err ? ids.err : undefined}
          onChange={(e) => setW(e.target.value)}
        />
        <label htmlFor={ids.h}>height</label>
        <input
          id={ids.h}
          data-testid="embed-height"
          inputMode="numeric"
          value={h}
          aria-invalid={hErr !== null}
          aria-describedby={err ? ids.err : undefined}
          onChange={(e) => setH(e.target.value)}
        />
        <span className="muted small">The embed shrinks with the page down to 360 px wide.</span>
      </fieldset>
      {err && (
        <p id={ids.err} role="alert" className="cr-error" data-testid="embed-size-error">
          {err}.
        </p>
      )}
      <div className="cr-row">
        <label htmlFor={ids.host}>Course page made with</label>
        <select id={ids.host} data-testid="embed-host" value={host} onChange={(e) => setHost(e.target.value as Host)}>
          {HOSTS.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={ids.code}>Embed code for a course page (opens this scene with embed=1)</label>
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
          onClick={() => void doCopy(snippet, ids.code, 'Embed code')}
        >
          Copy code
        </button>
      </div>
      {host === 'hugo' && (
        <>
          <label htmlFor={ids.hugo}>
            Once per site, save this as <code>{HUGO_SHORTCODE_PATH}</code> (Hugo leaves out raw HTML in content):
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
      <p className="cr-status" role="status" data-testid="copy-status">
        {copied}
      </p>
    </div>
  );
}
