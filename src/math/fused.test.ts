// The GLSL generator (the WebGL run itself is checked in e2e/fused.spec.ts against float64).
import { describe, expect, it } from 'vitest';
import { COMPONENTS, fusedGridProgram, fusedProgram, glslBody, glslFloat } from './fused';
import { SURFACES } from './surfaces';
import { ast } from './test-setup';

describe('glslFloat', () => {
  it('always writes a float literal GLSL accepts', () => {
    expect(glslFloat(2)).toBe('2.00000000');
    expect(glslFloat(-0.5)).toBe('(-0.500000000)');
    expect(glslFloat(1e-12)).toBe('1.00000000e-12');
    expect(glslFloat(3e20)).toBe('3.00000000e20');
    expect(() => glslFloat(Infinity)).toThrow();
  });
});

describe('glslBody', () => {
  it('generates code for every catalog formula and order', () => {
    for (const s of SURFACES)
      for (const order of [0, 1, 2] as const) {
        const body = glslBody(ast(s.formula), order);
        expect(body).toContain('float res');
        // one branch per output component
        expect(body.match(/if \(c == \d\) res = /g)?.length).toBe(COMPONENTS[order]);
      }
  });

  it('marks gaps exactly where the real function is undefined', () => {
    expect(glslBody(ast('x^2 + y^3'), 2)).not.toContain('gap = gap ||');
    expect(glslBody(ast('log(x)'), 2)).toContain('gap = gap ||');
    expect(glslBody(ast('sqrt(x)'), 0)).toContain('gap = gap ||');
    expect(glslBody(ast('x^1.5'), 0)).toContain('gap = gap ||');
    expect(glslBody(ast('x^-3'), 0)).not.toContain('gap = gap ||');
  });

  it('declines formulas with no finite literal (division by a zero constant)', () => {
    expect(() => glslBody(ast('x/0'), 2)).toThrow();
  });

  it('lays out [components, points] for batches and grids', () => {
    expect(fusedProgram(ast('x*y'), 2, 10).outputShape).toEqual([6, 10]);
    expect(fusedGridProgram(ast('x*y'), 1, 4, 5).outputShape).toEqual([3, 20]);
  });
});
