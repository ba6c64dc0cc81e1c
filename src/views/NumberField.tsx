// A number input that keeps what the user typed while it is invalid, reports the problem
// right beside itself (role="alert", aria-describedby; the store keeps it until fixed) and
// commits only valid values to the scene.
import { useEffect, useId, useRef, useState } from 'react';
import { useMsg } from '../i18n/i18n';
import { alertsMsg } from '../i18n/views';
import { parseNumber } from '../state/url';
import { useScene } from '../state/store';
import { FieldMessage, useBeside } from './FieldMessage';

export interface NumberFieldProps {
  /** the problem's name in alerts, e.g. "point.x" */
  param: string;
  label: string;
  value: number;
  /** returns an error message for a parsed value, or null when it is acceptable */
  check?: (v: number) => string | null;
  onCommit: (v: number) => void;
  testId?: string;
  step?: number;
}

export function NumberField({ param, label, value, check, onCommit, testId, step }: NumberFieldProps) {
  const t = useMsg(alertsMsg);
  const setProblem = useScene((s) => s.setProblem);
  const show = useBeside((b) => b.show);
  const msgId = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  const [problem, setLocalProblem] = useState<string | null>(null);
  const owned = useRef(false);
  // Follow the scene when it changes from elsewhere (dragging, URL, presets).
  if (shown !== value) {
    setShown(value);
    setText(String(value));
    setLocalProblem(null);
  }
  // A problem this field raised goes with it: when the scene moves on, or the field unmounts.
  useEffect(() => {
    if (problem === null && owned.current) {
      owned.current = false;
      setProblem(param, null);
      show(param, null);
    }
  }, [problem, param, setProblem, show]);
  useEffect(
    () => () => {
      if (owned.current) {
        setProblem(param, null);
        show(param, null);
      }
    },
    [param, setProblem, show],
  );
  const invalid = problem !== null;
  const onChange = (typed: string) => {
    setText(typed);
    const v = parseNumber(typed);
    // written now, in the language in use (the store keeps it until the field is fixed)
    const problem = v === null ? t.notANumber(typed) : (check?.(v) ?? null);
    owned.current = problem !== null;
    setLocalProblem(problem);
    show(param, problem);
    setProblem(param, problem);
    if (problem === null && v !== null && v !== value) {
      setShown(v);
      onCommit(v);
    }
  };
  return (
    <div className="fm-wrap fm-inline">
      <label className="num-field">
        <span>{label}</span>
        <input
          type="text"
          inputMode="decimal"
          value={text}
          data-testid={testId}
          aria-invalid={invalid}
          aria-describedby={invalid ? msgId : undefined}
          step={step}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => {
            if (!invalid) setText(String(value));
          }}
        />
      </label>
      <FieldMessage id={msgId} param={param} message={problem} />
    </div>
  );
}
