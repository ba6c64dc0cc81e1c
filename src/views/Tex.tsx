// A piece of math typeset with KaTeX. Rendering is memoized by the TeX string, so panels that
// re-render on every pointer move only re-typeset what changed. KaTeX loads beside the app's
// code (katex-loader.ts): until it has, a piece is an empty span.
import 'katex/dist/katex.min.css';
import { memo, useMemo } from 'react';
import { katexNow, loadKatex, useKatex } from './katex-loader';

export interface TexProps {
  math: string;
  /** display style (block, larger operators) instead of inline */
  display?: boolean;
  className?: string;
}

function render(math: string, display: boolean): string {
  const katex = katexNow();
  if (!katex) return '';
  try {
    return katex.renderToString(math, { throwOnError: false, output: 'htmlAndMathml', displayMode: display });
  } catch {
    // throwOnError: false already turns TeX errors into red source text; this catches the rest.
    return '';
  }
}

export const Tex = memo(function Tex({ math, display = false, className }: TexProps) {
  const ready = useKatex((k) => k.ready);
  if (!ready) void loadKatex();
  const html = useMemo(() => (ready ? render(math, display) : null), [math, display, ready]);
  const cls = ['tex', display ? 'tex-display' : '', className ?? ''].filter(Boolean).join(' ');
  if (html === null) return <span className={cls} aria-busy="true" />;
  // KaTeX failed on this TeX, or could not load at all: the TeX itself
  if (html === '') return <span className={cls}>{math}</span>;
  // KaTeX's output is HTML it builds itself from the TeX (with `trust` off: no links, no
  // raw HTML, no styles from the input), so inserting it is safe; our TeX comes from numbers
  // and from the formula's syntax tree, never from raw user text.
  return <span className={cls} dangerouslySetInnerHTML={{ __html: html }} />;
});
