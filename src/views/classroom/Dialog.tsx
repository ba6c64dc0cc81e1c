// A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert
// (focus stays inside), Escape closes it, and focus goes back to what opened it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { dialogMsg } from '../../i18n/classroom';
import { useMsg } from '../../i18n/i18n';

export function Dialog({
  open,
  onClose,
  title,
  testId,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  testId: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);
  const t = useMsg(dialogMsg);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const closed = () => {
      if (d.open) return;
      onClose();
      const back = opener.current;
      if (back instanceof HTMLElement || back instanceof SVGElement) back.focus();
    };
    // 'close' can come late (Chromium queues it behind the Escape key's close watcher), so the
    // store is also told by the shortcut handler when no dialog is open any more.
    d.addEventListener('close', closed);
    return () => d.removeEventListener('close', closed);
  }, [onClose]);

  return (
    <dialog ref={ref} className="cr-dialog" aria-labelledby={titleId} data-testid={testId}>
      <div className="cr-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="cr-close" onClick={() => ref.current?.close()} aria-label={t.close(title)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
