// Tests of the formula parser (and of printFormula/sameTree, which round-trip through it):
// the grammar, the messages for rejected input, limits, and properties checked with fast-check.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import jsep from 'jsep';
import { FUNCTIONS, type BinaryOp, type Node } from './ast';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_DEPTH, MAX_LENGTH, MAX_NODES, parseFormula } from './parse';
import { printFormula, sameTree } from './print';
import { compileScalar, evalScalar } from './evalScalar';

const CATALOG = [
  'x^2 + 10*y^2',
  '(1 - x)^2 + 100*(y - x^2)^2',
  '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
  '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
  '0.26*(x^2 + y^2) - 0.48*x*y',
  '2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2',
  '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
  'x^2 - y^2',
  'x^3 - 3*x*y^2',
  '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
  '(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)/2',
  'sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1',
  'tanh(x + 2*y)^2',
  'exp(-(x^2 + y^2))*(x + y)',
];

/** The tree of `text`, failing the test with the parser's message when it is rejected. */
function tree(text: string): Node {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`"${text}" was rejected: ${r.message}`);
  return r.ast;
}

function value(text: string, x = 0, y = 0): number {
  return evalScalar(tree(text), x, y);
}

// Trees written without positions, for comparing shapes with sameTree.
const X: Node = { kind: 'var', name: 'x', pos: 0 };
const num = (value: number): Node => ({ kind: 'num', value, pos: 0 });
const neg = (arg: Node): Node => ({ kind: 'neg', arg, pos: 0 });
const bin = (op: BinaryOp, left: Node, right: Node): Node => ({ kind: 'binary', op, left, right, pos: 0 });

describe('precedence and associativity', () => {
  test.each([
    ['2^3^2', 0, 512],
    ['(2^3)^2', 0, 64],
    ['-x^2', 3, -9],
    ['(-x)^2', 3, 9],
    ['-2^2', 0, -4],
    ['2^-1', 0, 0.5],
    ['1 - 2 - 3', 0, -4],
    ['8/4/2', 0, 1],
    ['2*3^2', 0, 18],
    ['2^3*2', 0, 16],
    ['1 + 2*3', 0, 7],
    ['(1 + 2)*3', 0, 9],
    ['6/2*3', 0, 9],
    ['2 - -2', 0, 4],
    ['-x*2', 3, -6],
    ['2^-x*3', 1, 1.5],
    ['--x^2', 3, 9],
    ['+x', 3, 3],
    ['x^+2', 3, 9],
  ])('%s at x=%d is %d', (text, x, expected) => {
    expect(value(text, x)).toBe(expected);
  });

  test('unary minus sits below ^ in the tree', () => {
    expect(sameTree(tree('-x^2'), neg(bin('^', X, num(2))))).toBe(true);
    expect(sameTree(tree('(-x)^2'), bin('^', neg(X), num(2)))).toBe(true);
    expect(sameTree(tree('-(x)^2'), neg(bin('^', X, num(2))))).toBe(true);
    expect(sameTree(tree('2^-x'), bin('^', num(2), neg(X)))).toBe(true);
    expect(sameTree(tree('-2^-x^2'), neg(bin('^', num(2), neg(bin('^', X, num(2))))))).toBe(true);
    expect(sameTree(tree('x*-x^2'), bin('*', X, neg(bin('^', X, num(2)))))).toBe(true);
    expect(sameTree(tree('-+-x^2'), neg(neg(bin('^', X, num(2)))))).toBe(true);
    expect(sameTree(tree('2^3^2'), bin('^', num(2), bin('^', num(3), num(2))))).toBe(true);
    expect(sameTree(tree('1 - 2 - 3'), bin('-', bin('-', num(1), num(2)), num(3)))).toBe(true);
  });

  test('whitespace anywhere', () => {
    expect(sameTree(tree(' \t x\n^ 2 +\r\n sin ( y ) '), tree('x^2 + sin(y)'))).toBe(true);
    expect(sameTree(tree('\u00a0x\u2003*\u3000y'), tree('x*y'))).toBe(true);
  });
});

describe('numbers, constants and functions', () => {
  test.each([
    ['1e-3', 0.001],
    ['.5', 0.5],
    ['2.5E+2', 250],
    ['2.5e2', 250],
    ['5.', 5],
    ['007', 7],
    ['0.1', 0.1],
    ['1e-400', 0],
    ['123456789012345678901234567890', 1.2345678901234568e29],
  ])('%s is %d', (text, expected) => {
    const t = tree(text);
    expect(t.kind).toBe('num');
    expect(evalScalar(t, 0, 0)).toBe(expected);
  });

  test('constants', () => {
    expect(tree('pi')).toEqual({ kind: 'const', name: 'pi', pos: 0 });
    expect(tree('e')).toEqual({ kind: 'const', name: 'e', pos: 0 });
    expect(value('pi')).toBe(Math.PI);
    expect(value('e')).toBe(Math.E);
    expect(value('2*e^x', 1)).toBe(2 * Math.pow(Math.E, 1));
  });

  test.each(FUNCTIONS.map((f) => [f]))('%s(...)', (fn) => {
    const t = tree(`${fn}(x + 0.25)`);
    expect(t.kind === 'call' && t.fn).toBe(fn);
    // Every function of the grammar is the Math function of the same name (log is Math.log).
    const f = (Math as unknown as Record<string, (v: number) => number>)[fn];
    expect(evalScalar(t, 0.5, 0)).toBe(f(0.75));
  });

  test('log is natural and NaN below zero', () => {
    expect(value('log(e)')).toBe(1);
    expect(value('log(-1)')).toBeNaN();
    expect(value('sqrt(-1)')).toBeNaN();
  });
});

describe('catalog formulas', () => {
  test.each(CATALOG.map((f) => [f]))('%s parses and prints back unchanged', (text) => {
    const t = tree(text);
    expect(printFormula(t)).toBe(text);
  });
});

describe('positions', () => {
  test('nodes carry the offsets of their tokens and operators', () => {
    const t = tree('x + sin(2*y)^3');
    expect(t.pos).toBe(2);
    if (t.kind !== 'binary' || t.right.kind !== 'binary') throw new Error('shape');
    expect(t.left.pos).toBe(0);
    expect(t.right.pos).toBe(12); // the ^
    const call = t.right.left;
    expect(call.kind === 'call' && call.pos).toBe(4);
    if (call.kind !== 'call' || call.arg.kind !== 'binary') throw new Error('shape');
    expect(call.arg.pos).toBe(9);
    expect(call.arg.left.pos).toBe(8);
    expect(call.arg.right.pos).toBe(10);
    const n = tree('  -( x )');
    expect(n.pos).toBe(2);
    expect(n.kind === 'neg' && n.arg.pos).toBe(5);
  });
});

describe('rejections', () => {
  test.each<[string, string, number]>([
    ['x + foo', 'Unknown name "foo" at position 4', 4],
    ['x + 1 $', 'Unexpected "$" at position 6', 6],
    ['', 'The formula is empty', 0],
    ['  \t\n ', 'The formula is empty', 0],
    ['x^^2', 'Unexpected "^" at position 2', 2],
    ['sin(', 'Missing ")" at position 4', 4],
    ['sin x', '"sin" needs parentheses: sin(...) at position 0', 0],
    ['sin', '"sin" needs parentheses: sin(...) at position 0', 0],
    ['2x', 'Missing operator before "x" at position 1 (use * to multiply)', 1],
    ['x y', 'Missing operator before "y" at position 2 (use * to multiply)', 2],
    ['2 (x + 1)', 'Missing operator before "(" at position 2 (use * to multiply)', 2],
    ['x(y)', 'Missing operator before "(" at position 1 (use * to multiply)', 1],
    ['x,y', 'Unexpected "," at position 1', 1],
    ['(x', 'Missing ")" at position 2', 2],
    ['x)', 'Unexpected ")" at position 1', 1],
    ['()', 'Empty parentheses at position 0', 0],
    ['sin()', 'Missing the argument of "sin" at position 4', 4],
    ['a ? b : c', 'Unexpected "?" at position 2', 2],
    ['x.y', 'Unexpected "." at position 1', 1],
    ['x[0]', 'Unexpected "[" at position 1', 1],
    ['[x]', 'Unexpected "[" at position 0', 0],
    ['"s"', `Unexpected '"' at position 0`, 0],
    ["'s'", `Unexpected "'" at position 0`, 0],
    ['this', 'Unknown name "this" at position 0', 0],
    ['true', 'Unknown name "true" at position 0', 0],
    ['null', 'Unknown name "null" at position 0', 0],
    ['atan(x, y)', 'Unexpected "," at position 6 ("atan" takes one argument)', 6],
    ['atan(x y)', 'Missing operator before "y" at position 7 (use * to multiply)', 7],
    ['1e999', 'The number "1e999" is too large at position 0', 0],
    ['X', 'Unknown name "X" at position 0 (did you mean "x"?)', 0],
    ['2*PI', 'Unknown name "PI" at position 2 (did you mean "pi"?)', 2],
    ['xy', 'Unknown name "xy" at position 0 (write x*y to multiply)', 0],
    ['z', 'Unknown name "z" at position 0 (the variables are x and y)', 0],
    ['sinc(x)', `Unknown function "sinc" at position 0 (functions: ${FUNCTIONS.join(', ')})`, 0],
    ['Sin(x)', 'Unknown function "Sin" at position 0 (did you mean "sin"?)', 0],
    ['1 + ln(x)', 'Unknown function "ln" at position 4 (did you mean "log"? log is the natural logarithm)', 4],
    // names that are keys of every JS object get no hint from Object.prototype
    ['constructor(x)', `Unknown function "constructor" at position 0 (functions: ${FUNCTIONS.join(', ')})`, 0],
    ['toString(x)', `Unknown function "toString" at position 0 (functions: ${FUNCTIONS.join(', ')})`, 0],
    ['x**2', 'Unexpected "*" at position 2 (use ^ for powers)', 2],
    ['x % 2', 'Unexpected "%" at position 2', 2],
    ['x == 1', 'Unexpected "=" at position 2', 2],
    ['!x', 'Unexpected "!" at position 0', 0],
    ['x +', 'Missing a term after "+" at position 3', 3],
    ['-', 'Missing a term after "-" at position 1', 1],
    ['.', 'Unexpected "." at position 0', 0],
    ['1.2.3', 'Unexpected "." at position 3', 3],
    ['2e', 'Invalid number "2e" at position 0', 0],
    ['x × y', 'Unexpected "×" at position 2 (use * to multiply)', 2],
    ['2π', 'Unexpected "π" at position 1 (write pi)', 1],
    ['x\u0000', 'Unexpected character U+0000 at position 1', 1],
  ])('%j', (text, message, position) => {
    expect(parseFormula(text)).toEqual({ ok: false, message, position });
  });

  test('a few more that must fail, whatever the message', () => {
    for (const text of [
      'x;y',
      '(x y)',
      '(x)(y)',
      'sin(x)(y)',
      'x.5',
      '(x).5',
      'x ? 1 : 2',
      '[1, 2]',
      'f(x, y)',
      'x^',
      '^x',
      '*x',
      'x^*2',
      'sin^2(x)',
      'e(x)',
      'pi x',
      '2 3',
      'x_1',
      'x$',
      '$x',
      '1e',
      '1e+',
      '0x10',
      'undefined',
      'NaN',
      'Infinity',
      'Math.sin(x)',
      'x=1',
      'x => x',
      '`x`',
      '\\sin(x)',
    ]) {
      const r = parseFormula(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.message.length).toBeGreaterThan(0);
        expect(r.position).toBeGreaterThanOrEqual(0);
        expect(r.position).toBeLessThanOrEqual(text.length);
      }
    }
  });
});

describe('limits', () => {
  test('length', () => {
    const core = 'x^2 + 10*y^2';
    const ok = ' '.repeat(MAX_LENGTH - core.length) + core;
    expect(ok.length).toBe(MAX_LENGTH);
    expect(parseFormula(ok).ok).toBe(true);
    const long = 'x'.repeat(MAX_LENGTH + 1);
    expect(parseFormula(long)).toEqual({
      ok: false,
      message: 'The formula is too long (over 10,000 characters)',
      position: MAX_LENGTH,
    });
  });

  test(`parentheses nest up to ${MAX_DEPTH} levels`, () => {
    const nest = (n: number) => '('.repeat(n) + 'x' + ')'.repeat(n);
    expect(parseFormula(nest(MAX_DEPTH)).ok).toBe(true);
    expect(parseFormula(nest(MAX_DEPTH + 1))).toEqual({
      ok: false,
      message: `The formula is nested too deeply (over ${MAX_DEPTH} levels) at position ${MAX_DEPTH}`,
      position: MAX_DEPTH,
    });
    expect(parseFormula('sin('.repeat(150) + 'x' + ')'.repeat(150)).ok).toBe(true);
    // The tree may be at most MAX_DEPTH deep, which also bounds a long chain like x+x+...+x.
    expect(parseFormula('x' + '+x'.repeat(150)).ok).toBe(true);
    expect(parseFormula('x' + '+x'.repeat(MAX_DEPTH + 1)).ok).toBe(false);
  });

  test('pathological inputs return an answer', () => {
    const inputs = [
      '('.repeat(500) + 'x' + ')'.repeat(500),
      '('.repeat(10_000),
      ')'.repeat(10_000),
      '-'.repeat(10_000),
      '-'.repeat(9_999) + 'x',
      'x' + '^x'.repeat(4_999),
      '2^-'.repeat(3_333) + '2',
      'x' + '+x'.repeat(4_999),
      'sin('.repeat(2_500),
      'x'.repeat(10_000),
      '9'.repeat(10_000),
      '1e' + '9'.repeat(9_998),
      ' '.repeat(10_000),
      '-(-'.repeat(3_333),
    ];
    for (const text of inputs) {
      expect(text.length).toBeLessThanOrEqual(MAX_LENGTH);
      const r = parseFormula(text);
      expect(typeof r.ok).toBe('boolean');
    }
    // 10,000 characters of random formula pieces.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 3000, maxLength: 3000 }), (pieces) => {
        const text = pieces.join('').slice(0, MAX_LENGTH);
        expect(typeof parseFormula(text).ok).toBe('boolean');
      }),
      { numRuns: 20 },
    );
  });
});

describe('size and time', () => {
  const size = (n: Node): number =>
    n.kind === 'binary'
      ? 1 + size(n.left) + size(n.right)
      : n.kind === 'neg' || n.kind === 'call'
        ? 1 + size(n.arg)
        : 1;
  /** x+x, doubled inside parentheses until it has `leaves` leaves: a shallow, wide tree. */
  const balanced = (leaves: number) => {
    let s = 'x';
    for (let n = 1; n < leaves; n *= 2) s = `(${s}+${s})`;
    return s;
  };

  test(`at most ${MAX_NODES} terms and operations`, () => {
    expect(size(tree(balanced(128)))).toBe(255);
    expect(size(tree(balanced(128) + '*' + balanced(64)))).toBe(383);
    const r = parseFormula(balanced(256));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toMatch(/^The formula is too large \(over 400 terms and operations\) at position \d+$/);
  });

  test('long, deep and random inputs are answered within a few milliseconds each', () => {
    const soup = fc.sample(fc.array(fc.constantFrom(...TOKENS), { minLength: 4000, maxLength: 4000 }), {
      numRuns: 10,
      seed: 7,
    });
    const inputs = [
      balanced(2048).slice(0, MAX_LENGTH),
      '('.repeat(500) + 'x' + ')'.repeat(500),
      'x^2 + ' + 'sin(x)*0 + '.repeat(900) + 'y',
      'sin('.repeat(2500),
      ...soup.map((p) => p.join('').slice(0, MAX_LENGTH)),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      const r = parseFormula(text);
      const ms = performance.now() - t0;
      expect(typeof r.ok).toBe('boolean');
      // Generous for a loaded CI machine: measured 0.1 to 40 ms.
      expect(ms).toBeLessThan(1000);
    }
  });
});

describe('no code execution', () => {
  test('no source file calls eval or the Function constructor', () => {
    const root = join(__dirname, '..', '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name)) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) =>
      /\beval\s*\(|\bnew\s+Function\b|(?<![\w.])Function\s*\(|setTimeout\s*\(\s*['"`]/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('jsep configuration is private', () => {
  test('the global jsep keeps its own setup, and changes to it do not reach us', () => {
    parseFormula('x^2');
    expect(jsep('a ? b : c').type).toBe('ConditionalExpression');
    expect((jsep('2 ** 3') as { operator?: string }).operator).toBe('**');
    jsep.addBinaryOp('#', 10);
    jsep.addLiteral('foo', 1);
    jsep.addUnaryOp('!');
    try {
      expect(parseFormula('x # y').ok).toBe(false);
      expect(parseFormula('foo').ok).toBe(false);
      expect(parseFormula('!x').ok).toBe(false);
      expect(parseFormula('2^3^2').ok).toBe(true);
      expect(value('2^3^2')).toBe(512);
    } finally {
      jsep.removeBinaryOp('#');
      jsep.removeLiteral('foo');
    }
  });
});

// ---------------------------------------------------------------------------------------
// Properties.

const TOKENS = [
  'x',
  'y',
  '(',
  ')',
  '^',
  '-',
  '+',
  '*',
  '/',
  ' ',
  ' ',
  'sin',
  'cos(',
  'log',
  'sqrt',
  'abs',
  '1e-3',
  '2',
  '0.5',
  '.5',
  'pi',
  'e',
  ',',
  '.',
  'X',
  'foo',
  '1e999',
  '**',
  '?',
  ':',
  '[',
  ']',
  '"',
  'this',
  '\t',
  '\n',
  'e5',
  '3e',
  '$',
  '_',
  '%',
  '!',
  '=',
  'π',
];

const OPS: BinaryOp[] = ['+', '-', '*', '/', '^'];

/** Non-negative numbers as the parser makes them (minus is a node, never part of a literal). */
const numberArb: fc.Arbitrary<number> = fc
  .oneof(
    fc.integer({ min: 0, max: 20 }),
    fc.double({ min: 0, max: 1000, noNaN: true }),
    fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
  )
  .map((v) => (Object.is(v, -0) ? 0 : v));

const leafArb: fc.Arbitrary<Node> = fc.oneof(
  numberArb.map((value): Node => ({ kind: 'num', value, pos: 0 })),
  fc.constantFrom<Node>({ kind: 'var', name: 'x', pos: 0 }, { kind: 'var', name: 'y', pos: 0 }),
  fc.constantFrom<Node>({ kind: 'const', name: 'pi', pos: 0 }, { kind: 'const', name: 'e', pos: 0 }),
);

const { node: anyNodeArb } = fc.letrec<{ node: Node; neg: Node; binary: Node; call: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 10, withCrossShrink: true },
    leafArb,
    tie('neg'),
    tie('binary'),
    tie('call'),
  ),
  neg: tie('node').map((arg): Node => ({ kind: 'neg', arg, pos: 0 })),
  binary: fc
    .tuple(fc.constantFrom(...OPS), tie('node'), tie('node'))
    .map(([op, left, right]): Node => ({ kind: 'binary', op, left, right, pos: 0 })),
  call: fc
    .tuple(fc.constantFrom(...FUNCTIONS), tie('node'))
    .map(([fn, arg]): Node => ({ kind: 'call', fn, arg, pos: 0 })),
}));

/** Trees the parser accepts: within MAX_NODES (a deep random tree may exceed it). */
const countNodes = (n: Node): number =>
  n.kind === 'binary'
    ? 1 + countNodes(n.left) + countNodes(n.right)
    : n.kind === 'neg' || n.kind === 'call'
      ? 1 + countNodes(n.arg)
      : 1;
const nodeArb = anyNodeArb.filter((t) => countNodes(t) <= MAX_NODES);

const pointArb = fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }));

function checkAnswer(text: string): void {
  const r = parseFormula(text);
  if (r.ok) {
    // Whatever is accepted prints to a formula that reads back as the same tree.
    const again = parseFormula(printFormula(r.ast));
    expect(again.ok && sameTree(again.ast, r.ast)).toBe(true);
  } else {
    expect(typeof r.message).toBe('string');
    expect(r.message.length).toBeGreaterThan(0);
    expect(Number.isInteger(r.position)).toBe(true);
    expect(r.position).toBeGreaterThanOrEqual(0);
    expect(r.position).toBeLessThanOrEqual(Math.max(text.length, MAX_LENGTH));
  }
}

describe('properties', () => {
  test('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => checkAnswer(s)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => checkAnswer(s)),
      { numRuns: 300 },
    );
  });

  test('never throws on strings of formula pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (pieces) => checkAnswer(pieces.join(''))),
      { numRuns: 2000 },
    );
  });

  test('printFormula then parseFormula gives the same tree back', () => {
    fc.assert(
      fc.property(nodeArb, pointArb, (t, [x, y]) => {
        const text = printFormula(t);
        const r = parseFormula(text);
        if (!r.ok) throw new Error(`${text}: ${r.message}`);
        expect(sameTree(r.ast, t)).toBe(true);
        expect(printFormula(r.ast)).toBe(text);
        expect(Object.is(evalScalar(r.ast, x, y), evalScalar(t, x, y))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('compileScalar agrees with evalScalar bit for bit', () => {
    fc.assert(
      fc.property(nodeArb, pointArb, (t, [x, y]) => {
        expect(Object.is(compileScalar(t)(x, y), evalScalar(t, x, y))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('sameTree tells different trees apart', () => {
    fc.assert(
      fc.property(nodeArb, nodeArb, (a, b) => {
        expect(sameTree(a, b)).toBe(printFormula(a) === printFormula(b));
      }),
      { numRuns: 300 },
    );
  });
});
