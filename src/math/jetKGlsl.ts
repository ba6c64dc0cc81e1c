// The order-K jet of jetK.ts emitted as GLSL: the same rule table run on a third scalar type,
// GLSL expressions, so one fragment computes every partial derivative up to order K of a
// formula at its point (one dispatch for a grid or batch, as fused.ts does for order 2).
import * as tf from '@tensorflow/tfjs-core';
import type { Node } from './formula/ast';
import {
  Arith,
  derivativesTensor,
  evalJetK,
  factorial,
  jetIndex,
  jetSize,
  type DerivativesTensorFn,
  type ElementaryName,
  type Field,
} from './jetK';

/** Functions the emitted code calls beyond GLSL's own (tfjs's definitions: no overflow to NaN). */
export const GLSL_HELPERS_K = `
float kTanh(float x) { float e = exp(-2.0 * abs(x)); return sign(x) * (1.0 - e) / (1.0 + e); }
float kSinh(float x) { float e = exp(x); return (e - 1.0 / e) / 2.0; }
float kCosh(float x) { float e = exp(-x); return (e + 1.0 / e) / 2.0; }
`;

const GLSL_FNS: Readonly<Record<ElementaryName, string>> = {
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
  atan: 'atan',
  sinh: 'kSinh',
  cosh: 'kCosh',
  tanh: 'kTanh',
  exp: 'exp',
  log: 'log',
  sqrt: 'sqrt',
  abs: 'abs',
  sign: 'sign',
};

/** Straight-line code: every operation is a fresh `float kN`, so operands never need parentheses. */
class Emitter {
  lines: string[] = [];
  private n = 0;
  fresh(expr: string): string {
    const name = `k${this.n++}`;
    this.lines.push(`float ${name} = ${expr};`);
    return name;
  }
  gapBelowZero(a: string) {
    // log, sqrt and real powers of a negative number are gaps (NaN), as on the tensor path.
    this.lines.push(`gap = gap || ${a} < 0.0;`);
  }
}

/**
 * A GLSL float literal with float64's shortest round-trip digits (the compiler rounds it to
 * float32; the extra digits keep the code exact when read as float64, as the unit test does).
 * Throws for a non-finite number, which has no literal.
 */
export function glslLiteral(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`no GLSL literal for ${v}`);
  const [mantissa, exponent] = String(Math.abs(v)).split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  const s = exponent === undefined ? m : `${m}e${exponent.replace('+', '')}`;
  return v < 0 ? `(-${s})` : s;
}

const lit = (a: string | number): string => (typeof a === 'number' ? glslLiteral(a) : a);

function glslField(e: Emitter): Field<string> {
  return {
    add: (a, b) => e.fresh(`${lit(a)} + ${lit(b)}`),
    sub: (a, b) => e.fresh(`${lit(a)} - ${lit(b)}`),
    mul: (a, b) => e.fresh(`${lit(a)} * ${lit(b)}`),
    div: (a, b) => e.fresh(`${lit(a)} / ${lit(b)}`),
    neg: (a) => e.fresh(`-${a}`),
    addN: (ts) => e.fresh(ts.join(' + ')),
    fn: (name, a) => {
      if (name === 'log' || name === 'sqrt') e.gapBelowZero(a);
      return e.fresh(name === 'sqrt' ? `sqrt(max(${a}, 0.0))` : `${GLSL_FNS[name]}(${a})`);
    },
    pow: (a, c) => {
      e.gapBelowZero(a);
      return e.fresh(`pow(${a}, ${glslLiteral(c)})`);
    },
  };
}

export interface GlslJetK {
  /** statements that compute the jet from `float px, py` and set `bool gap` (declared by the caller) */
  lines: string[];
  /** derivatives[n][j] flattened at jetIndex(n, j): a GLSL expression (a variable or a literal) */
  derivatives: string[];
}

/**
 * The order-K jet of a formula as GLSL, or null when the formula has a constant with no GLSL
 * literal (an infinite or NaN constant such as 1/0): such a formula stays on the tensor path.
 */
export function glslJetK(ast: Node, K: number): GlslJetK | null {
  const e = new Emitter();
  const A = new Arith(glslField(e));
  try {
    const jet = evalJetK(ast, A, 'px', 'py', K);
    const derivatives: string[] = [];
    for (let n = 0; n <= K; n++)
      for (let j = 0; j <= n; j++) {
        const c = jet[jetIndex(n, j)];
        const scale = factorial(n - j) * factorial(j);
        derivatives.push(
          typeof c === 'number' ? glslLiteral(c * scale) : scale === 1 ? c : e.fresh(`${c} * ${glslLiteral(scale)}`),
        );
      }
    return { lines: e.lines, derivatives };
  } catch {
    return null; // glslLiteral refuses a non-finite number
  }
}

/**
 * A GLSL body for a fragment that outputs one component: from `float px, py` and `int c`
 * (the flat index jetIndex(n, j)), it sets `float res` to derivatives[n][j], NaN in a gap.
 */
export function glslBodyK(ast: Node, K: number): string | null {
  const g = glslJetK(ast, K);
  if (!g) return null;
  const pick = g.derivatives.map((d, i) => `if (c == ${i}) res = ${d};`);
  return ['bool gap = false;', ...g.lines, 'float res = 0.0;', ...pick, 'if (gap) res = NAN;'].join('\n  ');
}

/**
 * A tfjs GPGPU program (tfjs-backend-webgl) computing every derivative up to order K at the
 * points X, Y (1-D, length n): output [jetSize(K), n], row jetIndex(n, j) = d^n f/(dx^(n−j) dy^j).
 * Null where glslJetK is.
 */
export function fusedProgramK(ast: Node, K: number, n: number) {
  const body = glslBodyK(ast, K);
  if (body === null) return null;
  return {
    variableNames: ['X', 'Y'],
    outputShape: [jetSize(K), n],
    enableShapeUniforms: true,
    userCode: `
${GLSL_HELPERS_K}
void main() {
  ivec2 rc = getOutputCoords();
  int c = rc.x;
  float px = getX(rc.y);
  float py = getY(rc.y);
  ${body}
  setOutput(res);
}
`,
  };
}

interface WebGLBackendLike {
  compileAndRun(program: NonNullable<ReturnType<typeof fusedProgramK>>, inputs: tf.TensorInfo[]): tf.TensorInfo;
}

// Formulas (per order) whose program did not compile here (a driver's limits): op by op.
const failed = new WeakMap<Node, Set<number>>();

/**
 * The derivatives at X, Y as a [jetSize(K), ...X.shape] tensor from one fused program, or null
 * where it cannot run (not the webgl backend, no GLSL for the formula, or the program did not
 * compile): then use jetK's derivativesTensor.
 */
export function fusedDerivativesK(ast: Node, X: tf.Tensor, Y: tf.Tensor, K: number): tf.Tensor | null {
  if (tf.getBackend() !== 'webgl' || failed.get(ast)?.has(K)) return null;
  const program = fusedProgramK(ast, K, X.size);
  if (!program) return null;
  const backend = tf.backend() as unknown as WebGLBackendLike; // the webgl backend (checked above)
  try {
    const out = tf
      .engine()
      .makeTensorFromTensorInfo(backend.compileAndRun(program, [tf.reshape(X, [-1]), tf.reshape(Y, [-1])]));
    return tf.reshape(out, [jetSize(K), ...X.shape]);
  } catch (err) {
    console.warn(`order-${K} fused program unavailable, op by op:`, err);
    failed.set(ast, (failed.get(ast) ?? new Set()).add(K));
    return null;
  }
}

/** The fused program where it runs, else op by op: pass to derivativesAt / derivativesAtPoints. */
export const derivativesTensorBest: DerivativesTensorFn = (ast, X, Y, K) =>
  fusedDerivativesK(ast, X, Y, K) ?? derivativesTensor(ast, X, Y, K);
