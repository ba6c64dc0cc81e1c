// The Taylor panel and the first teaching panels: the models at p, the error and slice charts,
// finite differences, the line search, damped Newton, the basins bar and layer, and the pieces
// the teaching panels share (the run picker, the folded form, TeX's "undefined").
import { messages } from './i18n';

const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆'];
const sub = (k: number) => SUB[k] ?? String(k);

/** The Taylor models and the Newton step (views/TaylorPanel.tsx). */
export const taylorPanelMsg = messages(
  {
    heading: 'What the overlays teach',
    t1Title: 'T₁, the tangent plane',
    t1Note: 'Same value and slope as f at p:',
    t2Title: 'T₂, the quadratic model',
    t2Note: 'Also the same curvature as f at p:',
    noT2: 'H is undefined at p, so there is no quadratic model.',
    orderTitle: (k: number) => `T${sub(k)}, order ${k}`,
    computingOrder: (k: number) => `Computing the derivatives of order ${k}…`,
    orderUndefined: (k: number) => `A derivative of order ${k} is undefined at p, so T${sub(k)} is too.`,
    newtonTitle: 'Newton’s step from p',
    newtonMinimum: 'The quadratic model’s minimum: Newton jumps there.',
    newtonSaddle:
      'H is indefinite: the quadratic model has a saddle there, not a minimum — a full Newton step goes toward it, which is why plain Newton can walk uphill.',
    newtonMaximum:
      'H is negative definite: the quadratic model has a maximum there, not a minimum — a full Newton step goes toward it, which is why plain Newton can walk uphill.',
    nearlySingular:
      'H is (nearly) singular: the model is flat in one direction, so this stationary point is not a unique minimum; a Newton step there is unreliable.',
    singular: 'H is singular: the model has no unique stationary point; Newton cannot step.',
    cursorHint: 'Move the pointer over the contour map to compare f with its Taylor models.',
    atPointer: (x: string, y: string) => `At the pointer (${x}, ${y}):`,
    colModel: 'model',
    colValue: 'value',
    colError: '|f − model|',
    shrinks: 'Closer to p, |f − T₁| shrinks like distance², |f − T₂| like distance³.',
    undefinedAtP:
      'f is undefined at p (or its gradient is), so it has no Taylor models there: drag p to where f is defined.',
  },
  {
    heading: '叠加层的含义',
    t1Title: 'T₁，切平面',
    t1Note: '在 p 处与 f 的函数值和斜率相同：',
    t2Title: 'T₂，二次模型',
    t2Note: '在 p 处与 f 的曲率也相同：',
    noT2: 'H 在 p 处无定义，因此没有二次模型。',
    orderTitle: (k) => `T${sub(k)}，${k} 阶泰勒模型`,
    computingOrder: (k) => `正在计算 ${k} 阶导数…`,
    orderUndefined: (k) => `p 处有 ${k} 阶导数无定义，因此 T${sub(k)} 也无定义。`,
    newtonTitle: '从 p 出发的牛顿步',
    newtonMinimum: '二次模型的极小值点：牛顿法直接跳到那里。',
    newtonSaddle:
      'H 不定：二次模型在那里是鞍点，而不是极小值点——完整的牛顿步会走向它，这正是纯牛顿法可能往上坡走的原因。',
    newtonMaximum:
      'H 负定：二次模型在那里是极大值点，而不是极小值点——完整的牛顿步会走向它，这正是纯牛顿法可能往上坡走的原因。',
    nearlySingular: 'H（近乎）奇异：模型在某个方向上是平的，因此这个驻点不是唯一的极小值点；走向它的牛顿步并不可靠。',
    singular: 'H 奇异：模型没有唯一的驻点；牛顿法无法迈步。',
    cursorHint: '将指针移到等高线图上，比较 f 与它的泰勒模型。',
    atPointer: (x, y) => `指针处 (${x}, ${y})：`,
    colModel: '模型',
    colValue: '值',
    colError: '|f − 模型|',
    shrinks: '越靠近 p，|f − T₁| 按距离的平方缩小，|f − T₂| 按距离的立方缩小。',
    undefinedAtP: 'f（或其梯度）在 p 处无定义，因此那里没有泰勒模型：请把 p 拖到 f 有定义的地方。',
  },
);

/** Words inside the models' TeX (views/taylor-text.ts): set in \text{…}. */
export const taylorTextMsg = messages(
  {
    undefined: 'undefined',
    orderTerms: (k: number) => `order-${k} terms`,
  },
  {
    undefined: '无定义',
    orderTerms: (k) => `${k} 阶项`,
  },
);

/** The log–log error chart (views/teach/TaylorErrorChart.tsx). */
export const errorChartMsg = messages(
  {
    title: 'How fast the error shrinks',
    noModel: 'Show a Taylor model (T1 … T6) at a point where f is defined to see its error.',
    // the intro around T<sub>k</sub> and r<sup>k+1</sup>
    introA: 'The largest |f − T',
    introB: '| on a circle of radius r around p. Taylor: it shrinks like r',
    introC: ', so on log–log axes each curve is a line of slope k + 1 (dashed guides).',
    xLabel: 'radius r',
    yLabel: 'max |f − Tₖ|',
    chartLabel: 'Largest error of each Taylor model on circles around p, log–log',
    slopesFor: (r: string) => `Slopes fitted for r ≤ ${r}:`,
    theory: (n: number) => `(Taylor: ${n})`,
    floor: 'float32 floor: errors below it are under float32’s rounding of f (not drawn)',
  },
  {
    title: '误差缩小得有多快',
    noModel: '在 f 有定义的点上显示一个泰勒模型（T1 … T6），即可看到它的误差。',
    introA: '在 p 周围半径为 r 的圆上 |f − T',
    introB: '| 的最大值。由泰勒定理，它像 r',
    introC: ' 一样缩小，因此在双对数坐标中每条曲线都是斜率为 k + 1 的直线（虚线为参考线）。',
    xLabel: '半径 r',
    yLabel: '最大 |f − Tₖ|',
    chartLabel: '各泰勒模型在 p 周围各圆上的最大误差（双对数坐标）',
    slopesFor: (r) => `在 r ≤ ${r} 上拟合的斜率：`,
    theory: (n) => `（泰勒：${n}）`,
    floor: 'float32 下限：低于它的误差小于 f 的 float32 舍入误差（不绘制）',
  },
);

/** The slice of f and its models along a line through p (views/teach/SliceChart.tsx). */
export const sliceMsg = messages(
  {
    title: 'The slice through p',
    direction: 'direction d',
    dirGrad: '−∇f (steepest descent)',
    dirNewton: 'Newton −H⁻¹∇f',
    dirAngle: 'angle',
    noNewton: 'H is singular at p (or f is undefined), so there is no Newton direction: pick another direction.',
    noGrad: '∇f is zero or undefined at p, so −∇f has no direction: pick an angle.',
    fUndefined: 'f is undefined at p.',
    intro: (d: string) => `f(p + t·d) with d = ${d} (unit length), and each shown model along the same line.`,
    chartLabel: 'f and its Taylor models along a line through p',
    newtonT: (t: string) => `Newton t = ${t}`,
    armijoLine: 'Armijo line',
    newtonLegend: ' · dashed vertical: the quadratic model’s stationary point on this line (Newton’s step along d)',
    armijoLegend: (searcher: string) =>
      ` · dotted: the Armijo line f(p) + c·t·∇f·d, c = 10⁻⁴; ${searcher}’s line search from p along d would accept a step t where f is on or below it`,
  },
  {
    title: '过 p 的剖面',
    direction: '方向 d',
    dirGrad: '−∇f（最速下降）',
    dirNewton: '牛顿方向 −H⁻¹∇f',
    dirAngle: '角度',
    noNewton: 'H 在 p 处奇异（或 f 无定义），因此没有牛顿方向：请另选方向。',
    noGrad: '∇f 在 p 处为零或无定义，因此 −∇f 没有方向：请选一个角度。',
    fUndefined: 'f 在 p 处无定义。',
    intro: (d) => `沿 d = ${d}（单位长度）的 f(p + t·d)，以及同一直线上每个已显示的模型。`,
    chartLabel: 'f 及其泰勒模型沿过 p 的直线的取值',
    newtonT: (t) => `牛顿步 t = ${t}`,
    armijoLine: 'Armijo 线',
    newtonLegend: ' · 竖虚线：二次模型在这条直线上的驻点（沿 d 的牛顿步）',
    armijoLegend: (searcher) =>
      ` · 点线：Armijo 线 f(p) + c·t·∇f·d，c = 10⁻⁴；${searcher} 从 p 沿 d 的线搜索会接受 f 在此线上或线下方的步长 t`,
  },
);

/** Finite differences: choosing h (views/teach/FdPanel.tsx). */
export const fdMsg = messages(
  {
    title: 'Finite differences: choosing h',
    foldedTitle: 'Finite differences',
    foldedHint: 'f or its gradient is undefined near p, so there is nothing to compare: drag p to where f is defined',
    chartLabel: 'Gradient error of forward and central differences against h',
    forward: 'forward',
    central: 'central',
    slopes: 'slopes',
    // the summary around the best central h (bold)
    summaryA: (h: string, fwd: string, ctr: string, grad: string) =>
      `At h = ${h}: forward error ${fwd}, central ${ctr} (|∇f| = ${grad}). The smallest central error is at h ≈ `,
    summaryB: (fwd: string) => `, forward at h ≈ ${fwd}.`,
    exactCentral:
      ' Here central differences have no truncation error over this range of h (f’s odd derivatives of order 3 and up along x and y vanish at p, as for any quadratic), so only rounding is left.',
    float32:
      'WebGL computes in float32 (about 7 digits), so f itself carries a rounding error of about 6·10⁻⁸·|f|, which the difference quotient divides by h: left of the minimum the error rises again like 1/h. The curves bottom out near h ≈ 1e-4…1e-3 (forward) and 1e-3…1e-2 (central), not near 1e-8 as they would in float64. Right of the minimum the Taylor remainder dominates: error ∝ h (forward), ∝ h² (central).',
    race: 'Race fd-gd beside gd (same lr, step h)',
  },
  {
    title: '有限差分：选择 h',
    foldedTitle: '有限差分',
    foldedHint: 'f 或其梯度在 p 附近无定义，无从比较：请把 p 拖到 f 有定义的地方',
    chartLabel: '前向差分与中心差分的梯度误差随 h 的变化',
    forward: '前向差分',
    central: '中心差分',
    slopes: '斜率',
    summaryA: (h, fwd, ctr, grad) =>
      `h = ${h} 时：前向差分误差 ${fwd}，中心差分误差 ${ctr}（|∇f| = ${grad}）。中心差分误差最小处在 h ≈ `,
    summaryB: (fwd) => `，前向差分在 h ≈ ${fwd}。`,
    exactCentral:
      '在这个 h 范围内，中心差分没有截断误差（f 沿 x 和 y 的 3 阶及以上奇数阶导数在 p 处为零，任何二次函数都是如此），因此只剩舍入误差。',
    float32:
      'WebGL 以 float32 计算（约 7 位有效数字），因此 f 本身带有约 6·10⁻⁸·|f| 的舍入误差，差商又把它除以 h：在最低点左侧，误差重新按 1/h 上升。曲线的最低点在 h ≈ 1e-4…1e-3（前向）和 1e-3…1e-2（中心），而不像 float64 那样在 1e-8 附近。在最低点右侧，泰勒余项占主导：误差 ∝ h（前向），∝ h²（中心）。',
    race: '让 fd-gd 与 gd 并排比较（相同 lr，差分步长 h）',
  },
);

/** The line search at the scrubbed iteration (views/teach/LineSearchPanel.tsx). */
export const lineSearchMsg = messages(
  {
    heading: (wolfe: boolean) => `Line search (${wolfe ? 'Wolfe' : 'backtracking'})`,
    foldedTitle: 'Line search',
    foldedHint: 'add damped Newton, BFGS, DFP, CG, L-BFGS or Gauss–Newton to see how each step length t is chosen',
    noStep: 'No line search at this iteration (the run stopped at its start).',
    phiUndefined: 'φ(t) is undefined along this direction.',
    xLabel: 't (step length)',
    chartLabel: (n: number, wolfe: boolean) => `φ(t) with ${n} ${wolfe ? 'Wolfe' : 'backtracking'} trials`,
    trialTitle: (t: string, phi: string, bound: string, accepted: boolean) =>
      `t = ${t}: φ = ${phi} ${accepted ? '≤' : '>'} Armijo bound ${bound}${accepted ? ' (accepted)' : ' (rejected)'}`,
    armijoLine: (c: number) => `Armijo line f(x) + ${c}·t·∇f·d`,
    wolfeNote: (c2: number) => `(at each trial: its slope φ'(t), and dashed the least slope ${c2}·∇f·d it must reach) `,
    rejected: 'rejected',
    accepted: 'accepted',
    summary: (k: number, run: string, last: boolean, x: string, d: string, slope: string, n: number) =>
      `Iteration ${k} of ${run}${last ? ' (its last step)' : ''}: from x = ${x}, d = ${d}, ∇f·d = ${slope}. ${n} trial${n > 1 ? 's' : ''}: `,
    // "t = <b>0.5</b> accepted"
    acceptedPre: 't = ',
    acceptedPost: ' accepted',
    noneAccepted: 'none accepted: the line search failed',
    end: '.',
    colBound: 'bound',
    colFailed: 'failed',
    colAccepted: 'accepted',
    failedCurvature: (c2: number) => `curvature (φ' < ${c2}·∇f·d)`,
    failedArmijo: 'Armijo',
    more: (n: number, wolfe: boolean) => `… ${n} more ${wolfe ? 'trials' : 'halvings'}`,
  },
  {
    heading: (wolfe) => `线搜索（${wolfe ? 'Wolfe' : '回溯'}）`,
    foldedTitle: '线搜索',
    foldedHint: '添加阻尼牛顿法、BFGS、DFP、CG、L-BFGS 或高斯-牛顿法，查看每步的步长 t 如何选取',
    noStep: '本次迭代没有线搜索（运行在起点就已停止）。',
    phiUndefined: 'φ(t) 沿此方向无定义。',
    xLabel: 't（步长）',
    chartLabel: (n, wolfe) => `φ(t) 及 ${n} 次${wolfe ? ' Wolfe ' : '回溯'}试探`,
    trialTitle: (t, phi, bound, accepted) =>
      `t = ${t}：φ = ${phi} ${accepted ? '≤' : '>'} Armijo 界限 ${bound}${accepted ? '（接受）' : '（拒绝）'}`,
    armijoLine: (c) => `Armijo 线 f(x) + ${c}·t·∇f·d`,
    wolfeNote: (c2) => `（每次试探处：其斜率 φ'(t)，以及它必须达到的最小斜率 ${c2}·∇f·d，虚线） `,
    rejected: '拒绝',
    accepted: '接受',
    summary: (k, run, last, x, d, slope, n) =>
      `${run} 的第 ${k} 步${last ? '（其最后一步）' : ''}：从 x = ${x} 出发，d = ${d}，∇f·d = ${slope}。${n} 次试探：`,
    acceptedPre: 't = ',
    acceptedPost: ' 被接受',
    noneAccepted: '全部被拒：线搜索失败',
    end: '。',
    colBound: '界限',
    colFailed: '未通过',
    colAccepted: '接受',
    failedCurvature: (c2) => `曲率条件（φ' < ${c2}·∇f·d）`,
    failedArmijo: 'Armijo',
    more: (n, wolfe) => `… 另有 ${n} 次${wolfe ? '试探' : '减半'}`,
  },
);

/** Damped Newton where H is not positive definite (views/teach/DampedNewtonPanel.tsx). */
export const dampedNewtonMsg = messages(
  {
    heading: 'Damped Newton: fixing the curvature',
    foldedTitle: 'Damped Newton',
    foldedHint: (withRun: boolean) =>
      `H is positive definite at p${withRun ? ' and at the damped Newton iterate' : ''}, so damped Newton takes the plain Newton direction: drag p to where H is indefinite (a saddle region) to see the two differ`,
    atP: (p: string) => `At the expansion point p = ${p}`,
    atRun: (k: number, at: string) => `Damped Newton run, iteration ${k} at ${at}`,
    arrows: 'Directions: minus gradient, plain Newton, damped Newton',
    // "H has eigenvalues <span>…</span> (indefinite); the modified Hessian H̃ has <b>…</b> (each |λ|, …)."
    eigenvalues: 'H has eigenvalues ',
    negDefinite: ' (negative definite)',
    indefinite: ' (indefinite)',
    singular: ' (singular)',
    modified: '; the modified Hessian H̃ has ',
    floor: (floor: number) => ` (each |λ|, at least ${floor}).`,
    plain: 'plain Newton',
    damped: 'damped',
    uphill: 'uphill',
    downhill: 'downhill',
    noneSingular: 'none (H is singular)',
  },
  {
    heading: '阻尼牛顿法：修正曲率',
    foldedTitle: '阻尼牛顿法',
    foldedHint: (withRun) =>
      `H 在 p 处${withRun ? '和阻尼牛顿法的迭代点处' : ''}正定，因此阻尼牛顿法沿纯牛顿方向前进：把 p 拖到 H 不定的地方（鞍点区域），即可看到两者的差别`,
    atP: (p) => `在展开点 p = ${p} 处`,
    atRun: (k, at) => `阻尼牛顿法运行，第 ${k} 步，位于 ${at}`,
    arrows: '方向：负梯度、纯牛顿法、阻尼牛顿法',
    eigenvalues: 'H 的特征值为 ',
    negDefinite: '（负定）',
    indefinite: '（不定）',
    singular: '（奇异）',
    modified: '；修正后的黑塞矩阵（Hessian）H̃ 的特征值为 ',
    floor: (floor) => `（各取 |λ|，且不小于 ${floor}）。`,
    plain: '纯牛顿方向',
    damped: '阻尼方向',
    uphill: '上坡',
    downhill: '下坡',
    noneSingular: '无（H 奇异）',
  },
);

const KIND_EN: Record<string, string> = {
  minimum: 'minimum',
  maximum: 'maximum',
  saddle: 'saddle',
  degenerate: 'degenerate critical point',
  diverged: 'diverged or left the map',
  'no-limit': 'no limit within the iterations',
};
const KIND_ZH: Record<string, string> = {
  minimum: '极小值点',
  maximum: '极大值点',
  saddle: '鞍点',
  degenerate: '退化驻点',
  diverged: '发散或离开绘图范围',
  'no-limit': '在迭代步数内没有极限',
};
/** English plurals of the kinds' ids ("110 minima"); an id without one is written as is. */
const PLURAL_EN: Record<string, string> = {
  minimum: 'minima',
  maximum: 'maxima',
  saddle: 'saddles',
  degenerate: 'degenerate points',
};
/** The kinds counted in Chinese: "3 个鞍点". */
const COUNTED_ZH: Record<string, string> = {
  minimum: '极小值点',
  maximum: '极大值点',
  saddle: '鞍点',
  degenerate: '退化驻点',
  diverged: '发散类',
  'no-limit': '无极限类',
};

/** The basins toggle, its legend and the critical points' markers (views/teach/Basins*.tsx). */
export const basinsMsg = messages(
  {
    toggle: 'Colour the map by basins of attraction',
    label: 'Basins:',
    off: 'off',
    newton: 'Newton',
    damped: 'damped Newton',
    progress: 'Basins computed',
    computing: 'computing…',
    caption: (damped: boolean, n: number) =>
      `Each pixel: where ${damped ? 'damped Newton' : 'Newton'} goes from that start (${n}×${n} starts, all at once on tfjs).`,
    /** a basin class's kind in words (the legend, the markers' titles) */
    kind: (kind: string) => KIND_EN[kind] ?? String(kind),
    found: ' found',
    /** "3 minima": kind is the class's kind id */
    kindCount: (n: number, kind: string) => `${n} ${n === 1 ? kind : (PLURAL_EN[kind] ?? kind)}`,
    listSep: ', ',
    more: (n: number, list: string) => `… and ${n} more: ${list}`,
    markers: 'Markers: ● minimum ▲ maximum ✕ saddle',
    onlyCatalog: ' (only the catalog’s: too many critical points were found to mark them all)',
    end: '.',
    pointTitle: (kind: string, x: string, y: string, known: boolean) =>
      `${KIND_EN[kind] ?? kind} at (${x}, ${y})${known ? '' : ', found from the end points'}`,
  },
  {
    toggle: '按吸引域为等高线图着色',
    label: '吸引域：',
    off: '关',
    newton: '牛顿法',
    damped: '阻尼牛顿法',
    progress: '吸引域计算进度',
    computing: '计算中…',
    caption: (damped, n) =>
      `每个像素：${damped ? '阻尼牛顿法' : '牛顿法'}从该起点出发最终到达哪里（${n}×${n} 个起点，在 TensorFlow.js 上一次算完）。`,
    kind: (kind) => KIND_ZH[kind] ?? String(kind),
    found: '（新发现）',
    kindCount: (n, kind) => `${n} 个${COUNTED_ZH[kind] ?? kind}`,
    listSep: '、',
    more: (n, list) => `… 另有 ${n} 类：${list}`,
    markers: '标记：● 极小值点 ▲ 极大值点 ✕ 鞍点',
    onlyCatalog: '（只标出曲面目录中已知的：找到的驻点太多，无法全部标出）',
    end: '。',
    pointTitle: (kind, x, y, known) => `(${x}, ${y}) 处的${KIND_ZH[kind] ?? kind}${known ? '' : '（由迭代终点找到）'}`,
  },
);

/** Shared by the teaching panels (views/teach/common.tsx). */
export const teachCommonMsg = messages(
  {
    runShown: 'Run shown',
    add: (label: string) => `Add ${label}`,
    /** a number that is not finite, inside TeX's \text{…} */
    undefined: 'undefined',
  },
  {
    runShown: '所显示的运行',
    add: (label) => `添加 ${label}`,
    undefined: '无定义',
  },
);
