// The formula as typed, typeset: the reader checks that `x^2/2*y` means what they think.
// Renders nothing for a formula that does not parse (its message is shown beside the input).
import { useMemo } from 'react';
import { useMsg } from '../i18n/i18n';
import { formulaPreviewMsg } from '../i18n/views';
import { toLatex } from '../math/formula/latex';
import { parseFormula } from '../math/formula/parse';
import { Tex } from './Tex';
import './teach.css';

export function FormulaPreview({ text }: { text: string }) {
  const t = useMsg(formulaPreviewMsg);
  const latex = useMemo(() => {
    const r = parseFormula(text);
    return r.ok ? `f(x, y) = ${toLatex(r.ast)}` : null;
  }, [text]);
  if (latex === null) return null;
  return (
    // a long formula scrolls sideways: the keyboard can reach and scroll it too
    <span className="tp-formula-preview" data-testid="formula-preview" tabIndex={0} role="region" aria-label={t.label}>
      <Tex math={latex} />
    </span>
  );
}
