// The Taylor models and the Newton step written out as LaTeX with the current numbers, for
// the teaching panel: T₁(x) = f(p) + ∇f(p)·(x − p), T₂(x) = T₁(x) + ½ (x − p)ᵀ H(p) (x − p).
// Pure string building (no React, no DOM), so it is tested in Node. The few words inside the TeX
// (\text{…}) come from the catalog in the language in use when the string is built.
import { taylorTextMsg } from '../i18n/teach1';
import type { PointFacts } from '../math/hessian';

/**
 * A number as LaTeX, with the same rounding as `fmt` (4 significant digits, exponent form
 * outside [1e-3, 1e5)): `-51`, `0.4898`, `1.5 \times 10^{-4}`. TeX's `-` is set as a minus.
 */
export function texNum(v: number, digits = 4): string {
  if (Number.isNaN(v)) return `\\text{${taylorTextMsg().undefined}}`;
  if (v === Infinity) return '\\infty';
  if (v === -Infinity) return '-\\infty';
  if (v === 0) return '0';
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) {
    const [m, e] = a.toExponential(digits - 1).split('e');
    const mantissa = String(Number(m)); // 1.500 → 1.5
    const exponent = Number(e); // drops the "+" of "e+5"
    return `${sign}${mantissa === '1' ? '' : `${mantissa} \\times `}10^{${exponent}}`;
  }
  return sign + String(Number(a.toPrecision(digits)));
}

/** A signed term of a sum: its coefficient and what it multiplies ('' for a constant). */
interface Term {
  coef: number;
  factor: string;
}

/** `(x - 0.5)`, `(y + 2)`, or plain `x` when the expansion point's coordinate is 0. */
export function offset(name: 'x' | 'y', at: number): string {
  if (at === 0) return name;
  return `(${name} ${at < 0 ? '+' : '-'} ${texNum(Math.abs(at))})`;
}

/** A coefficient times a factor; a unit coefficient is left out (`(x - 0.5)`, not `1\,(x - 0.5)`). */
function termBody(magnitude: string, factor: string): string {
  if (factor === '') return magnitude;
  if (magnitude === '1') return factor;
  return `${magnitude}\\,${factor}`;
}

/**
 * Joins terms with their signs folded in (never `+ -`); zero terms are left out, and an
 * empty sum is `0`.
 */
export function sumTex(terms: Term[]): string {
  let out = '';
  for (const { coef, factor } of terms) {
    if (coef === 0) continue;
    const body = termBody(texNum(Math.abs(coef)), factor);
    const neg = coef < 0;
    if (out === '') out = neg ? `-${body}` : body;
    else out += neg ? ` - ${body}` : ` + ${body}`;
  }
  return out === '' ? '0' : out;
}

/** The terms of ∇f(p)·(x − p). */
function linearTerms(p: PointFacts): Term[] {
  return [
    { coef: p.gradient[0], factor: offset('x', p.x) },
    { coef: p.gradient[1], factor: offset('y', p.y) },
  ];
}

/**
 * The terms of (x − p)ᵀ H (x − p) = fxx·dx² + 2·fxy·dx·dy + fyy·dy² (the cross term
 * counts fxy twice: H is symmetric).
 */
export function quadraticTerms(p: PointFacts): Term[] {
  const [[a, b], [, c]] = p.hessian;
  const dx = offset('x', p.x);
  const dy = offset('y', p.y);
  const sq = (d: string) => `${d}^2`;
  // Juxtaposition is the product: xy, x(y - 0.5), (x - 0.5)(y - 0.5).
  return [
    { coef: a, factor: sq(dx) },
    { coef: 2 * b, factor: `${dx}${dy}` },
    { coef: c, factor: sq(dy) },
  ];
}

/** `T_1(x,y) = 6.5 - 51\,(x - 0.5) + 50\,(y - 0.5)` */
export function t1Latex(p: PointFacts): string {
  // A zero f(p) or gradient component is left out (the sum is `0` when nothing is left).
  return `T_1(x,y) = ${sumTex([{ coef: p.value, factor: '' }, ...linearTerms(p)])}`;
}

/**
 * T₂ as T₁ plus the curvature term, over up to three lines (one per Hessian term) so that it
 * fits the narrow side panel:
 * `\begin{aligned}&T_2(x,y) = T_1(x,y) + \tfrac12\bigl(102\,(x - 0.5)^2\\&\qquad - 400\,…`
 */
export function t2Latex(p: PointFacts): string {
  const terms = quadraticTerms(p).filter((t) => t.coef !== 0);
  const head = 'T_2(x,y) = T_1(x,y)';
  if (terms.length === 0) return `${head} + 0`;
  const lines = terms.map((t, i) => {
    const s = sumTex([t]); // "102\,(x - 0.5)^2" or "-400\,…"
    if (i === 0) return s;
    return s.startsWith('-') ? `- ${s.slice(1)}` : `+ ${s}`;
  });
  if (lines.length === 1) return `${head} + \\tfrac12\\bigl(${lines[0]}\\bigr)`;
  const [first, ...rest] = lines;
  return (
    `\\begin{aligned}&${head} + \\tfrac12\\bigl(${first}` +
    rest.map((l, i) => `\\\\&\\qquad ${l}${i === rest.length - 1 ? '\\bigr)' : ''}`).join('') +
    '\\end{aligned}'
  );
}

/** `p_N = p - H^{-1}\nabla f = (0.4898, 0.2398)` */
export function newtonLatex(target: [number, number]): string {
  return `p_N = p - H^{-1}\\nabla f = (${texNum(target[0])}, ${texNum(target[1])})`;
}

/** Whether the models can be written with numbers: f, ∇f (and for T₂ H) finite at p. */
export function finiteT1(p: PointFacts): boolean {
  return [p.value, ...p.gradient].every(Number.isFinite);
}

export function finiteHessian(p: PointFacts): boolean {
  return p.hessian.flat().every(Number.isFinite);
}

/** n! for the small orders of the models (n ≤ 6). */
const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));

/**
 * The terms of order n of the Taylor model: Σ_j c[n][j] dx^(n−j) dy^j with
 * c[n][j] = dⁿf/(dx^(n−j) dy^j)(p) / ((n−j)! j!) (derivatives[n][j] in the export's layout).
 */
export function homogeneousTerms(derivs: readonly (readonly number[])[], n: number, at: [number, number]): Term[] {
  const row = derivs[n] ?? [];
  const dx = offset('x', at[0]);
  const dy = offset('y', at[1]);
  const pow = (d: string, e: number) => (e === 0 ? '' : e === 1 ? d : `${d}^{${e}}`);
  return row.map((d, j) => ({ coef: d / (fact(n - j) * fact(j)), factor: `${pow(dx, n - j)}${pow(dy, j)}` }));
}

/**
 * The order-n terms as a signed sum broken into lines of `perLine` terms, for an `aligned`
 * block (each line after the first starts with its sign): `+ 0.5\,x^{3} - 2\,x^{2}y \\ …`.
 */
export function orderTermsLines(terms: Term[], perLine = 2): string[] {
  const kept = terms.filter((t) => t.coef !== 0);
  if (kept.length === 0) return ['+ 0'];
  const signed = kept.map((t) => {
    const s = sumTex([t]);
    return s.startsWith('-') ? `- ${s.slice(1)}` : `+ ${s}`;
  });
  const lines: string[] = [];
  for (let i = 0; i < signed.length; i += perLine) lines.push(signed.slice(i, i + perLine).join(' '));
  return lines;
}

/**
 * T_k (k ≥ 3) as T_{k−1} plus its order-k terms, one aligned block of short lines:
 * `\begin{aligned}&T_3(x,y) = T_2(x,y)\\&\qquad + 0.2251\,x^{3} …\end{aligned}`. With `grouped`
 * the terms are named, not written: `T_4(x,y) = T_3(x,y) + (\text{order-4 terms})`.
 */
export function tkLatex(
  derivs: readonly (readonly number[])[],
  k: number,
  at: [number, number],
  grouped = false,
): string {
  const head = `T_${k}(x,y) = T_${k - 1}(x,y)`;
  if (grouped) return `${head} + (\\text{${taylorTextMsg().orderTerms(k)}})`;
  const lines = orderTermsLines(homogeneousTerms(derivs, k, at));
  return `\\begin{aligned}&${head}${lines.map((l) => `\\\\&\\qquad ${l}`).join('')}\\end{aligned}`;
}

/** Whether the derivatives of order k are all finite (the model T_k can be written). */
export function finiteOrder(derivs: readonly (readonly number[])[] | null, k: number): boolean {
  const row = derivs?.[k];
  return !!row && row.every(Number.isFinite);
}
