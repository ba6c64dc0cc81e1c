// Loading an export back (issue 19): "Load JSON…" beside the exports, and a .json file dropped
// anywhere on the page (the data panel keeps its own drops: CSV and text rows). What is wrong
// with a file is named in an alert; the scene stays as it was.
import { useEffect, useRef } from 'react';
import { useMsg } from '../i18n/i18n';
import { exportMenuMsg } from '../i18n/views';
import { MAX_EXPORT_BYTES, sceneFromExport } from '../state/load-export';
import { useScene } from '../state/store';

const isJson = (f: File) => /\.json$/i.test(f.name) || f.type === 'application/json';

/** Read a file and load the scene in it; returns what to say (the alert carries failures).
 *  The messages are written now, in the language in use. */
export async function loadExportFile(file: File): Promise<string> {
  const { setProblem, loadScene } = useScene.getState();
  const t = exportMenuMsg();
  const fail = (message: string) => {
    setProblem('load', t.loadFailed(file.name, message));
    return t.couldNotLoad(file.name);
  };
  if (file.size > MAX_EXPORT_BYTES) return fail(t.tooBig((file.size / 1048576).toFixed(1)));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail(t.unreadable);
  }
  const r = sceneFromExport(text, useScene.getState().scene);
  if (!r.ok) return fail(r.message);
  loadScene(r.scene, r.problems);
  return t.loaded(file.name);
}

/** The button and its hidden file input. */
export function LoadButton({ onDone }: { onDone: (message: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const t = useMsg(exportMenuMsg);
  return (
    <>
      <button
        type="button"
        className="ex-item"
        data-testid="load-json"
        onClick={() => input.current?.click()}
        title={t.loadTitle}
      >
        {t.load}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="load-json-file"
        aria-label={t.loadLabel}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) void loadExportFile(f).then(onDone);
        }}
      />
    </>
  );
}

/** A .json file dropped on the page loads it (drops handled by a panel are left alone). */
export function useDropExport(onDone: (message: string) => void) {
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    const files = (e: DragEvent) => Array.from(e.dataTransfer?.files ?? []);
    const over = (e: DragEvent) => {
      if (e.defaultPrevented) return;
      if (Array.from(e.dataTransfer?.items ?? []).some((i) => i.kind === 'file')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (e.defaultPrevented) return;
      const all = files(e);
      if (all.length === 0) return;
      // never let the browser open a dropped file in place of the app
      e.preventDefault();
      const f = all.find(isJson);
      if (f) void loadExportFile(f).then((m) => done.current(m));
      else useScene.getState().setProblem('load', exportMenuMsg().notAnExport(all[0].name));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
