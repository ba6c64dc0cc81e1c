import { test } from 'vitest';
import { parseFormula } from './parse';
import { printFormula } from './print';
import { toLatex } from './latex';
test('scratch', () => {
  const cases = ['x^2 + 10*y^2', '-x^2', '(-x)^2', '2^-x', '-2^-x^2', '2^3^2', 'x + foo', '', '   ', 'x^^2', 'sin(', 'sin x', '2x', 'x y', 'x,y', '(x', 'x)', 'a ? b : c', 'x.y', 'x[0]', '"s"', 'atan(x, y)', 'atan(x y)', '1e999', 'X', 'sinc(x)', 'Sin(x)', 'ln(x)', '()', 'sin()', 'x(y)', '(x)(y)', 'sin(x)(y)', 'x**2', 'x +', '-', '.', '2e', '2.x', 'xy', 'pi x', 'true', 'this', 'x π', '1.2.3', '(x).5', 'x .5', 'x ; y', 'exp(-(x^2 + y^2))*(x + y)', '2 (x)', 'sin', 'sin^2(x)', '-+-x^2', 'x - -y', '\u00a0x\t+\ny', 'z', '$x', '_x', 'x ? 1 : 2', 'x == 2', 'x % 2', '!x', '~x', 'f(x,y)', '[1,2]', '(x y)', '((x) ', 'x+()', 'x\u0007'];
  for (const c of cases) {
    const r = parseFormula(c);
    console.log(JSON.stringify(c), '=>', r.ok ? printFormula(r.ast) + '   ' + toLatex(r.ast) + '  ' + JSON.stringify(r.ast) : `${r.message} [${r.position}]`);
  }
  const deep = '('.repeat(500) + 'x' + ')'.repeat(500);
  console.log(parseFormula(deep));
  console.log(parseFormula('-'.repeat(5000) + 'x'));
  console.log(parseFormula(Array(2000).fill('x').join('+')));
  console.log(parseFormula(Array(3000).fill('2').join('^')));
  console.log(parseFormula(Array(1500).fill('2^-').join('') + '2'));
  console.log(parseFormula('x'.repeat(10001)));
});
