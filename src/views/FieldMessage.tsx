// A field's own problem, shown right beside the field (role="alert", and referenced by the
// input's aria-describedby), and the record of which problems are shown that way, so the
// page's banner leaves them out and keeps to URL problems and computations.
import { create } from 'zustand';
import { useMsg } from '../i18n/i18n';
import { alertsMsg } from '../i18n/views';
import './messages.css';

interface Beside {
  /** param → the message its field is showing beside itself */
  shown: Record<string, string>;
  show: (param: string, message: string | null) => void;
}

export const useBeside = create<Beside>((set, get) => ({
  shown: {},
  show: (param, message) => {
    const cur = get().shown;
    if ((cur[param] ?? null) === message) return;
    const next = { ...cur };
    if (message === null) delete next[param];
    else next[param] = message;
    set({ shown: next });
  },
}));

/** Whether a problem is on screen beside its field (then the banner leaves it out). */
export function shownBeside(shown: Record<string, string>, p: { param: string; message: string }): boolean {
  return shown[p.param] === p.message;
}

/** The message under a field; renders nothing without one. `param` names it in the text. */
export function FieldMessage({ id, param, message }: { id: string; param: string; message: string | null }) {
  const t = useMsg(alertsMsg);
  if (message === null) return null;
  return (
    <p id={id} className="fm-msg" role="alert" data-testid={`field-error-${param.replace(/\s+/g, '-')}`}>
      {t.problem(param, message)}
    </p>
  );
}
