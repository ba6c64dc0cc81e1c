// A formula fused into one WebGL program: the same second-order forward-mode arithmetic as
// jet.ts, written out as GLSL for one point per fragment, so f, ∇f and H over a grid or a
// batch cost one dispatch instead of one per operation (tfjs's per-op overhead dominates
// otherwise). The generated code mirrors tfjs's own kernels where they define edge cases
// (tanh, sinh, cosh, pow) and marks gaps (log or sqrt of a negative number, a real power of
// a negative base) so the result is NaN there, as with the op-by-op path.
import * as tf from '@tensorflow/tfjs-core';
import type { Node } from './formula/ast';
import type { Order } from './jet';

/** Components per point in the program's output: f; f, fx, fy; f, fx, fy, fxx, fxy, fyy. */
export const COMPONENTS: Record<Order, number> = { 0: 1, 1: 3, 2: 6 };

/** A float literal GLSL accepts (always with a point or an exponent). */
export function glslFloat(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`no GLSL literal for ${v}`);
  let s = Math.abs(v).toPrecision(9);
  if (!/[.e]/.test(s)) s += '.0';
  s = s.replace(/e\+?/, 'e');
  if (/e/.test(s) && !/\./.test(s.split('e')[0])) s = s.replace('e', '.0e');
  return v < 0 || Object.is(v, -0) ? `(-${s})` : s;
}

const HELPERS = `
struct J { float v; vec2 g; vec3 h; };
J jc(float c) { return J(c, vec2(0.0), vec3(0.0)); }
J jadd(J a, J b) { return J(a.v + b.v, a.g + b.g, a.h + b.h); }
J jsub(J a, J b) { return J(a.v - b.v, a.g - b.g, a.h - b.h); }
J jneg(J a) { return J(-a.v, -a.g, -a.h); }
J jscale(J a, float c) { return J(a.v * c, a.g * c, a.h * c); }
J jmul(J a, J b) {
  return J(a.v * b.v, a.g * b.v + a.v * b.g,
    a.h * b.v + a.v * b.h + vec3(2.0 * a.g.x * b.g.x, a.g.x * b.g.y + a.g.y * b.g.x, 2.0 * a.g.y * b.g.y));
}
// phi(u): value f, gradient d1 grad u, Hessian d2 grad u grad u^T + d1 hess u.
J jchain(J u, float f, float d1, float d2) {
  return J(f, d1 * u.g, d2 * vec3(u.g.x * u.g.x, u.g.x * u.g.y, u.g.y * u.g.y) + d1 * u.h);
}
float ipow(float u, int n) {
  float r = 1.0;
  float b = u;
  int k = n;
  for (int i = 0; i < 8; i++) {
    if (k == 0) break;
    if ((k & 1) == 1) r *= b;
    k >>= 1;
    b *= b;
  }
  return r;
}
// u^c for a constant c, as tf.pow: exact signs for integer c, NaN for a negative base otherwise.
float cpow(float u, float c, bool isInt, int n) {
  if (isInt) return n >= 0 ? ipow(u, n) : 1.0 / ipow(u, -n);
  return pow(u, c);
}
float tanh_(float x) { float e = exp(-2.0 * abs(x)); return sign(x) * (1.0 - e) / (1.0 + e); }
float sinh_(float x) { float e = exp(x); return (e - 1.0 / e) / 2.0; }
float cosh_(float x) { float e = exp(-x); return (e + 1.0 / e) / 2.0; }
`;

interface Gen {
  lines: string[];
  n: number;
  jet: boolean;
}

function fresh(g: Gen, expr: string): string {
  const name = `t${g.n++}`;
  g.lines.push(`${g.jet ? 'J' : 'float'} ${name} = ${expr};`);
  return name;
}

function isConst(n: Node): number | null {
  if (n.kind === 'num') return n.value;
  if (n.kind === 'const') return n.name === 'pi' ? Math.PI : Math.E;
  if (n.kind === 'neg') {
    const c = isConst(n.arg);
    return c === null ? null : -c;
  }
  return null;
}

/** A unary function: its value and, for jets, first and second derivatives in terms of a (the argument) and f. */
function fn(g: Gen, name: string, u: string): string {
  const a = g.jet ? `${u}.v` : u;
  const f = (e: string) => fresh2(g, e);
  let val: string;
  let d1: string;
  let d2: string;
  switch (name) {
    case 'sin':
      val = f(`sin(${a})`);
      if (!g.jet) return val;
      d1 = `cos(${a})`;
      d2 = `-${val}`;
      break;
    case 'cos':
      val = f(`cos(${a})`);
      if (!g.jet) return val;
      d1 = `-sin(${a})`;
      d2 = `-${val}`;
      break;
    case 'tan': {
      val = f(`tan(${a})`);
      if (!g.jet) return val;
      const p = f(`1.0 + ${val} * ${val}`);
      d1 = p;
      d2 = `2.0 * ${val} * ${p}`;
      break;
    }
    case 'atan': {
      val = f(`atan(${a})`);
      if (!g.jet) return val;
      const p = f(`1.0 / (1.0 + ${a} * ${a})`);
      d1 = p;
      d2 = `-2.0 * ${a} * ${p} * ${p}`;
      break;
    }
    case 'sinh':
      val = f(`sinh_(${a})`);
      if (!g.jet) return val;
      d1 = `cosh_(${a})`;
      d2 = val;
      break;
    case 'cosh':
      val = f(`cosh_(${a})`);
      if (!g.jet) return val;
      d1 = `sinh_(${a})`;
      d2 = val;
      break;
    case 'tanh': {
      val = f(`tanh_(${a})`);
      if (!g.jet) return val;
      const p = f(`1.0 - ${val} * ${val}`);
      d1 = p;
      d2 = `-2.0 * ${val} * ${p}`;
      break;
    }
    case 'exp':
      val = f(`exp(${a})`);
      if (!g.jet) return val;
      d1 = val;
      d2 = val;
      break;
    case 'log': {
      g.lines.push(`gap = gap || ${a} < 0.0;`);
      val = f(`log(${a})`);
      if (!g.jet) return val;
      const p = f(`1.0 / ${a}`);
      d1 = p;
      d2 = `-${p} * ${p}`;
      break;
    }
    case 'sqrt': {
      g.lines.push(`gap = gap || ${a} < 0.0;`);
      val = f(`sqrt(max(${a}, 0.0))`);
      if (!g.jet) return val;
      const p = f(`0.5 / ${val}`);
      d1 = p;
      d2 = `-${p} / (2.0 * ${a})`;
      break;
    }
    case 'abs':
      val = f(`abs(${a})`);
      if (!g.jet) return val;
      d1 = `sign(${a})`;
      d2 = '0.0';
      break;
    default:
      throw new Error(`unknown function ${name}`); // unreachable: the parser whitelists names
  }
  return fresh(g, `jchain(${u}, ${val}, ${d1}, ${d2})`);
}

/** A float temporary, in either mode. */
function fresh2(g: Gen, expr: string): string {
  const name = `s${g.n++}`;
  g.lines.push(`float ${name} = ${expr};`);
  return name;
}

function constPow(g: Gen, u: string, c: number): string {
  const a = g.jet ? `${u}.v` : u;
  const isInt = Number.isInteger(c) && Math.abs(c) <= 64;
  if (!isInt) g.lines.push(`gap = gap || ${a} < 0.0;`);
  const p = (k: number) => {
    const kInt = isInt && Number.isInteger(k);
    return `cpow(${a}, ${glslFloat(k)}, ${kInt ? 'true' : 'false'}, ${kInt ? Math.trunc(k) : 0})`;
  };
  const val = fresh2(g, p(c));
  if (!g.jet) return val;
  return fresh(g, `jchain(${u}, ${val}, ${glslFloat(c)} * ${p(c - 1)}, ${glslFloat(c * (c - 1))} * ${p(c - 2)})`);
}

function emit(g: Gen, n: Node): string {
  const c = isConst(n);
  if (c !== null) return g.jet ? `jc(${glslFloat(c)})` : glslFloat(c);
  switch (n.kind) {
    case 'num':
    case 'const':
      throw new Error('unreachable'); // handled by isConst
    case 'var':
      return g.jet ? (n.name === 'x' ? 'jx' : 'jy') : n.name === 'x' ? 'px' : 'py';
    case 'neg':
      return fresh(g, g.jet ? `jneg(${emit(g, n.arg)})` : `-${emit(g, n.arg)}`);
    case 'call':
      return fn(g, n.fn, emit(g, n.arg));
    case 'binary': {
      const lc = isConst(n.left);
      const rc = isConst(n.right);
      if (n.op === '^') {
        const base = emit(g, n.left);
        if (rc !== null) {
          if (rc === 0) return g.jet ? 'jc(1.0)' : '1.0';
          if (rc === 1) return base;
          if (rc === 2) return fresh(g, g.jet ? `jmul(${base}, ${base})` : `${base} * ${base}`);
          return constPow(g, base, rc);
        }
        // u^w = exp(w log u)
        const logu = fn(g, 'log', base);
        const w = emit(g, n.right);
        return fn(g, 'exp', fresh(g, g.jet ? `jmul(${w}, ${logu})` : `${w} * ${logu}`));
      }
      if (g.jet) {
        if (n.op === '*' && lc !== null) return fresh(g, `jscale(${emit(g, n.right)}, ${glslFloat(lc)})`);
        if (n.op === '*' && rc !== null) return fresh(g, `jscale(${emit(g, n.left)}, ${glslFloat(rc)})`);
        if (n.op === '/' && rc !== null) return fresh(g, `jscale(${emit(g, n.left)}, ${glslFloat(1 / rc)})`);
      }
      // Division by a constant is multiplication by its reciprocal, in both modes (as jet.ts),
      // so f is the same number whatever order is asked for.
      if (!g.jet && n.op === '/' && rc !== null) return fresh(g, `${emit(g, n.left)} * ${glslFloat(1 / rc)}`);
      const a = emit(g, n.left);
      const b = emit(g, n.right);
      if (!g.jet) return fresh(g, `${a} ${n.op} ${b}`);
      switch (n.op) {
        case '+':
          return fresh(g, `jadd(${a}, ${b})`);
        case '-':
          return fresh(g, `jsub(${a}, ${b})`);
        case '*':
          return fresh(g, `jmul(${a}, ${b})`);
        case '/': {
          // a · (1/b): recip's derivatives −v², 2v³ (as jet.ts)
          const v = fresh2(g, `1.0 / ${b}.v`);
          const r = fresh(g, `jchain(${b}, ${v}, -${v} * ${v}, 2.0 * ${v} * ${v} * ${v})`);
          return fresh(g, `jmul(${a}, ${r})`);
        }
      }
    }
  }
  throw new Error('unreachable');
}

/** The GLSL body that computes component `c` of the formula's jet at (px, py) into `res`. */
export function glslBody(ast: Node, order: Order): string {
  const g: Gen = { lines: [], n: 0, jet: order > 0 };
  const out = emit(g, ast);
  const comps = g.jet
    ? [`${out}.v`, `${out}.g.x`, `${out}.g.y`, `${out}.h.x`, `${out}.h.y`, `${out}.h.z`].slice(0, COMPONENTS[order])
    : [out];
  const pick = comps.map((e, i) => `if (c == ${i}) res = ${e};`).join('\n  ');
  return [
    'bool gap = false;',
    ...(g.jet ? ['J jx = J(px, vec2(1.0, 0.0), vec3(0.0));', 'J jy = J(py, vec2(0.0, 1.0), vec3(0.0));'] : []),
    ...g.lines,
    'float res = 0.0;',
    pick,
    'if (gap) res = NAN;',
  ].join('\n  ');
}

/** A tfjs GPGPU program (tfjs-backend-webgl) computing the jet of a formula at the points X, Y. */
export function fusedProgram(ast: Node, order: Order, n: number) {
  const C = COMPONENTS[order];
  return {
    variableNames: ['X', 'Y'],
    outputShape: [C, n],
    enableShapeUniforms: true,
    userCode: `
${HELPERS}
void main() {
  ivec2 rc = getOutputCoords();
  int c = rc.x;
  float px = getX(rc.y);
  float py = getY(rc.y);
  ${glslBody(ast, order)}
  setOutput(res);
}
`,
  };
}

/**
 * The same on an nx × ny grid whose coordinates the shader computes itself (row j is
 * y = ys[j], as evaluate.ts), so nothing is uploaded: uniforms lo = (x0, y0),
 * step = ((x1 − x0)/(nx − 1), (y1 − y0)/(ny − 1)) and nx.
 */
export function fusedGridProgram(ast: Node, order: Order, nx: number, ny: number) {
  const C = COMPONENTS[order];
  return {
    variableNames: [] as string[],
    outputShape: [C, nx * ny],
    enableShapeUniforms: true,
    customUniforms: [
      { name: 'lo', type: 'vec2' as const },
      { name: 'stp', type: 'vec2' as const },
      { name: 'nx', type: 'int' as const },
    ],
    userCode: `
${HELPERS}
void main() {
  ivec2 rc = getOutputCoords();
  int c = rc.x;
  int j = rc.y / nx;
  int i = rc.y - j * nx;
  float px = lo.x + stp.x * float(i);
  float py = lo.y + stp.y * float(j);
  ${glslBody(ast, order)}
  setOutput(res);
}
`,
  };
}

/**
 * The grid again, written for reading straight back as an RGBA float texture (texel t is
 * what readPixels returns at 4t … 4t + 3), so the read-back is one readPixels without
 * tfjs's decode pass, and each fragment evaluates the formula once: for f alone, 4
 * consecutive samples per texel; for derivatives, one sample per texel (f, fx, fy) or two
 * (f, fx, fy, fxx | fxy, fyy), where tfjs's layout would evaluate the jet once per
 * component.
 */
export function fusedDenseGridProgram(ast: Node, order: Order, texels: [number, number]) {
  const body =
    order === 0
      ? `
float value(float px, float py) {
  int c = 0;
  ${glslBody(ast, 0)}
  return res;
}
void main() {
  int base = 4 * (int(gl_FragCoord.y) * texw + int(gl_FragCoord.x));
  vec4 o = vec4(0.0);
  // a bound from a uniform (four = 4) keeps one call site of the formula
  for (int q = 0; q < four; q++) {
    int idx = base + q;
    int j = idx / nx;
    int i = idx - j * nx;
    if (idx < npts) o[q] = value(lo.x + stp.x * float(i), lo.y + stp.y * float(j));
  }
  setOutput(o);
}`
      : `
${glslJetFunction(ast)}
void main() {
  int t = int(gl_FragCoord.y) * texw + int(gl_FragCoord.x);
  int idx = t / ${TEXELS_PER_SAMPLE[order]};
  int half_ = t - idx * ${TEXELS_PER_SAMPLE[order]};
  int j = idx / nx;
  int i = idx - j * nx;
  vec4 o = vec4(0.0);
  if (idx < npts) {
    J r = jetAt(lo.x + stp.x * float(i), lo.y + stp.y * float(j));
    o = half_ == 0 ? vec4(r.v, r.g, r.h.x) : vec4(r.h.yz, 0.0, 0.0);
  }
  setOutput(o);
}`;
  return denseProgram(texels, { lo: 'vec2', stp: 'vec2', nx: 'int', npts: 'int', texw: 'int', four: 'int' }, order === 0 ? `${HELPERS}${body}` : body);
}

/** A program whose output is read back as an h × w RGBA float texture (see runDense). */
function denseProgram(texels: [number, number], uniforms: Record<string, 'vec2' | 'int'>, userCode: string) {
  return {
    variableNames: [] as string[],
    // a packed tfjs output is an RGBA float texture of half the logical rows and columns
    outputShape: [texels[0] * 2, texels[1] * 2],
    packedOutput: true,
    enableShapeUniforms: true,
    customUniforms: Object.entries(uniforms).map(([name, type]) => ({ name, type })),
    userCode,
  };
}

/** Texels per sample in the dense layout with derivatives (4 floats each). */
const TEXELS_PER_SAMPLE: Record<Order, number> = { 0: 0.25, 1: 1, 2: 2 };

type AnyProgram = ReturnType<typeof fusedProgram> | ReturnType<typeof fusedGridProgram> | ReturnType<typeof denseProgram>;
interface WebGLBackendLike {
  compileAndRun(program: AnyProgram, inputs: tf.TensorInfo[], dtype?: string, uniforms?: number[][], preventEagerUnpacking?: boolean): tf.TensorInfo;
}
/** The parts of tfjs's WebGL backend the dense read-back uses (present in tfjs 4). */
interface WebGLInternals extends WebGLBackendLike {
  texData?: { get(id: object): { texture?: { texture: WebGLTexture; texShape: [number, number] } } | undefined };
  gpgpu?: { downloadMatrixFromPackedTexture(t: WebGLTexture, rows: number, cols: number): Float32Array };
  disposeIntermediateTensorInfo?(info: tf.TensorInfo): void;
}

/**
 * Run a program with a packed h × w RGBA float output and read its texels straight back with
 * one readPixels (no decode pass); null where this tfjs does not expose what that needs.
 */
function runDense(program: AnyProgram, uniforms: number[][], h: number, w: number): Float32Array | null {
  const backend = tf.backend() as unknown as WebGLInternals;
  if (!backend.texData || !backend.gpgpu || !backend.disposeIntermediateTensorInfo) return null;
  const info = backend.compileAndRun(program, [], 'float32', uniforms, true);
  try {
    const tex = backend.texData.get(info.dataId)?.texture;
    // the texture must be the h × w one the program indexed
    if (!tex || tex.texShape[0] !== h || tex.texShape[1] !== w) return null;
    return backend.gpgpu.downloadMatrixFromPackedTexture(tex.texture, h, w);
  } finally {
    backend.disposeIntermediateTensorInfo(info);
  }
}

/** A near-square texture of at least T texels: [rows, columns]. */
function texelShape(T: number): [number, number] {
  const w = Math.max(1, Math.min(T, Math.ceil(Math.sqrt(T))));
  return [Math.ceil(T / w), w];
}

/**
 * The jet on the grid as the flat [components, nx·ny] float32 array, read back with one
 * readPixels (fusedDenseGridProgram); null where this tfjs does not expose what it needs.
 */
export function fusedGridValues(ast: Node, domain: readonly number[], nx: number, ny: number, order: Order): Float32Array | null {
  const n = nx * ny;
  const C = COMPONENTS[order];
  const [h, w] = texelShape(Math.ceil(n * TEXELS_PER_SAMPLE[order]));
  const [x0, x1, y0, y1] = domain;
  const uniforms = [[x0, y0], [(x1 - x0) / Math.max(1, nx - 1), (y1 - y0) / Math.max(1, ny - 1)], [nx], [n], [w], [4]];
  const data = runDense(fusedDenseGridProgram(ast, order, [h, w]), uniforms, h, w);
  if (!data || order === 0) return data && data.subarray(0, n);
  // samples were written one (or two) texels each: gather into [components, n]
  const out = new Float32Array(C * n);
  const stride = 4 * TEXELS_PER_SAMPLE[order];
  for (let c = 0; c < C; c++) {
    const row = c * n;
    for (let p = 0, q = c; p < n; p++, q += stride) out[row + p] = data[q];
  }
  return out;
}

/**
 * f's second-order jet at p and, on an nx × ny grid over `domain` around it, f and both
 * Taylor models built from that jet, in one program: texel 0 is (f, fx, fy, fxx), texel 1
 * (fxy, fyy, ·, ·) at p, and texel 2 + k is (f, T1, T2, ·) at grid sample k (row j is
 * y = ys[j]). Every fragment evaluates the jet at p itself, so nothing waits for a first
 * read-back. The models are T1 = (fx·dx + fy·dy) + f and T2 = T1 + ((½fxx·dx² + fxy·dx·dy)
 * + ½fyy·dy²), the offsets dx = x − p formed from `off` = (x0 − px, y0 − py) computed in
 * float64 by the caller.
 */
export function fusedPointPatchProgram(ast: Node, texels: [number, number]) {
  // (uniforms in the order fusedPointPatch passes them)
  const uniforms = { p: 'vec2', lo: 'vec2', off: 'vec2', stp: 'vec2', nx: 'int', npts: 'int', texw: 'int' } as const;
  return denseProgram(
    texels,
    uniforms,
    `
${glslJetFunction(ast)}
float value(float px, float py) {
  int c = 0;
  ${glslBody(ast, 0)}
  return res;
}
void main() {
  int t = int(gl_FragCoord.y) * texw + int(gl_FragCoord.x);
  J a = jetAt(p.x, p.y);
  vec4 o = vec4(0.0);
  if (t == 0) {
    o = vec4(a.v, a.g, a.h.x);
  } else if (t == 1) {
    o = vec4(a.h.yz, 0.0, 0.0);
  } else if (t - 2 < npts) {
    int k = t - 2;
    int j = k / nx;
    int i = k - j * nx;
    float dx = off.x + stp.x * float(i);
    float dy = off.y + stp.y * float(j);
    float t1 = (dx * a.g.x + dy * a.g.y) + a.v;
    float quad = ((dx * dx) * (0.5 * a.h.x) + (dx * dy) * a.h.y) + (dy * dy) * (0.5 * a.h.z);
    o = vec4(value(lo.x + stp.x * float(i), lo.y + stp.y * float(j)), t1, t1 + quad, 0.0);
  }
  setOutput(o);
}`,
  );
}

export interface PointPatch {
  /** f, fx, fy, fxx, fxy, fyy at p */
  jet: [number, number, number, number, number, number];
  /** on the grid, row-major with y as the row */
  f: Float32Array;
  t1: Float32Array;
  t2: Float32Array;
}

/** fusedPointPatchProgram run and read back once; null where the dense read-back is not available. */
export function fusedPointPatch(ast: Node, point: readonly [number, number], domain: readonly number[], nx: number, ny: number): PointPatch | null {
  const n = nx * ny;
  const [h, w] = texelShape(2 + n);
  const [x0, x1, y0, y1] = domain;
  const stp = [(x1 - x0) / Math.max(1, nx - 1), (y1 - y0) / Math.max(1, ny - 1)];
  const uniforms = [[point[0], point[1]], [x0, y0], [x0 - point[0], y0 - point[1]], stp, [nx], [n], [w]];
  const data = runDense(fusedPointPatchProgram(ast, [h, w]), uniforms, h, w);
  if (!data) return null;
  const f = new Float32Array(n);
  const t1 = new Float32Array(n);
  const t2 = new Float32Array(n);
  for (let k = 0, q = 8; k < n; k++, q += 4) {
    f[k] = data[q];
    t1[k] = data[q + 1];
    t2[k] = data[q + 2];
  }
  return { jet: [data[0], data[1], data[2], data[3], data[4], data[5]], f, t1, t2 };
}

/** The jet on a grid over [x0, x1] × [y0, y1] as a [components, nx·ny] tensor. WebGL backend only. */
export function fusedGrid(ast: Node, domain: readonly number[], nx: number, ny: number, order: Order): tf.Tensor {
  const backend = tf.backend() as unknown as WebGLBackendLike; // the webgl backend (canFuse checked)
  const [x0, x1, y0, y1] = domain;
  const uniforms = [[x0, y0], [(x1 - x0) / Math.max(1, nx - 1), (y1 - y0) / Math.max(1, ny - 1)], [nx]];
  const info = backend.compileAndRun(fusedGridProgram(ast, order, nx, ny), [], 'float32', uniforms);
  return tf.engine().makeTensorFromTensorInfo(info);
}

/** Whether the fused path can run: the active backend is WebGL and the formula has GLSL literals. */
export function canFuse(ast: Node): boolean {
  if (tf.getBackend() !== 'webgl') return false;
  try {
    glslBody(ast, 0);
    glslBody(ast, 2);
    return true;
  } catch {
    return false;
  }
}

/** The jet at X, Y (1-D, same length) as a [components, n] tensor. WebGL backend only. */
export function fusedDerivatives(ast: Node, X: tf.Tensor, Y: tf.Tensor, order: Order): tf.Tensor {
  const backend = tf.backend() as unknown as WebGLBackendLike; // the webgl backend (canFuse checked)
  const info = backend.compileAndRun(fusedProgram(ast, order, X.size), [X, Y]);
  return tf.engine().makeTensorFromTensorInfo(info);
}

/**
 * GLSL for `J jetAt(float px, float py)`: the formula's second-order jet at one point (NaN
 * in every component in a gap), preceded by the helpers it needs. For programs that
 * evaluate the formula many times per fragment (gpu-runs.ts).
 */
export function glslJetFunction(ast: Node): string {
  const g: Gen = { lines: [], n: 0, jet: true };
  const out = emit(g, ast);
  return `${HELPERS}
J jetAt(float px, float py) {
  bool gap = false;
  J jx = J(px, vec2(1.0, 0.0), vec3(0.0));
  J jy = J(py, vec2(0.0, 1.0), vec3(0.0));
  ${g.lines.join('\n  ')}
  J r = ${out};
  if (gap) r = J(NAN, vec2(NAN), vec3(NAN));
  return r;
}
`;
}
