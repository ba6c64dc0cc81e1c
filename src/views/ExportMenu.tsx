// Taking the scene away: the JSON export (CONTRACT §6), the iterates as CSV, the map and the
// 3D view as PNG (for slides), and the share link (the URL is the scene, CONTRACT §1).
import { tensorMemory } from '../compute/memory';
import { webglAvailable } from '../compute/backend';
import { useEffect, useId, useRef, useState } from 'react';
import { create } from 'zustand';
import { useMsg } from '../i18n/i18n';
import { exportFallbackMsg, exportMenuMsg } from '../i18n/views';
import { copyText, SANDBOXED } from './classroom/classroom';
import { Dialog } from './classroom/Dialog';
import { useResults } from '../compute/results';
import { LoadButton, useDropExport } from './LoadExport';
import { buildCsv, buildExport, derivativeOrder, download, downloadUrl, exportText } from '../state/export';
import { useScene } from '../state/store';
import { snapshot } from './snapshot';
import { getPlot, type ViewName } from './plots';
import './teach.css';

type ExportText = ReturnType<typeof exportMenuMsg>;

/** How a view is named in the messages about saving it. */
const VIEW_WORDS: Record<ViewName, (t: ExportText) => string> = {
  contour: (t) => t.viewMap,
  surface3d: (t) => t.view3d,
  convergence: (t) => t.viewConvergence,
};

/** Download names say what was exported: taylor-newton-rosenbrock.json, …-formula-contour.png */
function baseName(): string {
  return `taylor-newton-${useScene.getState().scene.surfaceId ?? 'formula'}`;
}

/** The export whose download was blocked, shown as text to copy. */
const useBlocked = create<{ file: { name: string; text: string } | null }>(() => ({ file: null }));

/** Download a text file, or where downloads are blocked (a sandboxed frame) offer its text to
 *  copy (CONTRACT §6). */
function save(name: string, text: string, type?: string) {
  if (SANDBOXED) useBlocked.setState({ file: { name, text } });
  else download(name, text, type);
}

/** The text of an export that could not be downloaded, selected, with a copy button. */
function ExportFallback() {
  const t = useMsg(exportFallbackMsg);
  const file = useBlocked((b) => b.file);
  const [said, setSaid] = useState('');
  const id = useId();
  const close = () => {
    useBlocked.setState({ file: null });
    setSaid('');
  };
  const copy = async () => {
    const area = document.getElementById(id) as HTMLTextAreaElement | null;
    const ok = await copyText(file?.text ?? '', area);
    if (!ok) area?.focus();
    setSaid(ok ? t.copied : t.copyFailed);
  };
  return (
    <Dialog open={file !== null} onClose={close} title={t.title} testId="export-fallback-dialog">
      {file && (
        <div className="cr-share">
          <p className="cr-help">{t.why(file.name)}</p>
          <label htmlFor={id}>{t.label}</label>
          <div className="cr-row">
            <textarea
              id={id}
              data-testid="export-fallback"
              data-file={file.name}
              readOnly
              rows={8}
              value={file.text}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" data-testid="export-fallback-copy" onClick={() => void copy()}>
              {t.copy}
            </button>
          </div>
          <p className="cr-status" role="status">
            {said}
          </p>
        </div>
      )}
    </Dialog>
  );
}

/** Download the JSON export of the scene and its results (CONTRACT §6). */
export function downloadJson(backend: string) {
  const scene = useScene.getState().scene;
  const results = useResults.getState();
  // up to order 2 the facts give the derivatives; above, the jets' (computed while such a model shows)
  const K = derivativeOrder(scene);
  const derivs = K > 2 && results.derivatives ? results.derivatives.slice(0, K + 1) : undefined;
  const data = buildExport(scene, results, backend, tensorMemory(), derivs);
  save(`${baseName()}.json`, exportText(data));
}

export function ExportMenu({ backend }: { backend: string }) {
  const t = useMsg(exportMenuMsg);
  const [status, setStatus] = useState('');
  const [manualLink, setManualLink] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const linkInput = useRef<HTMLInputElement>(null);

  /** A short message in the live region, cleared after a while. */
  const say = (message: string, ms = 2500) => {
    setStatus(message);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), ms);
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  // a .json export dropped anywhere on the page loads it
  useDropExport((m) => say(m, 8000));
  // The fallback link box: select its text as soon as it shows, ready for Ctrl+C.
  useEffect(() => {
    if (manualLink === null) return;
    linkInput.current?.focus();
    linkInput.current?.select();
  }, [manualLink]);

  const onJson = () => downloadJson(backend);

  const onCsv = () => {
    save(`${baseName()}-iterates.csv`, buildCsv(useResults.getState().runs), 'text/csv');
  };

  const onPng = async (name: ViewName) => {
    if (SANDBOXED) {
      say(exportFallbackMsg().pngBlocked, 6000);
      return;
    }
    const el = getPlot(name);
    if (!el) {
      say(t.notShown(VIEW_WORDS[name](t)));
      return;
    }
    try {
      // The size on screen, at twice the pixels: sharp on slides and projectors. The contour
      // map's SVG layer (Taylor level sets, p, arrows, trajectories) is drawn over plotly's
      // picture.
      const overlay = name === 'contour' ? el.parentElement?.querySelector<SVGSVGElement>('svg.contour-overlay') : null;
      const url = await snapshot(el, overlay);
      downloadUrl(`${baseName()}-${name}.png`, url);
    } catch (err) {
      say(t.couldNotSave(VIEW_WORDS[name](t), err instanceof Error ? err.message : String(err)), 6000);
    }
  };

  const onCopy = async () => {
    const href = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setManualLink(null);
      say(t.copied);
    } catch {
      // No clipboard access (insecure context, permission denied): show the link selected.
      setManualLink(href);
      say(t.pressCtrlC, 6000);
    }
  };

  return (
    <div className="ex-menu" role="group" aria-labelledby="ex-label">
      <span id="ex-label" className="ex-label">
        {t.exportLabel}
      </span>
      <button type="button" className="ex-item" data-testid="export-json" onClick={onJson} title={t.jsonTitle}>
        JSON
      </button>
      <span className="ex-sep" aria-hidden="true">
        ·
      </span>
      <LoadButton onDone={(m) => say(m, 8000)} />
      <span className="ex-sep" aria-hidden="true">
        ·
      </span>
      <button type="button" className="ex-item" data-testid="export-csv" onClick={onCsv} title={t.csvTitle}>
        CSV
      </button>
      <span className="ex-sep" aria-hidden="true">
        ·
      </span>
      <button
        type="button"
        className="ex-item"
        data-testid="export-png-contour"
        onClick={() => void onPng('contour')}
        title={t.pngMapTitle}
      >
        {t.pngMap}
      </button>
      <span className="ex-sep" aria-hidden="true">
        ·
      </span>
      <button
        type="button"
        className="ex-item"
        data-testid="export-png-surface3d"
        onClick={() => void onPng('surface3d')}
        disabled={!webglAvailable()}
        title={webglAvailable() ? t.png3dTitle : t.noWebgl}
      >
        {t.png3d}
      </button>
      <span className="ex-sep" aria-hidden="true">
        ·
      </span>
      <button
        type="button"
        className="ex-item"
        data-testid="copy-link"
        onClick={() => void onCopy()}
        title={t.copyLinkTitle}
      >
        {t.copyLink}
      </button>
      {manualLink !== null && (
        <input
          ref={linkInput}
          className="ex-link"
          data-testid="share-link"
          readOnly
          value={manualLink}
          aria-label={t.linkLabel}
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setManualLink(null);
          }}
        />
      )}
      <span className="ex-status" role="status" aria-live="polite" data-testid="export-status">
        {status}
      </span>
      <ExportFallback />
    </div>
  );
}
