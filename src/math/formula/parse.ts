// Reads a user's formula text into the syntax tree of ast.ts (CONTRACT §3). jsep does the
// tokenizing and precedence climbing; a strict whitelist turns jsep's tree into ours.
//
// Never throws and never evaluates anything as code: every failure comes back as
// { ok: false, message, position } with a short message that says what and where.

import jsep from 'jsep';
import { currentLang, type Lang } from '../../i18n/i18n';
import { formulaMsg } from '../../i18n/problems';
import { FUNCTIONS, type BinaryOp, type FnName, type Node, type ParseResult } from './ast';

/** Longest formula accepted, in characters. */
export const MAX_LENGTH = 10_000;
/** Deepest nesting accepted: parentheses, runs of signs, and levels of the tree. */
export const MAX_DEPTH = 200;
/**
 * Most terms and operations in one formula (the largest catalog formula has 99). Every one
 * costs a few tensor operations per evaluation, thousands of evaluations per scene: a
 * 10,000-character formula of a few thousand terms would freeze the page for minutes.
 */
export const MAX_NODES = 400;

const FUNCTION_LIST = FUNCTIONS.join(', ');

/** The messages of the parse under way (parseFormula sets them; a parse is synchronous). */
let msg = formulaMsg.en;

/** A failure with its 0-based offset into the text. */
class FormulaError extends Error {
  readonly position: number;
  constructor(message: string, position: number) {
    super(message);
    this.position = position;
  }
}

// ---------------------------------------------------------------------------------------
// A private jsep setup.
//
// jsep keeps its configuration (operators, literals, hooks, plugins such as the ternary one
// registered by default) in static fields of one shared class. So that nothing done to jsep
// elsewhere can change our language, and so that our setup leaks nowhere, the fields are
// swapped in for the length of one (synchronous) parse and swapped back afterwards.

type JExpr = jsep.Expression;

/** The static configuration fields of jsep's class that the parser reads. */
interface JsepConfig {
  unary_ops: Record<string, unknown>;
  binary_ops: Record<string, number>;
  right_associative: Set<string>;
  additional_identifier_chars: Set<string>;
  literals: Record<string, unknown>;
  this_str: string;
  max_unop_len: number;
  max_binop_len: number;
  hooks: unknown;
}

/** The parts of a jsep parser instance our hooks use (they run with `this` = the parser). */
interface JsepParser {
  index: number;
  readonly expr: string;
  gobbleNumericLiteral(): JExpr;
}

interface HookEnv {
  context?: JsepParser;
  node?: JExpr | false;
}
type Hook = (this: JsepParser, env: HookEnv) => void;

// The typings describe the callable `jsep` and its copies of the config methods, not the
// class whose static fields the parser actually reads; it is reachable as `jsep.Jsep`.
const JsepClass = (jsep as unknown as { Jsep: JsepConfig }).Jsep;

function snapshotConfig(): JsepConfig {
  const J = JsepClass;
  return {
    unary_ops: J.unary_ops,
    binary_ops: J.binary_ops,
    right_associative: J.right_associative,
    additional_identifier_chars: J.additional_identifier_chars,
    literals: J.literals,
    this_str: J.this_str,
    max_unop_len: J.max_unop_len,
    max_binop_len: J.max_binop_len,
    hooks: J.hooks,
  };
}

function installConfig(config: JsepConfig): void {
  Object.assign(JsepClass, config);
}

/** Where each jsep node came from in the text (jsep itself records no positions). */
interface Span {
  /** start of the token itself, e.g. of `x` in `(x)` */
  start: number;
  /** start of the whole token including enclosing parentheses, e.g. of `(` in `(x)` */
  outerStart: number;
  /** index just past the whole token (and any spaces after it) */
  end: number;
  /** whether the node was written inside its own parentheses */
  paren: boolean;
}

const spans = new WeakMap<object, Span>();
/** Start offsets of the tokens being read, innermost last (tokens nest: `-(x)`). */
let tokenStarts: number[] = [];

// Runs at the start of every token. Numbers are read here (with jsep's own reader) because
// jsep's number path skips the after-token hook that records positions.
const onGobbleToken: Hook = function (env) {
  const start = this.index;
  tokenStarts.push(start);
  const code = this.expr.charCodeAt(start);
  if (isDigitCode(code) || code === 46 /* . */) env.node = readNumber(this, start);
};

// Runs at the end of every token (numbers included, see above), innermost first.
const onAfterToken: Hook = function (env) {
  const start = tokenStarts.pop() ?? this.index;
  const node = env.node;
  const paren = this.expr.charCodeAt(start) === 40; /* ( */
  if (!node) {
    // jsep reads `()` as "no token" and goes on silently; we refuse it here.
    if (paren) throw new FormulaError(msg.emptyParens(start), start);
    return;
  }
  const span = spans.get(node);
  if (span) {
    // A group `( … )` around a token seen before: widen the extent, keep the inner start.
    span.outerStart = start;
    span.end = this.index;
    span.paren = span.paren || paren;
  } else {
    spans.set(node, { start, outerStart: start, end: this.index, paren });
  }
};

const hookLists: Record<string, Hook[] | undefined> = {
  'gobble-token': [onGobbleToken],
  'after-token': [onAfterToken],
};

// Stands in for jsep's Hooks object: jsep looks hook lists up by name and calls `run`.
// Only our two hooks exist, so jsep's default plugins (ternary) are not in effect.
const privateHooks = Object.assign(Object.create(null) as object, hookLists, {
  run(name: string, env: HookEnv): void {
    for (const hook of hookLists[name] ?? []) hook.call(env.context as JsepParser, env);
  },
});

function buildPrivateConfig(): JsepConfig {
  const outer = snapshotConfig();
  try {
    // Fresh containers first: jsep's add/remove functions mutate the shared ones in place.
    installConfig({
      ...outer,
      unary_ops: {},
      binary_ops: {},
      right_associative: new Set(),
      additional_identifier_chars: new Set(), // no `$` or `_` in names
      literals: {},
    });
    jsep.removeAllUnaryOps();
    jsep.removeAllBinaryOps();
    jsep.removeAllLiterals(); // true, false, null become plain (unknown) names
    jsep.addUnaryOp('-');
    jsep.addUnaryOp('+');
    jsep.addBinaryOp('+', 9);
    jsep.addBinaryOp('-', 9);
    jsep.addBinaryOp('*', 10);
    jsep.addBinaryOp('/', 10);
    jsep.addBinaryOp('^', 11, true); // right-associative: 2^3^2 = 2^(3^2)
    return {
      ...snapshotConfig(),
      // `this` becomes an ordinary (unknown) name: no identifier can contain a NUL.
      this_str: '\u0000',
      hooks: privateHooks,
    };
  } finally {
    installConfig(outer);
  }
}

const PRIVATE_CONFIG = buildPrivateConfig();

function runJsep(src: string): JExpr {
  const outer = snapshotConfig();
  installConfig(PRIVATE_CONFIG);
  tokenStarts = [];
  try {
    return jsep(src);
  } finally {
    installConfig(outer);
    tokenStarts = [];
  }
}

function readNumber(parser: JsepParser, start: number): JExpr {
  const text = parser.expr;
  if (text.charCodeAt(start) === 46 && !isDigitCode(text.charCodeAt(start + 1))) {
    throw unexpectedAt(text, start);
  }
  let node: JExpr;
  try {
    node = parser.gobbleNumericLiteral();
  } catch (err) {
    const index = jsepIndex(err, start);
    const what = jsepDescription(err);
    if (what.startsWith('Variable names cannot start with a number')) throw missingOperator(text, index);
    if (what.startsWith('Unexpected period')) throw unexpectedAt(text, text[index] === '.' ? index : start);
    throw new FormulaError(msg.invalidNumber(text.slice(start, index), start), start);
  }
  const value = node.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const raw = text.slice(start, parser.index);
    throw new FormulaError(msg.numberTooLarge(raw, start), start);
  }
  return node;
}

// ---------------------------------------------------------------------------------------
// Checks made on the characters before jsep sees them: a whitelist of characters, commas
// (which jsep would silently skip between expressions), stray dots, and nesting limits that
// keep jsep's recursion shallow.

function prescan(s: string): void {
  let depth = 0;
  let signRun = 0;
  let runIsNumber = false; // whether the current run of letters, digits and dots began as a number
  const callees: (string | null)[] = []; // the name before each open `(`, innermost last
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const inWord = isWordCode(c);
    if (inWord && !(i > 0 && isWordCode(s.charCodeAt(i - 1)))) runIsNumber = isDigitCode(c) || c === 46;
    if (c === 32) continue; // whitespace was normalized to spaces
    if (c === 43 || c === 45) {
      // + -
      if (++signRun > MAX_DEPTH) throw tooDeep(i);
      continue;
    }
    signRun = 0;
    if (isLetterCode(c) || isDigitCode(c)) continue;
    switch (c) {
      case 46: // . belongs only inside a number
        if (runIsNumber && (isDigitCode(s.charCodeAt(i - 1)) || isDigitCode(s.charCodeAt(i + 1)))) continue;
        throw unexpectedAt(s, i);
      case 40: // (
        if (++depth > MAX_DEPTH) throw tooDeep(i);
        callees.push(wordBefore(s, i));
        continue;
      case 41: // )
        if (depth > 0) {
          depth--;
          callees.pop();
        }
        continue;
      case 42: // *
      case 47: // /
      case 94: // ^
        continue;
      case 44: {
        // ,
        const fn = callees[callees.length - 1];
        const hint = fn && isFunctionName(fn) ? msg.hintOneArgument(fn) : '';
        throw new FormulaError(msg.unexpected(msg.quoteChar(','), i, hint), i);
      }
      default:
        throw unexpectedAt(s, i);
    }
  }
}

/** The letters-and-digits word that ends just before index `i` (spaces allowed between). */
function wordBefore(s: string, i: number): string | null {
  let end = i;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  let start = end;
  while (start > 0 && (isLetterCode(s.charCodeAt(start - 1)) || isDigitCode(s.charCodeAt(start - 1)))) start--;
  return start < end && isLetterCode(s.charCodeAt(start)) ? s.slice(start, end) : null;
}

// ---------------------------------------------------------------------------------------
// jsep's tree → ours, by whitelist.

const VALUE_NAMES = ['x', 'y', 'pi', 'e'] as const;

function isFunctionName(name: string): name is FnName {
  return (FUNCTIONS as readonly string[]).includes(name);
}

function isBinaryOp(op: string): op is BinaryOp {
  return op === '+' || op === '-' || op === '*' || op === '/' || op === '^';
}

class Converter {
  private readonly text: string;
  private nodes = 0;

  constructor(text: string) {
    this.text = text;
  }

  convert(n: JExpr, depth: number): Node {
    if (depth > MAX_DEPTH) throw tooDeep(this.leftmost(n));
    if (++this.nodes > MAX_NODES) {
      throw new FormulaError(msg.tooLarge(MAX_NODES, this.leftmost(n)), this.leftmost(n));
    }
    switch (n.type) {
      case 'Literal': {
        const value = (n as jsep.Literal).value;
        if (typeof value === 'number' && Number.isFinite(value)) {
          return { kind: 'num', value, pos: this.tokenPos(n) };
        }
        throw unexpectedAt(this.text, this.leftmost(n));
      }
      case 'Identifier':
        return this.name((n as jsep.Identifier).name, this.tokenPos(n));
      case 'UnaryExpression': {
        const u = n as jsep.UnaryExpression;
        const arg = this.convert(u.argument, depth + 1);
        if (u.operator === '+') return arg; // unary plus changes nothing
        if (u.operator === '-') return { kind: 'neg', arg, pos: this.tokenPos(u) };
        throw unexpectedAt(this.text, this.tokenPos(u));
      }
      case 'BinaryExpression': {
        const b = n as jsep.BinaryExpression;
        if (!isBinaryOp(b.operator)) throw unexpectedAt(this.text, this.operatorPos(b));
        if (b.operator === '^') return this.power(b, depth);
        const left = this.convert(b.left, depth + 1);
        const right = this.convert(b.right, depth + 1);
        return { kind: 'binary', op: b.operator, left, right, pos: this.operatorPos(b) };
      }
      case 'CallExpression':
        return this.call(n as jsep.CallExpression, depth);
      case 'Compound':
        return this.juxtaposed((n as jsep.Compound).body, depth);
      case 'SequenceExpression':
        return this.juxtaposed((n as jsep.SequenceExpression).expressions, depth);
      default:
        // Members, arrays, strings, conditionals, `this`: none belong to the language.
        throw unexpectedAt(this.text, this.leftmost(n));
    }
  }

  /**
   * jsep binds a prefix sign tighter than any binary operator, so it reads `-x^2` as
   * `(-x)^2`. In our grammar `^` binds tighter than the sign: peel the signs that were not
   * written in their own parentheses off the base and put them around the power.
   */
  private power(b: jsep.BinaryExpression, depth: number): Node {
    const signs: { op: string; pos: number }[] = [];
    let base = b.left;
    while (base.type === 'UnaryExpression' && !spans.get(base)?.paren) {
      const u = base as jsep.UnaryExpression;
      signs.push({ op: u.operator, pos: this.tokenPos(u) });
      base = u.argument;
    }
    const inner = depth + 1 + signs.length;
    const left = this.convert(base, inner);
    const right = this.convert(b.right, inner);
    let out: Node = { kind: 'binary', op: '^', left, right, pos: this.operatorPos(b) };
    for (let i = signs.length - 1; i >= 0; i--) {
      const sign = signs[i];
      if (sign.op === '-') out = { kind: 'neg', arg: out, pos: sign.pos };
      else if (sign.op !== '+') throw unexpectedAt(this.text, sign.pos);
    }
    return out;
  }

  private call(c: jsep.CallExpression, depth: number): Node {
    const callee = c.callee;
    if (callee.type !== 'Identifier') {
      // e.g. `(x)(y)` or `sin(x)(y)`: report a problem inside the callee first (it is further left).
      this.convert(callee, depth + 1);
      throw missingOperator(this.text, this.argsOpen(c));
    }
    const name = (callee as jsep.Identifier).name;
    const pos = this.tokenPos(c);
    if (!isFunctionName(name)) {
      if ((VALUE_NAMES as readonly string[]).includes(name)) throw missingOperator(this.text, this.argsOpen(c));
      throw unknownFunction(name, pos);
    }
    const args = c.arguments;
    if (args.length === 0) {
      const close = skipSpaces(this.text, this.argsOpen(c) + 1);
      throw new FormulaError(msg.missingArgument(name, close), close);
    }
    const arg = this.convert(args[0], depth + 1);
    if (args.length > 1) throw this.separatorError(args[1], name);
    return { kind: 'call', fn: name, arg, pos };
  }

  /** Expressions written side by side (`x y`, `2 (x)`, `sin x`): report the first problem. */
  private juxtaposed(items: JExpr[], depth: number): Node {
    if (items.length === 0) throw new FormulaError(msg.empty, 0);
    const first = this.convert(items[0], depth + 1);
    if (items.length === 1) return first;
    throw this.separatorError(items[1], null);
  }

  private separatorError(next: JExpr, fn: string | null): FormulaError {
    const p = this.leftmost(next);
    let q = p - 1;
    while (q > 0 && this.text.charCodeAt(q) === 32) q--;
    const ch = this.text[q];
    if (q >= 0 && (ch === ',' || ch === ';')) {
      const hint = fn ? msg.hintOneArgument(fn) : '';
      return new FormulaError(msg.unexpected(msg.quoteChar(ch), q, hint), q);
    }
    return missingOperator(this.text, p);
  }

  private name(name: string, pos: number): Node {
    if (name === 'x' || name === 'y') return { kind: 'var', name, pos };
    if (name === 'pi' || name === 'e') return { kind: 'const', name, pos };
    if (isFunctionName(name)) {
      throw new FormulaError(msg.needsParens(name, pos), pos);
    }
    throw new FormulaError(msg.unknownName(name, pos, nameHint(name)), pos);
  }

  // Positions. Every token has a span; binary nodes (unless parenthesized) and the inner
  // parts of calls do not, and are located through their neighbours.

  private tokenPos(n: JExpr): number {
    return spans.get(n)?.start ?? this.leftmost(n);
  }

  /** Where the text of `n` starts (including any parentheses around it). Iterative: chains can be long. */
  private leftmost(n: JExpr): number {
    let cur: JExpr = n;
    for (;;) {
      const span = spans.get(cur);
      if (span) return span.outerStart;
      const next = firstChild(cur);
      if (!next) return 0;
      cur = next;
    }
  }

  /** Index just past the text of `n` (and spaces after it). */
  private end(n: JExpr): number {
    let cur: JExpr = n;
    for (;;) {
      const span = spans.get(cur);
      if (span) return span.end;
      const next: unknown =
        cur.type === 'BinaryExpression' ? cur.right : cur.type === 'UnaryExpression' ? cur.argument : undefined;
      if (!isJExpr(next)) return this.leftmost(n);
      cur = next;
    }
  }

  private operatorPos(b: jsep.BinaryExpression): number {
    const p = skipSpaces(this.text, this.end(b.left));
    return this.text[p] === b.operator ? p : this.leftmost(b);
  }

  /** Position of the `(` that opens a call's argument list. */
  private argsOpen(c: jsep.CallExpression): number {
    const t = this.text;
    let p: number;
    if (c.arguments.length > 0) {
      p = this.leftmost(c.arguments[0]) - 1;
    } else {
      const span = spans.get(c);
      if (!span) return this.leftmost(c);
      p = span.end - 1;
      while (p > 0 && t.charCodeAt(p) === 32) p--;
      p--; // past the `)`
    }
    while (p > 0 && t.charCodeAt(p) === 32) p--;
    return t[p] === '(' ? p : this.leftmost(c);
  }
}

/** The sub-expression a jsep node's text begins with, if it does not begin with its own token. */
function firstChild(n: JExpr): JExpr | undefined {
  let child: unknown;
  switch (n.type) {
    case 'BinaryExpression':
      child = n.left;
      break;
    case 'CallExpression':
      child = n.callee;
      break;
    case 'MemberExpression':
      child = n.object;
      break;
    case 'ConditionalExpression':
      child = n.test;
      break;
    case 'Compound':
      child = (n.body as unknown[])[0];
      break;
    case 'SequenceExpression':
      child = (n.expressions as unknown[])[0];
      break;
  }
  return isJExpr(child) ? child : undefined;
}

function isJExpr(v: unknown): v is JExpr {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

// ---------------------------------------------------------------------------------------
// Messages.

/** Names a user may have meant, for hints. */
const KNOWN_NAMES: readonly string[] = [...VALUE_NAMES, ...FUNCTIONS];
const FUNCTION_ALIASES: Record<string, string> = {
  ln: 'log',
  arctan: 'atan',
  atn: 'atan',
  sqr: 'sqrt',
  fabs: 'abs',
};

function nameHint(name: string): string {
  const lower = name.toLowerCase();
  if (lower !== name && KNOWN_NAMES.includes(lower)) return msg.hintLowercase(lower);
  const parts = splitIntoValues(name);
  if (parts) return msg.hintMultiply(parts.join('*'));
  if (/^[a-z]$/i.test(name)) return msg.hintVariables;
  return '';
}

/** `xy` → [x, y], `pix` → [pi, x]: a run of known value names written without `*`. */
function splitIntoValues(name: string): string[] | null {
  if (name.length > 12) return null;
  const go = (rest: string): string[] | null => {
    if (rest === '') return [];
    for (const v of VALUE_NAMES) {
      if (rest.startsWith(v)) {
        const tail = go(rest.slice(v.length));
        if (tail) return [v, ...tail];
      }
    }
    return null;
  };
  const parts = go(name);
  return parts && parts.length >= 2 ? parts : null;
}

function unknownFunction(name: string, pos: number): FormulaError {
  const lower = name.toLowerCase();
  const alias = Object.hasOwn(FUNCTION_ALIASES, lower) ? FUNCTION_ALIASES[lower] : undefined; // not "constructor" → Object
  let hint: string;
  if (lower !== name && isFunctionName(lower)) hint = msg.didYouMean(lower);
  else if (alias) hint = alias === 'log' ? msg.didYouMeanLog : msg.didYouMean(alias);
  else hint = msg.functions(FUNCTION_LIST);
  return new FormulaError(msg.unknownFunction(name, pos, hint), pos);
}

function tooDeep(pos: number): FormulaError {
  return new FormulaError(msg.tooDeepAt(MAX_DEPTH, pos), pos);
}

/** The token that starts at `p`, for messages: a name, a number or one character. */
function tokenAt(s: string, p: number): string {
  const m = /^(?:[A-Za-z][A-Za-z0-9]*|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(s.slice(p, p + 40));
  return m ? m[0] : (s[p] ?? '');
}

function missingOperator(s: string, p: number): FormulaError {
  return new FormulaError(msg.missingOperator(tokenAt(s, p), p), p);
}

type Hint = 'hintPi' | 'hintTimes' | 'hintDivide' | 'hintMinus' | 'hintSquare' | 'hintCube' | 'hintSqrt';
const CHAR_HINTS: Record<string, Hint> = {
  π: 'hintPi',
  '×': 'hintTimes',
  '·': 'hintTimes',
  '÷': 'hintDivide',
  '−': 'hintMinus',
  '²': 'hintSquare',
  '³': 'hintCube',
  '√': 'hintSqrt',
};

/** `Unexpected "c" at position p`, or the end-of-text message when p is past the end. */
function unexpectedAt(s: string, p: number): FormulaError {
  if (p >= s.length) {
    let q = s.length - 1;
    while (q >= 0 && s.charCodeAt(q) === 32) q--;
    const message = q >= 0 ? msg.missingTermAfter(s[q], s.length) : msg.missingTerm(s.length);
    return new FormulaError(message, s.length);
  }
  const cp = s.codePointAt(p) ?? 0;
  const ch = String.fromCodePoint(cp);
  const shown =
    cp < 32 || cp === 127 || (cp >= 0x80 && cp < 0xa0)
      ? msg.charCode(cp.toString(16).toUpperCase().padStart(4, '0'))
      : msg.quoteChar(ch);
  const named = Object.hasOwn(CHAR_HINTS, ch) ? CHAR_HINTS[ch] : undefined;
  let hint = named ? msg[named] : '';
  if (ch === '*' && s.lastIndexOf('*', p - 1) >= 0 && s.slice(s.lastIndexOf('*', p - 1) + 1, p).trim() === '') {
    hint = msg.hintPower;
  }
  return new FormulaError(msg.unexpected(shown, p, hint), p);
}

function jsepIndex(err: unknown, fallback: number): number {
  const index = (err as { index?: unknown } | null)?.index;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : fallback;
}

function jsepDescription(err: unknown): string {
  const d = (err as { description?: unknown } | null)?.description;
  return typeof d === 'string' ? d : '';
}

/** Turns an error thrown by jsep (an Error with `index` and `description`) into our message. */
function fromJsepError(err: unknown, s: string): FormulaError {
  const what = jsepDescription(err);
  const index = Math.min(jsepIndex(err, 0), s.length);
  if (what === 'Unclosed (' || what === 'Expected )') {
    return new FormulaError(msg.missingParen(index), index);
  }
  // jsep reports "Unexpected token X" after stepping past X.
  const p = skipSpaces(s, what.startsWith('Unexpected token') ? Math.max(0, index - 1) : index);
  return unexpectedAt(s, p);
}

function skipSpaces(s: string, p: number): number {
  while (p < s.length && s.charCodeAt(p) === 32) p++;
  return p;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c) || c === 46;
}

// ---------------------------------------------------------------------------------------

function fail(message: string, position: number): ParseResult {
  return { ok: false, message, position };
}

/**
 * Parses a formula in the contract's grammar: x, y, numbers, + - * / ^ (right-associative,
 * above unary minus), parentheses, the functions of ast.ts and the constants pi and e.
 * Messages are in `lang` (default: the language in use).
 */
export function parseFormula(text: string, lang: Lang = currentLang()): ParseResult {
  const outer = msg;
  msg = formulaMsg.in(lang);
  try {
    return parse(text);
  } finally {
    msg = outer;
  }
}

function parse(text: string): ParseResult {
  try {
    if (typeof text !== 'string') return fail(msg.mustBeText, 0);
    if (text.length > MAX_LENGTH) return fail(msg.tooLong(MAX_LENGTH.toLocaleString('en-US')), MAX_LENGTH);
    // Any whitespace counts as a space; one for one, so positions are unchanged.
    const src = text.replace(/\s/g, ' ');
    if (src.trim() === '') return fail(msg.empty, 0);
    prescan(src);
    let tree: JExpr;
    try {
      tree = runJsep(src);
    } catch (err) {
      if (err instanceof FormulaError || err instanceof RangeError) throw err;
      throw fromJsepError(err, src);
    }
    return { ok: true, ast: new Converter(src).convert(tree, 0) };
  } catch (err) {
    if (err instanceof FormulaError) return fail(err.message, err.position);
    // A stack overflow despite the limits above: still an answer, never a throw.
    if (err instanceof RangeError) return fail(msg.tooDeep(MAX_DEPTH), 0);
    return fail(msg.couldNotRead, 0);
  }
}
