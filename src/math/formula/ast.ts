// The syntax tree of a formula (CONTRACT §3). Positions are 0-based character offsets
// into the source text, used for messages; they are not part of a tree's meaning.

export const FUNCTIONS = [
  'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'exp', 'log', 'sqrt', 'abs',
] as const;
export type FnName = (typeof FUNCTIONS)[number];

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Node =
  | { kind: 'num'; value: number; pos: number }
  | { kind: 'var'; name: 'x' | 'y'; pos: number }
  | { kind: 'const'; name: 'pi' | 'e'; pos: number }
  | { kind: 'neg'; arg: Node; pos: number }
  | { kind: 'binary'; op: BinaryOp; left: Node; right: Node; pos: number }
  | { kind: 'call'; fn: FnName; arg: Node; pos: number };

export type ParseResult =
  | { ok: true; ast: Node }
  | { ok: false; message: string; position: number };
