// A number input that keeps what the user typed while it is invalid, reports the problem
// (role="alert" via the store) and commits only valid values to the scene.
import { useState } from 'react';
import { parseNumber } from '../state/url';
import { useScene } from '../state/store';

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
  const setProblem = useScene((s) => s.setProblem);
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // Follow the scene when it changes from elsewhere (dragging, URL, presets).
  if (shown !== value) {
    setShown(value);
    setText(String(value));
    setInvalid(false);
  }
  const onChange = (t: string) => {
    setText(t);
    const v = parseNumber(t);
    const problem = v === null ? `"${t}" is not a number` : (check?.(v) ?? null);
    setInvalid(problem !== null);
    setProblem(param, problem);
    if (problem === null && v !== null && v !== value) {
      setShown(v);
      onCommit(v);
    }
  };
  return (
    <label className="num-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={text}
        data-testid={testId}
        aria-invalid={invalid}
        step={step}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          if (!invalid) setText(String(value));
        }}
      />
    </label>
  );
}
