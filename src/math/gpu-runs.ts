// Optimizer runs on the GPU: the step rule of each optimizer (CONTRACT §5, the same rules as
// optimizers/*.ts) and the formula's jet written into one WebGL program, so a chunk of K
// iterates costs one dispatch and one read-back instead of one per step.
//
// A fragment cannot hand its result to the next one, so each output row r of a chunk is the
// state after r steps from the chunk's start, recomputed by the fragments of that row (a
// packed texel holds rows r and r + 1 of two state components). The work is O(K²) per
// chunk, small next to a read-back per step. The state lives in float32 on the GPU; the last
// row of one chunk starts the next, and the CPU applies the stop tests (converged, diverged,
// max-steps) to the rows as they come back, exactly as optimize() does, and rebuilds each
// iterate's teaching details from the rows (the values of rejected line-search trials come
// from one batched evaluation at the end).
import * as tf from '@tensorflow/tfjs-core';
import type { Node } from './formula/ast';
import { evalPoints } from './evaluate';
import { glslFloat, glslJetFunction } from './fused';
import { eigSym2 } from './hessian';
import { ADAM } from './optimizers/first-order';
import { RMSPROP } from './optimizers/rmsprop';
import { ARMIJO_C, MAX_HALVINGS } from './optimizers/common';
import { CURVATURE_MIN } from './optimizers/quasi-newton';
import { EIGEN_FLOOR, flooredEigenvalues, newtonDirection, isSingular } from './optimizers/newton';
import {
  hasGpuStep,
  paramsOf,
  type GpuOptimizerId,
  type OptimizerId,
  type OptimizerParams,
} from './optimizers/registry';
import type { Iterate, LineSearchTrial, RunConfig, Status, StepDetail, Trajectory } from './optimizers/types';

/**
 * The state row, 16 floats: 0-1 x − start (so a run that does not move stays exactly at its
 * start, and positions near it keep more digits; the jet is evaluated at start + that), 2 f, 3-4 ∇f, 5 stop (0 running, 1 singular Hessian, 2 line
 * search failed), 6-7 the direction of the step that led here, 8 its halvings (−1 without a
 * line search), 9 its flags (1 B reset, 2 curvature condition held, 4 Hessian modified),
 * 10-13 the optimizer's own: momentum v; nesterov v and ∇f at the look-ahead x + beta v;
 * adam m, s; rmsprop s in 12-13; fd-gd the difference gradient here;
 * newton and damped-newton H here (xx, xy, yy); bfgs and dfp B here (row-major); 14-15 the
 * low part of the position (x = start + (0-1) + (14-15), see dfAdd).
 */
export const STATE = 16;
const FLAG_RESET = 1;
const FLAG_CURVATURE = 2;
const FLAG_MODIFIED = 4;

const NEWTONISH = new Set<GpuOptimizerId>(['newton', 'damped-newton']);
const QUASI = new Set<GpuOptimizerId>(['bfgs', 'dfp']);

function stepCode(id: GpuOptimizerId): string {
  // Line searches: the direction (skipped for the first evaluation, which goes through the
  // same call site of the jet as a forced trial at t = 1, d = 0), then the search.
  // (s.pfl holds this step's flags so far: a failed search keeps them)
  const ls = `
    J jn;
    float t;
    vec4 np;
    int n = lsearch(s.x, s.lo, s.f, dot(s.g, d), d, jn, t, np, first);
    if (first) return arrive(s, jn);
    s.pd = d;
    s.pn = float(n);
    s.pfl = fl;
    if (n > ${MAX_HALVINGS}) { s.stop = 2.0; return s; }`;
  switch (id) {
    case 'gd':
      return `d = -prm.x * s.g; vec4 np = dfAdd(s.x, s.lo, d); s.x = np.xy; s.lo = np.zw;`;
    case 'momentum':
      return `s.a.xy = prm.y * s.a.xy - prm.x * s.g; d = s.a.xy; vec4 np = dfAdd(s.x, s.lo, d); s.x = np.xy; s.lo = np.zw;`;
    case 'adam':
      return `
    float t = float(k + 1);
    s.a.xy = ${glslFloat(ADAM.beta1)} * s.a.xy + ${glslFloat(1 - ADAM.beta1)} * s.g;
    s.a.zw = ${glslFloat(ADAM.beta2)} * s.a.zw + ${glslFloat(1 - ADAM.beta2)} * s.g * s.g;
    float c1 = oneMinusPow(${glslFloat(Math.log(ADAM.beta1))}, t);
    float c2 = oneMinusPow(${glslFloat(Math.log(ADAM.beta2))}, t);
    d = (-prm.x * (s.a.xy / c1)) / (sqrt(s.a.zw / c2) + ${glslFloat(ADAM.eps)});
    vec4 np = dfAdd(s.x, s.lo, d); s.x = np.xy; s.lo = np.zw;`;
    case 'rmsprop':
      // s <- rho s + (1 - rho) g²; x <- x - lr g / (√s + eps) (rmsprop.ts)
      return `
    s.a.zw = ${glslFloat(RMSPROP.rho)} * s.a.zw + ${glslFloat(1 - RMSPROP.rho)} * s.g * s.g;
    d = (-prm.x * s.g) / (sqrt(s.a.zw) + ${glslFloat(RMSPROP.eps)});
    vec4 np = dfAdd(s.x, s.lo, d); s.x = np.xy; s.lo = np.zw;`;
    case 'nesterov':
      // v <- beta v - lr ∇f(x + beta v), the look-ahead gradient taken on arrival (arriveCode)
      return `s.a.xy = prm.y * s.a.xy - prm.x * s.a.zw; d = s.a.xy; vec4 np = dfAdd(s.x, s.lo, d); s.x = np.xy; s.lo = np.zw;`;
    case 'fd-gd':
      return `d = -prm.x * s.a.xy; vec4 np = dfAdd(s.x, s.lo, d); s.x = np.xy; s.lo = np.zw;`;
    case 'newton':
      return `
    float det = s.a.x * s.a.z - s.a.y * s.a.y;
    float big = max(1.0, max(abs(s.a.x), max(abs(s.a.y), abs(s.a.z))));
    if (isnan(det) || !(abs(det) >= 1e-12 * big * big)) { s.stop = 1.0; return s; }
    d = vec2(-(s.a.z * s.g.x - s.a.y * s.g.y) / det, -(-s.a.y * s.g.x + s.a.x * s.g.y) / det);
    vec4 np = dfAdd(s.x, s.lo, d); s.x = np.xy; s.lo = np.zw;`;
    case 'damped-newton':
      return `
    vec2 d = vec2(0.0);
    float fl = 0.0;
    if (!first) {
      float a = s.a.x, b = s.a.y, c = s.a.z;
      float m = (a + c) / 2.0;
      float r = length(vec2((a - c) / 2.0, b));
      float l0 = m - r, l1 = m + r;
      // the larger eigenvalue's direction without trig (GPU sin/cos can be off by 3e-4):
      // (l1 − c, b) or (b, l1 − a), whichever avoids cancellation
      vec2 vmax = a >= c ? vec2(l1 - c, b) : vec2(b, l1 - a);
      float vl = length(vmax);
      vmax = vl > 0.0 ? vmax / vl : vec2(1.0, 0.0);
      vec2 vmin = vec2(-vmax.y, vmax.x);
      if (l0 > 0.0 && l1 > 0.0) {
        float det = a * c - b * b;
        d = vec2(-(c * s.g.x - b * s.g.y) / det, -(-b * s.g.x + a * s.g.y) / det);
      } else {
        float t0 = max(abs(l0), ${glslFloat(EIGEN_FLOOR)});
        float t1 = max(abs(l1), ${glslFloat(EIGEN_FLOOR)});
        d = -(dot(vmin, s.g) / t0) * vmin - (dot(vmax, s.g) / t1) * vmax;
        fl = ${FLAG_MODIFIED}.0;
      }
    }${ls}
    s.x = np.xy; s.lo = np.zw; s = arrive(s, jn); s.pd = d; s.pn = float(n); s.pfl = fl;`;
    case 'bfgs':
    case 'dfp': {
      const update =
        id === 'bfgs'
          ? `float r = 1.0 / dot(sv, yv);
      vec4 L = vec4(1.0, 0.0, 0.0, 1.0) - r * outer2(sv, yv);
      vec4 R = vec4(1.0, 0.0, 0.0, 1.0) - r * outer2(yv, sv);
      s.a = mm2(mm2(L, B), R) + r * outer2(sv, sv);`
          : `vec2 By = mv2(B, yv);
      s.a = B + outer2(sv, sv) * (1.0 / dot(sv, yv)) - outer2(By, By) * (1.0 / dot(yv, By));`;
      return `
    vec4 B = s.a;
    vec2 g = s.g;
    vec2 d = vec2(0.0);
    float fl = 0.0;
    if (!first) {
      d = -mv2(B, g);
      if (dot(g, d) >= 0.0) { B = vec4(1.0, 0.0, 0.0, 1.0); d = -g; fl = ${FLAG_RESET}.0; }
      s.a = B;
    }${ls}
    vec2 sv = t * d;
    s.x = np.xy; s.lo = np.zw; s = arrive(s, jn); s.pd = d; s.pn = float(n);
    vec2 yv = s.g - g;
    if (dot(sv, yv) > ${glslFloat(CURVATURE_MIN)}) {
      fl += ${FLAG_CURVATURE}.0;
      ${update}
    }
    s.pfl = fl;`;
    }
  }
}

function arriveCode(id: GpuOptimizerId): string {
  if (NEWTONISH.has(id)) return 's.a.xyz = j.h;';
  if (id === 'nesterov')
    return `vec2 la = org + s.x + prm.y * s.a.xy;
  // the gradient at the look-ahead point, for the next step; a bound from a uniform (fdn = 1)
  // keeps the loop, and one more call site of the jet
  for (int q = 0; q < fdn; q++) s.a.zw = jetAt(la.x, la.y).g;`;
  if (id === 'fd-gd')
    return `float h = prm.z;
  vec2 p = org + s.x;
  float fv[4];
  // a bound from a uniform (fdn = 4) keeps the loop, and one call site of the jet
  for (int q = 0; q < fdn; q++) {
    vec2 o = q == 0 ? vec2(h, 0.0) : q == 1 ? vec2(-h, 0.0) : q == 2 ? vec2(0.0, h) : vec2(0.0, -h);
    fv[q] = jetAt(p.x + o.x, p.y + o.y).v;
  }
  s.a.x = (fv[0] - fv[1]) / (2.0 * h);
  s.a.y = (fv[2] - fv[3]) / (2.0 * h);`;
  return '';
}

/** Rows per chunk the programs come in; the first chunk is short (Newton often ends there). */
export const CHUNKS = [8, 48] as const;

/** The program that computes K rows of an optimizer's states from a start state. */
export function runProgram(ast: Node, id: GpuOptimizerId, K: number) {
  const searches = id === 'damped-newton' || QUASI.has(id);
  return {
    variableNames: [] as string[],
    outputShape: [K, STATE],
    packedInputs: false,
    packedOutput: true,
    // one compiled program serves every chunk size: the shape is a uniform, K only bounds the loop
    enableShapeUniforms: true,
    customUniforms: [
      { name: 's0', type: 'vec4' as const },
      { name: 's1', type: 'vec4' as const },
      { name: 's2', type: 'vec4' as const },
      { name: 's3', type: 'vec4' as const },
      { name: 'prm', type: 'vec3' as const },
      { name: 'k0', type: 'int' as const },
      { name: 'init', type: 'int' as const },
      { name: 'org', type: 'vec2' as const },
      { name: 'fdn', type: 'int' as const },
      { name: 'one', type: 'float' as const },
    ],
    userCode: `
${glslJetFunction(ast)}
// x + lo: the position (minus the start) as an unevaluated sum of two floats, so steps
// smaller than x's last digit still accumulate (as in a float64 state) instead of stalling
struct St { vec2 x; float f; vec2 g; float stop; vec2 pd; float pn; float pfl; vec4 a; vec2 lo; };

// (hi, lo) + d by Knuth's TwoSum, renormalised: the new (hi, lo). \`one\` is 1.0 from a
// uniform: a shader compiler that reassociates floats (Mesa's does: (a + b) − a → b) cannot
// see through it, so the rounding errors this sum exists to keep are not folded to zero.
vec4 dfAdd(vec2 hi, vec2 lo, vec2 d) {
  vec2 s = (hi + d) * one;
  vec2 bb = (s - hi) * one;
  vec2 err = (hi - (s - bb)) + (d - bb);
  vec2 l = lo + err;
  vec2 h2 = (s + l) * one;
  return vec4(h2, l - (h2 - s));
}

// 1 − b^t = −expm1(t log b), with a series where t log b is small (1 − 0.999 in float32 is
// off by 5e-5 relative; Adam's bias corrections start there)
float oneMinusPow(float logb, float t) {
  float z = t * logb;
  if (abs(z) < 0.1) return -z * (1.0 + z * (0.5 + z * (1.0 / 6.0 + z * (1.0 / 24.0 + z / 120.0))));
  return 1.0 - exp(z);
}
bool fin(float v) { return (floatBitsToUint(v) & 0x7fffffffu) < 0x7f800000u; }
vec4 outer2(vec2 a, vec2 b) { return vec4(a.x * b.x, a.x * b.y, a.y * b.x, a.y * b.y); }
vec2 mv2(vec4 B, vec2 v) { return vec2(B.x * v.x + B.y * v.y, B.z * v.x + B.w * v.y); }
vec4 mm2(vec4 A, vec4 B) {
  return vec4(A.x * B.x + A.y * B.z, A.x * B.y + A.y * B.w, A.z * B.x + A.w * B.z, A.z * B.y + A.w * B.w);
}

St arrive(St s, J j) {
  s.f = j.v;
  s.g = j.g;
  s.pn = -1.0;
  s.pfl = 0.0;
  ${arriveCode(id)}
  return s;
}

// Armijo backtracking: the number of halvings of t = 1 that satisfied the condition, with
// the jet there in jn; ${MAX_HALVINGS + 1} when none did. A NaN value never satisfies it.
int lsearch(vec2 x, vec2 lo, float f, float slope, vec2 d, out J jn, out float tacc, out vec4 np, bool force) {
  float t = 1.0;
  jn = J(NAN, vec2(NAN), vec3(NAN));
  tacc = 0.0;
  np = vec4(x, lo);
  for (int h = 0; h <= ${MAX_HALVINGS}; h++) {
    vec4 q = dfAdd(x, lo, t * d);
    J j = jetAt(org.x + q.x, org.y + q.y);
    if (force || (!isnan(j.v) && j.v <= f + ${glslFloat(ARMIJO_C)} * t * slope)) { jn = j; tacc = t; np = q; return h; }
    t *= 0.5;
  }
  return ${MAX_HALVINGS + 1};
}

// One step from iterate k; first: evaluate the start instead (iterate 0). Both go through one
// call site of the jet: each site is inlined, and compile time grows with them.
St advance(St s, int k, bool first) {
  ${
    searches
      ? `if (!first && (s.stop != 0.0 || !fin(s.x.x) || !fin(s.x.y) || !fin(s.f) || !fin(s.g.x) || !fin(s.g.y))) return s;
  ${stepCode(id)}`
      : `if (!first && (s.stop != 0.0 || !fin(s.x.x) || !fin(s.x.y) || !fin(s.f) || !fin(s.g.x) || !fin(s.g.y))) return s;
  vec2 d = vec2(0.0);
  if (!first) {
    ${stepCode(id)}
  }
  s = arrive(s, jetAt(org.x + s.x.x, org.y + s.x.y));
  s.pd = d;`
  }
  return s;
}

float comp(St s, int c) {
  if (c == 0) return s.x.x;
  if (c == 1) return s.x.y;
  if (c == 2) return s.f;
  if (c == 3) return s.g.x;
  if (c == 4) return s.g.y;
  if (c == 5) return s.stop;
  if (c == 6) return s.pd.x;
  if (c == 7) return s.pd.y;
  if (c == 8) return s.pn;
  if (c == 9) return s.pfl;
  if (c == 10) return s.a.x;
  if (c == 11) return s.a.y;
  if (c == 12) return s.a.z;
  if (c == 13) return s.a.w;
  if (c == 14) return s.lo.x;
  if (c == 15) return s.lo.y;
  return 0.0;
}

void main() {
  ivec2 rc = getOutputCoords();
  St s = St(s0.xy, s0.z, vec2(s0.w, s1.x), s1.y, s1.zw, s2.x, s2.y, vec4(s2.zw, s3.xy), s3.zw);
  // rows rc.x and rc.x + 1: the states after rc.x and rc.x + 1 steps (one call site of
  // advance); a first chunk begins by evaluating the start (i = −1)
  St a = s;
  for (int i = -init; i <= ${CHUNKS[1]}; i++) {
    if (i == rc.x) a = s;
    if (i > rc.x) break;
    s = advance(s, k0 + i, i < 0);
  }
  setOutput(vec4(comp(a, rc.y), comp(a, rc.y + 1), comp(s, rc.y), comp(s, rc.y + 1)));
}
`,
  };
}

type Program = ReturnType<typeof runProgram>;
interface WebGLBackendLike {
  compileAndRun(program: Program, inputs: tf.TensorInfo[], dtype?: string, uniforms?: number[][]): tf.TensorInfo;
}

interface Live {
  id: GpuOptimizerId;
  /** the start, in float64: rows hold positions relative to it */
  start: [number, number];
  /** rows read back so far; rows[k] is iterate k's state */
  rows: Float32Array[];
  /** how many rows have passed the stop tests */
  checked: number;
  status: Status | null;
  pending: tf.Tensor | null;
  /** nesterov's beta, for the look-ahead points of the details */
  beta: number;
}

function initialRow(id: GpuOptimizerId): Float32Array {
  const r = new Float32Array(STATE);
  if (QUASI.has(id)) r.set([1, 0, 0, 1], 10);
  return r;
}

function dispatch(ast: Node, run: Live, params: OptimizerParams): tf.Tensor {
  const first = run.rows.length === 0;
  const K = first ? CHUNKS[0] : CHUNKS[1];
  const s = first ? initialRow(run.id) : run.rows[run.rows.length - 1];
  const uniforms = [
    Array.from(s.subarray(0, 4)),
    Array.from(s.subarray(4, 8)),
    Array.from(s.subarray(8, 12)),
    Array.from(s.subarray(12, 16)),
    [params.lr, params.beta, params.h],
    [first ? 0 : run.rows.length - 1],
    [first ? 1 : 0],
    run.start,
    [run.id === 'nesterov' ? 1 : 4],
    [1],
  ];
  const backend = tf.backend() as unknown as WebGLBackendLike;
  const info = backend.compileAndRun(runProgram(ast, run.id, K), [], 'float32', uniforms);
  return tf.engine().makeTensorFromTensorInfo(info);
}

/**
 * The stop tests of optimize() on the rows read back so far: iterate k stops the run when it
 * is not finite, converged or the last allowed; else the step from it (row k + 1) may stop it.
 */
function check(run: Live, cfg: RunConfig) {
  while (run.status === null) {
    const k = run.checked;
    const r = run.rows[k];
    if (!r) return;
    const gn = Math.hypot(r[3], r[4]);
    const stopAt = (status: Status) => {
      run.status = status;
      run.rows.length = k + 1;
    };
    if (![r[0], r[1], r[2], gn].every(Number.isFinite)) return stopAt('diverged');
    if (gn <= cfg.tol) return stopAt('converged');
    if (k >= cfg.steps) return stopAt('max-steps');
    const next = run.rows[k + 1];
    if (!next) return;
    if (next[5] === 1) return stopAt('singular-hessian');
    if (next[5] === 2) {
      // keep row k + 1 (it carries the failed search) until the details are built
      run.status = 'line-search-failed';
      run.rows.length = k + 2;
      return;
    }
    run.checked = k + 1;
  }
}

const v2 = (a: number, b: number): [number, number] => [a, b];

/** A rejected line-search trial whose value is still to be evaluated, at (x, y). */
interface PendingTrial {
  trial: LineSearchTrial;
  x: number;
  y: number;
}

/**
 * Iterates with the same details optimize() records, from the rows. The values of rejected
 * line-search trials are left NaN and listed in `pending`, to be evaluated in one batch.
 */
function iteratesOf(run: Live, pending: PendingTrial[]): Iterate[] {
  const { rows } = run;
  const n = run.status === 'line-search-failed' ? rows.length - 1 : rows.length;
  const its: Iterate[] = [];
  for (let k = 0; k < n; k++) {
    const r = rows[k];
    const it: Iterate = {
      k,
      x: run.start[0] + (r[0] + r[14]),
      y: run.start[1] + (r[1] + r[15]),
      value: r[2],
      gradNorm: Math.hypot(r[3], r[4]),
    };
    const next = rows[k + 1];
    if (next && next[5] !== 1) it.detail = detailOf(run, r, next, pending);
    its.push(it);
  }
  return its;
}

function detailOf(run: Live, r: Float32Array, next: Float32Array, pending: PendingTrial[]): StepDetail {
  const { id } = run;
  const d = v2(next[6], next[7]);
  const detail: StepDetail = { direction: d };
  if (id === 'fd-gd') detail.fdGradient = v2(r[10], r[11]);
  if (id === 'nesterov') {
    const x = run.start[0] + (r[0] + r[14]);
    const y = run.start[1] + (r[1] + r[15]);
    detail.lookAhead = [x + run.beta * r[10], y + run.beta * r[11]];
    detail.lookAheadGradient = v2(r[12], r[13]);
  }
  if (id === 'damped-newton' && next[9] & FLAG_MODIFIED) {
    const e = { value: r[2], gx: r[3], gy: r[4], hxx: r[10], hxy: r[11], hyy: r[12] };
    const lt = flooredEigenvalues(eigSym2(e.hxx, e.hxy, e.hyy).values);
    detail.modifiedEigenvalues = [Math.min(lt[0], lt[1]), Math.max(lt[0], lt[1])];
    if (!isSingular(e)) detail.newtonDirection = newtonDirection(e);
  }
  if (QUASI.has(id)) {
    const reset = Boolean(next[9] & FLAG_RESET);
    if (reset) detail.reset = true;
    detail.B = reset ? [1, 0, 0, 1] : [r[10], r[11], r[12], r[13]];
  }
  if (id === 'damped-newton' || QUASI.has(id)) {
    const halvings = next[8];
    detail.slope = r[3] * d[0] + r[4] * d[1];
    detail.trials = [];
    for (let h = 0; h <= Math.min(halvings, MAX_HALVINGS); h++) {
      const t = 2 ** -h;
      const accepted = h === halvings;
      const trial = { t, value: accepted ? next[2] : NaN, accepted };
      if (!accepted)
        pending.push({
          trial,
          x: run.start[0] + (r[0] + r[14] + t * d[0]),
          y: run.start[1] + (r[1] + r[15] + t * d[1]),
        });
      detail.trials.push(trial);
    }
    if (QUASI.has(id) && next[5] === 0) {
      const t = 2 ** -halvings;
      detail.s = [t * d[0], t * d[1]];
      detail.yv = [next[3] - r[3], next[4] - r[4]];
      detail.curvatureOk = Boolean(next[9] & FLAG_CURVATURE);
    }
  }
  return detail;
}

/**
 * The runs, chunk by chunk: each round dispatches one chunk for every live run, then reads
 * them back. Yields the steps done so far, for slicing over frames and progress. Only for
 * methods with a GPU step (registry `gpu`); the others run stepwise beside these (runs.ts).
 */
export function* driveGpu(
  ast: Node,
  ids: readonly OptimizerId[],
  cfg: RunConfig,
  params: OptimizerParams,
): Generator<number, Trajectory[], void> {
  const gpuIds = ids.filter(hasGpuStep);
  if (gpuIds.length < ids.length) throw new Error(`no GPU step for ${ids.filter((id) => !hasGpuStep(id)).join(', ')}`);
  const runs: Live[] = gpuIds.map((id) => ({
    id,
    start: cfg.start,
    rows: [],
    checked: 0,
    status: null,
    pending: null,
    beta: params.beta,
  }));
  try {
    while (runs.some((r) => r.status === null)) {
      const live = runs.filter((r) => r.status === null);
      for (const run of live) run.pending = dispatch(ast, run, params);
      for (const run of live) {
        const t = run.pending!;
        run.pending = null;
        const data = t.dataSync() as Float32Array;
        t.dispose();
        const K = data.length / STATE;
        const fresh: Float32Array[] = [];
        for (let j = 0; j < K; j++) fresh.push(data.slice(j * STATE, (j + 1) * STATE));
        // row 0 of a chunk is its start, already there but for the first chunk
        run.rows.push(...(run.rows.length === 0 ? fresh : fresh.slice(1)));
        check(run, cfg);
      }
      // steps done so far, as driveAll's rounds count them (one per step)
      yield Math.max(...runs.map((r) => r.rows.length - 1));
    }
  } finally {
    for (const run of runs) run.pending?.dispose();
  }
  const pending: PendingTrial[] = [];
  const trajectories = runs.map((run) => ({
    optimizer: run.id,
    params: paramsOf(run.id, params),
    status: run.status!,
    iterates: iteratesOf(run, pending),
  }));
  // the rejected line-search trials of every run, evaluated in one batch
  if (pending.length) {
    const v = evalPoints(
      ast,
      pending.map((p) => p.x),
      pending.map((p) => p.y),
      0,
    ).v;
    pending.forEach((p, i) => (p.trial.value = v[i]));
  }
  return trajectories;
}
