// The formula as typed, typeset: the reader checks that `x^2/2*y` means what they think.
// Renders nothing for a formula that does not parse (its message is shown beside the input).
import { useMemo } from 'react';
import { toLatex } from '../math/formula/latex';
import { parseFormula } from '../math/formula/parse';
import { Tex } from './Tex';
import './teach.css';

export function FormulaPreview({ text }: { text: string }) {
  const latex = useMemo(() => {
    const r = parseFormula(text);
    return r.ok ? `f(x, y) = ${toLatex(r.ast)}` : null;
  }, [text]);
  if (latex === null) return null;
  return (
    <span className="tp-formula-preview" data-testid="formula-preview">
      <Tex math={latex} />
    </span>
  );
}
