// The GLSL emitted from jetK's rule table (jetKGlsl.ts), in Node: its shape, and its meaning,
// by running the emitted straight-line code as JavaScript (the statements it uses, float
// declarations, + − * /, calls and ifs, read the same in both languages) against sympy values.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derivativesAt64, jetIndex, jetSize } from './jetK';
import { fusedDerivativesK, fusedProgramK, glslBodyK, glslJetK, glslLiteral, GLSL_HELPERS_K } from './jetKGlsl';
import { ast } from './test-setup';

interface Case {
  group: string;
  formula: string;
  point: [number, number];
  derivatives: number[][];
}
const sympy = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/jetK-sympy.json', import.meta.url)), 'utf8'),
) as { cases: Case[] };

// GLSL's built-ins and GLSL_HELPERS_K's functions, in JavaScript (float64).
const GLSL_LIB: Record<string, unknown> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  atan: Math.atan,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  sign: Math.sign,
  max: Math.max,
  pow: Math.pow,
  kTanh: (x: number) => {
    const e = Math.exp(-2 * Math.abs(x));
    return (Math.sign(x) * (1 - e)) / (1 + e);
  },
  kSinh: (x: number) => (Math.exp(x) - Math.exp(-x)) / 2,
  kCosh: (x: number) => (Math.exp(x) + Math.exp(-x)) / 2,
  NAN: NaN,
};

/** Run a glslBodyK body as JavaScript: derivative component c at (px, py). */
function runBody(body: string): (px: number, py: number, c: number) => number {
  const js = body.replace(/\b(float|bool) /g, 'let ');
  // Test-only: the emitted code is ours (numbers, k-variables, the library above), not user text.
  // eslint-disable-next-line no-new-func
  const f = new Function(...Object.keys(GLSL_LIB), 'px', 'py', 'c', `${js}\nreturn res;`) as (
    ...args: unknown[]
  ) => number;
  return (px, py, c) => f(...Object.values(GLSL_LIB), px, py, c);
}

describe('emitted GLSL', () => {
  it('is straight-line float code: one declaration per operation, one pick per component', () => {
    const body = glslBodyK(ast('exp(x)*cos(y)'), 3)!;
    const lines = body.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('bool gap = false;');
    expect(lines.filter((l) => l.startsWith('if (c == ')).length).toBe(jetSize(3));
    expect(lines.at(-1)).toBe('if (gap) res = NAN;');
    for (const l of lines)
      expect(l).toMatch(
        /^(bool gap = false;|float k\d+ = [^;]+;|float res = 0\.0;|if \(c == \d+\) res = [^;]+;|if \(gap\) res = NAN;|gap = gap \|\| k\d+ < 0\.0;)$/,
      );
  });
  it('folds constants and linear arguments: a polynomial needs no function call', () => {
    const g = glslJetK(ast('x^2 + 10*y^2'), 6)!;
    expect(g.lines.join('\n')).not.toMatch(/\b(sin|exp|log|pow)\(/);
    // d²/dx² = 2, d²/dy² = 20 are literals; every order-3+ entry is the literal 0.
    expect(g.derivatives[jetIndex(2, 0)]).toBe('2.0');
    expect(g.derivatives[jetIndex(2, 2)]).toBe('20.0');
    for (let n = 3; n <= 6; n++) for (let j = 0; j <= n; j++) expect(g.derivatives[jetIndex(n, j)]).toBe('0.0');
  });
  it('writes literals GLSL accepts, exact in float64', () => {
    const cases: [number, string][] = [
      [2, '2.0'],
      [-0.5, '(-0.5)'],
      [1e-7, '1.0e-7'],
      [1.5e21, '1.5e21'],
      [Math.PI, '3.141592653589793'],
    ];
    for (const [v, s] of cases) expect(glslLiteral(v)).toBe(s);
    expect(Number(glslLiteral(1 / 720))).toBe(1 / 720);
  });
  it('marks gaps for log, sqrt and real powers', () => {
    for (const text of ['log(x)', 'sqrt(x + y)', 'x^1.5'])
      expect(glslBodyK(ast(text), 2)).toMatch(/gap = gap \|\| (k\d+|px|py) < 0\.0;/);
  });
  it('refuses a formula with a non-finite constant (stays on the tensor path), without throwing', () => {
    expect(glslJetK(ast('x + 1/0'), 3)).toBeNull();
    expect(fusedProgramK(ast('x + 1/0'), 3, 10)).toBeNull();
  });
  it('the program outputs [jetSize(K), n] and declares its helpers and inputs', () => {
    const p = fusedProgramK(ast('tanh(x)*sinh(y)'), 6, 100)!;
    expect(p.outputShape).toEqual([28, 100]);
    expect(p.variableNames).toEqual(['X', 'Y']);
    expect(p.userCode).toContain(GLSL_HELPERS_K.trim());
    expect(p.userCode).toContain('setOutput(res);');
  });
  it('does not run on the cpu backend (null: the caller goes op by op)', async () => {
    const tf = await import('@tensorflow/tfjs-core');
    await import('@tensorflow/tfjs-backend-cpu');
    await tf.setBackend('cpu');
    expect(fusedDerivativesK(ast('x*y'), tf.tensor1d([1]), tf.tensor1d([2]), 3)).toBeNull();
  });
});

describe('the emitted code computes the derivatives (run as JavaScript) against sympy', () => {
  for (const c of sympy.cases) {
    it(`${c.formula} at (${c.point.join(', ')})`, () => {
      const run = runBody(glslBodyK(ast(c.formula), 6)!);
      c.derivatives.forEach((row, n) => {
        const scale = 1 + Math.max(...row.map(Math.abs));
        row.forEach((want, j) =>
          expect(Math.abs(run(c.point[0], c.point[1], jetIndex(n, j)) - want)).toBeLessThan(1e-9 * scale),
        );
      });
    });
  }
  it('gives NaN in every component in a gap', () => {
    const run = runBody(glslBodyK(ast('log(x) + y^3'), 4)!);
    for (let i = 0; i < jetSize(4); i++) expect(run(-1, 2, i)).toBeNaN();
    expect(run(1, 2, jetIndex(3, 3))).toBe(6);
  });
  it('agrees with the float64 interpreter at every order K', () => {
    const a = ast('atan(x*y) + sqrt(4 + x*y)/(1 + x^2) + 2^x');
    for (let K = 0; K <= 6; K++) {
      const run = runBody(glslBodyK(a, K)!);
      const want = derivativesAt64(a, 0.6, -0.9, K);
      want.forEach((row, n) => {
        const scale = 1 + Math.max(...row.map(Math.abs));
        row.forEach((w, j) => expect(Math.abs(run(0.6, -0.9, jetIndex(n, j)) - w)).toBeLessThan(1e-13 * scale));
      });
    }
  });
});
