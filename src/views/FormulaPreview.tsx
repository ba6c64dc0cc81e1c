// The formula as typed, typeset: the reader checks that `x^2/2*y` means what they think.
// Renders nothing for a formula that does not parse (its message is shown beside the input).
// A regression surface's loss, built from its data, is typeset as the mean over the data it is
// (its expanded sum of n terms, set in one line, was unreadable); the input keeps the formula.
import { useMemo } from 'react';
import { useMsg } from '../i18n/i18n';
import { formulaPreviewMsg } from '../i18n/views';
import { regressionLatex, toLatex } from '../math/formula/latex';
import { parseFormula } from '../math/formula/parse';
import type { RegressionId } from '../math/regression';
import { Tex } from './Tex';
import './teach.css';

export function FormulaPreview({
  text,
  regression = null,
}: {
  text: string;
  /** the regression surface whose loss `text` is, with its number of data points */
  regression?: { id: RegressionId; n: number } | null;
}) {
  const t = useMsg(formulaPreviewMsg);
  const latex = useMemo(() => {
    if (regression) return regressionLatex(regression.id, regression.n);
    const r = parseFormula(text);
    return r.ok ? `f(x, y) = ${toLatex(r.ast)}` : null;
  }, [text, regression]);
  if (latex === null) return null;
  return (
    // a long formula scrolls sideways: the keyboard can reach and scroll it too
    <span className="tp-formula-preview" data-testid="formula-preview" tabIndex={0} role="region" aria-label={t.label}>
      <Tex math={latex} />
    </span>
  );
}
