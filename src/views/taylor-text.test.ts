// The Taylor models and the Newton step as LaTeX, checked as exact strings at the Rosenbrock
// point (0.5, 0.5): f = 6.5, ∇f = (−51, 50), H = [[102, −200], [−200, 200]].
import { describe, expect, it } from 'vitest';
import { pointFacts } from '../math/hessian';
import { newtonStep } from '../math/taylor';
import {
  finiteHessian,
  finiteOrder,
  finiteT1,
  homogeneousTerms,
  newtonLatex,
  offset,
  orderTermsLines,
  sumTex,
  t1Latex,
  t2Latex,
  texNum,
  tkLatex,
} from './taylor-text';

const rosen = pointFacts(0.5, 0.5, 6.5, -51, 50, 102, -200, 200);

describe('texNum', () => {
  it('rounds to 4 significant digits like fmt, with a TeX minus', () => {
    expect(texNum(6.5)).toBe('6.5');
    expect(texNum(-51)).toBe('-51');
    expect(texNum(0.489795918)).toBe('0.4898');
    expect(texNum(-1234.5678)).toBe('-1235');
    expect(texNum(0)).toBe('0');
    expect(texNum(-0)).toBe('0');
  });
  it('writes very large and very small numbers with a power of ten', () => {
    expect(texNum(123456)).toBe('1.235 \\times 10^{5}');
    expect(texNum(-0.00015)).toBe('-1.5 \\times 10^{-4}');
    expect(texNum(1e-7)).toBe('10^{-7}');
  });
  it('never writes NaN or Infinity as such', () => {
    expect(texNum(NaN)).toBe('\\text{undefined}');
    expect(texNum(Infinity)).toBe('\\infty');
    expect(texNum(-Infinity)).toBe('-\\infty');
  });
});

describe('sums and offsets', () => {
  it('folds signs and leaves out zero terms and unit coefficients', () => {
    expect(
      sumTex([
        { coef: 2, factor: '' },
        { coef: -3, factor: 'x' },
        { coef: 0, factor: 'y' },
      ]),
    ).toBe('2 - 3\\,x');
    expect(
      sumTex([
        { coef: -1, factor: 'x' },
        { coef: 1, factor: 'y' },
      ]),
    ).toBe('-x + y');
    expect(sumTex([{ coef: 0, factor: '' }])).toBe('0');
  });
  it('writes x − p with the sign of p folded in', () => {
    expect(offset('x', 0.5)).toBe('(x - 0.5)');
    expect(offset('y', -2)).toBe('(y + 2)');
    expect(offset('x', 0)).toBe('x');
  });
});

describe('Taylor models at the Rosenbrock point (0.5, 0.5)', () => {
  it('T1 = f(p) + ∇f(p)·(x − p), written out', () => {
    expect(t1Latex(rosen)).toBe('T_1(x,y) = 6.5 - 51\\,(x - 0.5) + 50\\,(y - 0.5)');
  });
  it('T2 = T1 + ½ (x − p)ᵀ H (x − p), with the cross term 2·fxy, one Hessian term a line', () => {
    expect(t2Latex(rosen)).toBe(
      '\\begin{aligned}&T_2(x,y) = T_1(x,y) + \\tfrac12\\bigl(102\\,(x - 0.5)^2' +
        '\\\\&\\qquad - 400\\,(x - 0.5)(y - 0.5)' +
        '\\\\&\\qquad + 200\\,(y - 0.5)^2\\bigr)\\end{aligned}',
    );
  });
  it('the Newton step p − H⁻¹∇f is the saddle of the quadratic model', () => {
    const step = newtonStep(rosen);
    expect(step.kind).toBe('saddle');
    expect(step.target).not.toBeNull();
    // H⁻¹∇f = (1/det)[[200, 200], [200, 102]]·(−51, 50) with det = −19600 = (0.010204…, 0.260204…)
    expect(newtonLatex(step.target!)).toBe('p_N = p - H^{-1}\\nabla f = (0.4898, 0.2398)');
  });
  it('finite checks', () => {
    expect(finiteT1(rosen)).toBe(true);
    expect(finiteHessian(rosen)).toBe(true);
    expect(finiteT1(pointFacts(0, 0, NaN, 0, 0, 0, 0, 0))).toBe(false);
    expect(finiteHessian(pointFacts(0, 0, 1, 0, 0, NaN, 0, 0))).toBe(false);
  });
});

describe('other shapes of the models', () => {
  it('at the origin the offsets are plain x and y, and a diagonal H has no cross term', () => {
    const q = pointFacts(0, 0, 0, 0, 0, 2, 0, 20); // x^2 + 10 y^2 at its minimum
    expect(t1Latex(q)).toBe('T_1(x,y) = 0');
    expect(t2Latex(q)).toBe(
      '\\begin{aligned}&T_2(x,y) = T_1(x,y) + \\tfrac12\\bigl(2\\,x^2\\\\&\\qquad + 20\\,y^2\\bigr)\\end{aligned}',
    );
  });
  it('a single Hessian term stays on one line; a zero Hessian adds nothing', () => {
    const one = pointFacts(1, -1, -3, 1, -2, 0, 1.5, 0);
    expect(t1Latex(one)).toBe('T_1(x,y) = -3 + (x - 1) - 2\\,(y + 1)');
    expect(t2Latex(one)).toBe('T_2(x,y) = T_1(x,y) + \\tfrac12\\bigl(3\\,(x - 1)(y + 1)\\bigr)');
    expect(t2Latex(pointFacts(1, 1, 0, 1, 1, 0, 0, 0))).toBe('T_2(x,y) = T_1(x,y) + 0');
  });
});

describe('tkLatex (orders ≥ 3)', () => {
  // f = x³ + 3x²y − y⁴/2 at p = (0, 0.5): order-3 derivatives fxxx = 6, fxxy = 6, fxyy = 0,
  // fyyy = −12·0.5 = −6; order 4: fyyyy = −12, the rest 0.
  const derivs = [[0], [0, 0], [0, 0, 0], [6, 6, 0, -6], [0, 0, 0, 0, -12]];
  it('writes the order-k terms with c = d/((k−j)! j!): x³ + 3x²(y − 0.5) − (y − 0.5)³', () => {
    expect(homogeneousTerms(derivs, 3, [0, 0.5]).map((t) => t.coef)).toEqual([1, 3, 0, -1]);
    expect(tkLatex(derivs, 3, [0, 0.5])).toBe(
      '\\begin{aligned}&T_3(x,y) = T_2(x,y)\\\\&\\qquad + x^{3} + 3\\,x^{2}(y - 0.5)\\\\&\\qquad - (y - 0.5)^{3}\\end{aligned}',
    );
  });
  it('order 4: only −0.5 (y − 0.5)⁴ (24/4! … −12/4! = −0.5); grouped names the terms', () => {
    expect(tkLatex(derivs, 4, [0, 0.5])).toBe(
      '\\begin{aligned}&T_4(x,y) = T_3(x,y)\\\\&\\qquad - 0.5\\,(y - 0.5)^{4}\\end{aligned}',
    );
    expect(tkLatex(derivs, 4, [0, 0.5], true)).toBe('T_4(x,y) = T_3(x,y) + (\\text{order-4 terms})');
  });
  it('all-zero order writes + 0; finiteOrder checks the row', () => {
    expect(orderTermsLines(homogeneousTerms([[0], [0, 0], [0, 0, 0]], 2, [0, 0]))).toEqual(['+ 0']);
    expect(finiteOrder(derivs, 3)).toBe(true);
    expect(finiteOrder([[1], [NaN, 0]], 1)).toBe(false);
    expect(finiteOrder(null, 3)).toBe(false);
  });
});
