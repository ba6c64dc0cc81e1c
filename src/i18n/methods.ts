// The methods and the surfaces: optimizer names, groups and what they need; surface names,
// groups, lessons and data sets; how a run ended (math/runStatus.ts, views/controls-logic.ts);
// the optimizer panel and its checks; "explain this step" (views/explain.ts). The registry
// (math/optimizers/registry.ts) and the catalog (math/surfaces.ts) take their English from
// here, and their lookups (optimizerLabel, surfaceName, …) read the language in use.
import { messages } from './i18n';

const plural = (k: number) => `${k} iteration${k === 1 ? '' : 's'}`;

// ---------------------------------------------------------------------------------------------
// Optimizers (math/optimizers/registry.ts)

/** The name shown in the app, by optimizer id. */
export const optimizerLabelMsg = messages(
  {
    gd: 'Gradient descent',
    momentum: 'Momentum',
    nesterov: 'Nesterov',
    adam: 'Adam',
    rmsprop: 'RMSProp',
    'fd-gd': 'GD, finite differences',
    sgd: 'Stochastic gradient descent',
    newton: 'Newton',
    'damped-newton': 'Damped Newton',
    'trust-region': 'Trust region',
    bfgs: 'BFGS',
    dfp: 'DFP',
    cg: 'Conjugate gradients',
    lbfgs: 'L-BFGS',
    'gauss-newton': 'Gauss–Newton',
    lm: 'Levenberg–Marquardt',
  },
  {
    gd: '梯度下降',
    momentum: '动量法',
    nesterov: 'Nesterov 加速梯度',
    adam: 'Adam',
    rmsprop: 'RMSProp',
    'fd-gd': '梯度下降（有限差分）',
    sgd: '随机梯度下降',
    newton: '牛顿法',
    'damped-newton': '阻尼牛顿法',
    'trust-region': '信赖域',
    bfgs: 'BFGS',
    dfp: 'DFP',
    cg: '共轭梯度法',
    lbfgs: 'L-BFGS',
    'gauss-newton': '高斯-牛顿法',
    lm: '列文伯格-马夸尔特法',
  },
);

/** A short name for tight places (legends), by optimizer id. */
export const optimizerShortMsg = messages(
  {
    gd: 'GD',
    momentum: 'Momentum',
    nesterov: 'Nesterov',
    adam: 'Adam',
    rmsprop: 'RMSProp',
    'fd-gd': 'FD-GD',
    sgd: 'SGD',
    newton: 'Newton',
    'damped-newton': 'Damped Newton',
    'trust-region': 'Trust region',
    bfgs: 'BFGS',
    dfp: 'DFP',
    cg: 'CG',
    lbfgs: 'L-BFGS',
    'gauss-newton': 'Gauss–Newton',
    lm: 'LM',
  },
  {
    gd: '梯度下降',
    momentum: '动量法',
    nesterov: 'Nesterov',
    adam: 'Adam',
    rmsprop: 'RMSProp',
    'fd-gd': '差分梯度下降',
    sgd: 'SGD',
    newton: '牛顿法',
    'damped-newton': '阻尼牛顿法',
    'trust-region': '信赖域',
    bfgs: 'BFGS',
    dfp: 'DFP',
    cg: 'CG',
    lbfgs: 'L-BFGS',
    'gauss-newton': '高斯-牛顿法',
    lm: 'LM',
  },
);

/** The optimizer panel's groups (the registry's OPTIMIZER_GROUPS are the keys). */
export const optimizerGroupMsg = messages(
  {
    'First-order': 'First-order',
    'Newton-type': 'Newton-type',
    'Quasi-Newton': 'Quasi-Newton',
    'Least squares': 'Least squares',
    Stochastic: 'Stochastic',
  },
  {
    'First-order': '一阶方法',
    'Newton-type': '牛顿类方法',
    'Quasi-Newton': '拟牛顿法',
    'Least squares': '最小二乘',
    Stochastic: '随机方法',
  },
);

/** Why a method does not apply (the run alerts): the English names the id, the Chinese the method. */
export const optimizerNeedsMsg = messages(
  {
    sumOfSquares: (id: string, _label: string, formula: string) =>
      `${id} needs a sum of squares: ${formula} is not one`,
    data: (id: string, _label: string, surfaces: string) =>
      `${id} needs data: it runs on the regression surfaces (${surfaces}) only`,
    /** between the regression surfaces in `data` */
    listSep: ', ',
  },
  {
    sumOfSquares: (_id, label, formula) => `${label}需要平方和形式的函数：${formula} 不是平方和`,
    data: (_id, label, surfaces) => `${label}需要数据：只能在回归曲面（${surfaces}）上运行`,
    listSep: '、',
  },
);

// ---------------------------------------------------------------------------------------------
// Surfaces (math/surfaces.ts)

/** Display names, by surface id; names of people stay in Latin letters. */
export const surfaceNameMsg = messages(
  {
    quadratic: 'Elongated bowl',
    booth: 'Booth',
    matyas: 'Matyas',
    rosenbrock: 'Rosenbrock',
    beale: 'Beale',
    himmelblau: 'Himmelblau',
    'three-hump-camel': 'Three-hump camel',
    'six-hump-camel': 'Six-hump camel',
    'styblinski-tang': 'Styblinski-Tang',
    mccormick: 'McCormick',
    saddle: 'Saddle',
    'monkey-saddle': 'Monkey saddle',
    rastrigin: 'Rastrigin',
    'linear-regression': 'Linear regression (MSE)',
    'logistic-regression': 'Logistic regression',
    'exp-regression': 'Exponential decay fit',
  },
  {
    quadratic: '狭长碗形',
    booth: 'Booth',
    matyas: 'Matyas',
    rosenbrock: 'Rosenbrock',
    beale: 'Beale',
    himmelblau: 'Himmelblau',
    'three-hump-camel': '三峰骆驼',
    'six-hump-camel': '六峰骆驼',
    'styblinski-tang': 'Styblinski-Tang',
    mccormick: 'McCormick',
    saddle: '鞍面',
    'monkey-saddle': '猴鞍面',
    rastrigin: 'Rastrigin',
    'linear-regression': '线性回归（均方误差）',
    'logistic-regression': '逻辑回归',
    'exp-regression': '指数衰减拟合',
  },
);

/** The surface picker's groups. */
export const surfaceGroupMsg = messages(
  {
    bowls: 'Bowls and valleys',
    minima: 'Several minima',
    saddles: 'Saddles',
    rugged: 'Rugged',
    ml: 'Machine learning',
  },
  {
    bowls: '碗形与山谷',
    minima: '多个极小值点',
    saddles: '鞍面',
    rugged: '崎岖地形',
    ml: '机器学习',
  },
);

/** One sentence on what each surface teaches, by surface id. */
export const surfaceLessonMsg = messages(
  {
    quadratic:
      'Curvature 10 times steeper in y than in x makes gradient descent zig-zag across the bowl, while the quadratic Taylor model is exact and Newton lands on the minimum in one step.',
    booth:
      'A rotated bowl: the gradient does not point at the minimum, but the function is quadratic, so its second-order Taylor model is exact and one Newton step solves it.',
    matyas:
      'A very flat valley along x = y: gradient descent crawls along it because the slope is tiny there, while Newton divides by that tiny curvature and jumps straight to the minimum.',
    rosenbrock: 'A curved, narrow valley: gradient descent zig-zags across it while Newton follows the curvature.',
    beale:
      'Steep walls and flat plateaus: from (1, 1.5) pure Newton heads for the saddle at (0, 1), while gradient descent creeps along the flat valley toward the minimum at (3, 0.5).',
    himmelblau:
      'Four equally good minima, a maximum and four saddles: gradient descent finds the minimum whose basin it starts in, while pure Newton, which only seeks a zero gradient, climbs to the maximum from (0.5, 0.5).',
    'three-hump-camel':
      'A global minimum flanked by two local ones: from (-1, 1.5) gradient descent settles in a local minimum, and Newton, started where the Hessian is indefinite, stops on the saddle between them.',
    'six-hump-camel':
      'Six minima (two of them global), two maxima and seven saddles: the quadratic model changes shape from point to point, and from (-1, 1) Newton converges to a saddle while gradient descent reaches a global minimum.',
    'styblinski-tang':
      'A sum of two one-dimensional quartics, so its nine critical points sit on a 3 × 3 grid: gradient descent from (0.5, 0.8) finds the nearest minimum rather than the global one, and Newton converges to the maximum.',
    mccormick:
      'A tilted bowl plus a sine wave that adds a second minimum and a saddle: from (-1, 3) gradient descent reaches the global minimum, while Newton converges to the saddle.',
    saddle:
      'The simplest saddle: Newton jumps to the critical point at the origin in one step although it is no minimum, while gradient descent slides off along the falling y direction.',
    'monkey-saddle':
      'A saddle with three valleys and a zero Hessian at the origin: the quadratic Taylor model is flat there, Newton only halves its distance each step, and gradient descent stalls on the ridge before tipping into a valley.',
    rastrigin:
      'Hundreds of local minima on top of a bowl: each quadratic model sees only the nearest bump, so both gradient descent and Newton get trapped close to where they start.',
    'linear-regression':
      'The squared-error loss of a line is exactly quadratic in (slope, intercept), so the second-order Taylor model is the loss itself and one Newton step solves the normal equations, while gradient descent zig-zags down the long valley.',
    'logistic-regression':
      'A convex loss that turns almost linear far from its minimum: the curvature there is so small that a pure Newton step from (-2, -2) overshoots out of sight, while gradient descent and damped Newton converge.',
    'exp-regression':
      'A sum of squares that is not convex: where the decay rate is too large the loss is a nearly flat plateau with an indefinite Hessian, so pure Newton runs off toward infinite rate while Gauss–Newton and Levenberg–Marquardt, which use only the residuals’ slopes, reach the fit in a few steps.',
  },
  {
    quadratic:
      'y 方向的曲率是 x 方向的 10 倍，梯度下降在碗中来回走之字形；而二阶泰勒模型是精确的，牛顿法一步就落到极小值点。',
    booth: '旋转的碗形：梯度并不指向极小值点，但函数是二次的，二阶泰勒模型是精确的，牛顿法一步即可求解。',
    matyas:
      '沿 x = y 有一条非常平坦的山谷：那里坡度极小，梯度下降只能缓慢爬行；牛顿法则除以这个很小的曲率，直接跳到极小值点。',
    rosenbrock: '弯曲而狭窄的山谷：梯度下降在谷中来回走之字形，牛顿法则顺着曲率前进。',
    beale:
      '陡峭的谷壁与平坦的高原：从 (1, 1.5) 出发，纯牛顿法奔向 (0, 1) 处的鞍点，梯度下降则沿平坦的山谷缓慢挪向 (3, 0.5) 处的极小值点。',
    himmelblau:
      '四个同样好的极小值点、一个极大值点和四个鞍点：梯度下降找到起点所在吸引域的极小值点；纯牛顿法只寻找梯度为零的点，从 (0.5, 0.5) 爬上了极大值点。',
    'three-hump-camel':
      '全局极小值点两侧各有一个局部极小值点：从 (-1, 1.5) 出发，梯度下降停在局部极小值点；牛顿法的起点处黑塞矩阵不定，它停在两者之间的鞍点上。',
    'six-hump-camel':
      '六个极小值点（其中两个是全局的）、两个极大值点和七个鞍点：二次模型的形状随点而变；从 (-1, 1) 出发，牛顿法收敛到鞍点，梯度下降则到达全局极小值点。',
    'styblinski-tang':
      '两个一元四次函数之和，九个驻点排成 3 × 3 的网格：梯度下降从 (0.5, 0.8) 出发，找到的是最近的极小值点而非全局极小值点，牛顿法则收敛到极大值点。',
    mccormick:
      '倾斜的碗形叠加正弦波，多出第二个极小值点和一个鞍点：从 (-1, 3) 出发，梯度下降到达全局极小值点，牛顿法则收敛到鞍点。',
    saddle: '最简单的鞍面：原点处的驻点并非极小值点，牛顿法却一步跳到那里；梯度下降则沿 y 的下降方向滑走。',
    'monkey-saddle':
      '有三条山谷、原点处黑塞矩阵为零的鞍面：那里的二阶泰勒模型是平的，牛顿法每步只把距离减半，梯度下降先在山脊上停滞，然后才滑入山谷。',
    rastrigin: '碗形上叠加了数百个局部极小值点：每个二次模型只看得到最近的凸起，梯度下降和牛顿法都被困在起点附近。',
    'linear-regression':
      '直线的平方误差损失关于（斜率，截距）恰好是二次函数，二阶泰勒模型就是损失本身，牛顿法一步解出正规方程；梯度下降则沿狭长的山谷走之字形下行。',
    'logistic-regression':
      '凸的损失函数，远离极小值点处几乎是线性的：那里曲率极小，纯牛顿法从 (-2, -2) 迈出的一步远远冲出视野，而梯度下降和阻尼牛顿法都能收敛。',
    'exp-regression':
      '非凸的平方和：衰减率过大时，损失几乎是平坦的高原，黑塞矩阵不定，纯牛顿法朝无穷大的衰减率跑开；高斯-牛顿法和列文伯格-马夸尔特法只用残差的斜率，几步就得到拟合。',
  },
);

/** What the regression surfaces' data are. */
export const surfaceDataMsg = messages(
  {
    'linear-regression':
      '8 points (t, s): hours studied t vs. test score s (in tens of points); the loss is the mean squared error of the line s ≈ x·t + y, with slope x and intercept y.',
    'logistic-regression':
      '8 points (a, b) labelled +1 or −1 in two overlapping classes; the loss is the mean logistic loss of the classifier sign(x·a + y·b), which has weights x, y and no bias.',
    'exp-regression':
      '8 measurements (t, s) of something decaying: time t vs. amount left s; the loss is the mean squared error of the curve s ≈ x·exp(−y·t), with initial amount x and rate y.',
    /** the `data` parameter's rows: `labelled` for logistic regression's (a, b, label) */
    yourData: (n: number, labelled: boolean) =>
      `Your data: ${n} ${labelled ? 'points (a, b, label)' : 'points (t, s)'}.`,
  },
  {
    'linear-regression':
      '8 个点 (t, s)：学习时长 t（小时）与考试成绩 s（以 10 分为单位）；损失是直线 s ≈ x·t + y 的均方误差，斜率为 x，截距为 y。',
    'logistic-regression':
      '8 个点 (a, b)，标签为 +1 或 −1，分属两个相互重叠的类；损失是分类器 sign(x·a + y·b) 的平均逻辑损失，权重为 x、y，没有偏置项。',
    'exp-regression':
      '某个衰减过程的 8 次测量 (t, s)：时间 t 与剩余量 s；损失是曲线 s ≈ x·exp(−y·t) 的均方误差，初始量为 x，衰减率为 y。',
    yourData: (n, labelled) => `你的数据：${n} 个点 ${labelled ? '(a, b, 标签)' : '(t, s)'}。`,
  },
);

// ---------------------------------------------------------------------------------------------
// How a run ended (math/runStatus.ts): numbers come formatted, booleans choose a clause.

/** An export status in Chinese words (statusWordsMsg), an unknown one as it is. */
const zhStatusWords = (status: string): string =>
  Object.hasOwn(statusWordsMsg.zh, status) ? (statusWordsMsg.zh as Record<string, string>)[status] : status;

export const runStatusMsg = messages(
  {
    /** a number that is NaN */
    undef: 'undefined',
    noIterates: (status: string) => `${status} (no iterates)`,
    startUndefined: (nan: boolean, at: string) =>
      `start is outside f's domain: f is ${nan ? 'undefined' : 'not finite'} at ${at}`,
    startNoGradient: (at: string) => `stopped at the start: ∇f is undefined at ${at}`,
    fellToMinusInf: (k: number, at: string) =>
      `f fell to −∞ at iteration ${k}, at ${at}: f has no minimum along this path`,
    fellPast: (v: string, kMin: number, overflow: boolean) =>
      `f fell past ${v} by iteration ${kMin}, ${overflow ? 'then overflowed float32' : 'then became undefined'}: f seems unbounded below along this path`,
    divergingThen: (p: string, kMax: number, overflow: boolean, k: number) =>
      `diverging (f grew past ${p} by iteration ${kMax}, ${overflow ? 'then overflowed float32' : 'then became undefined'} at iteration ${k})`,
    leftDomain: (k: number, at: string) =>
      `stopped at iteration ${k}: the step reached ${at}, outside f's domain (f is undefined there)`,
    diverged: (k: number) => `diverged at iteration ${k} (value or gradient not finite)`,
    converged: (k: number) => `converged after ${plural(k)} (‖∇f‖ ≤ tol)`,
    convergedMinimum: (k: number) => `converged after ${plural(k)} (‖∇f‖ ≤ tol; H is positive definite: a minimum)`,
    convergedMaximum: (k: number) =>
      `converged after ${plural(k)} to a maximum (‖∇f‖ ≤ tol, but H is negative definite: f is largest here nearby)`,
    convergedSaddle: (k: number) =>
      `converged after ${plural(k)} to a saddle point (‖∇f‖ ≤ tol, but H is indefinite: f still falls along one direction)`,
    flat: (k: number) =>
      `stopped after ${plural(k)}: the gradient is below tol on a flat region, not necessarily a minimum (H does not confirm one here)`,
    divergingGrowing: (p: string, k: number) => `diverging (f grew past ${p} by iteration ${k}, still growing)`,
    keepsFalling: (v: string, k: number) =>
      `f keeps falling (past ${v} by iteration ${k}, below its values on the domain): f seems unbounded below along this path`,
    maxStepsFloat32: (k: number, g: string) =>
      `reached the step limit (${plural(k)}) at a point as good as float32 can tell: f cannot decrease in float32 here, though ‖∇f‖ = ${g} stays above tol`,
    maxSteps: (k: number) => `reached the step limit (${plural(k)}) without converging`,
    singularHessian: (k: number) => `stopped at iteration ${k}: the Hessian is singular`,
    lineSearchFloat32: (k: number, decrease: string, error: string) =>
      `line search cannot decrease f in float32 here: the point is as good as float32 can tell (iteration ${k}: any decrease, at most ${decrease}, is within float32's rounding of f, up to ${error} here)`,
    lineSearchFailed: (k: number) => `stopped at iteration ${k}: the line search found no step that decreases f enough`,
    stalledFloat32: (k: number) =>
      `stalled at iteration ${k}: f cannot decrease in float32 here, the point is as good as float32 can tell`,
    stalled: (k: number) => `stalled at iteration ${k}: no trial step reduces f any more`,
    other: (status: string, k: number) => `${status} at iteration ${k}`,
  },
  {
    undef: '未定义',
    noIterates: (status) => `${zhStatusWords(status)}（没有迭代点）`,
    startUndefined: (nan, at) => `起点在 f 的定义域之外：f 在 ${at} 处${nan ? '无定义' : '不是有限值'}`,
    startNoGradient: (at) => `停在起点：∇f 在 ${at} 处无定义`,
    fellToMinusInf: (k, at) => `f 在第 ${k} 步于 ${at} 处降到 −∞：沿这条路径 f 没有极小值`,
    fellPast: (v, kMin, overflow) =>
      `f 到第 ${kMin} 步已降到 ${v} 以下，随后${overflow ? '超出 float32 的范围' : '变得无定义'}：沿这条路径 f 似乎无下界`,
    divergingThen: (p, kMax, overflow, k) =>
      `发散（f 到第 ${kMax} 步已超过 ${p}，在第 ${k} 步${overflow ? '超出 float32 的范围' : '变得无定义'}）`,
    leftDomain: (k, at) => `在第 ${k} 步停止：这一步到达 ${at}，在 f 的定义域之外（f 在该处无定义）`,
    diverged: (k) => `在第 ${k} 步发散（函数值或梯度不是有限值）`,
    converged: (k) => `迭代 ${k} 步后已收敛（‖∇f‖ ≤ tol）`,
    convergedMinimum: (k) => `迭代 ${k} 步后已收敛（‖∇f‖ ≤ tol；H 正定：是极小值点）`,
    convergedMaximum: (k) => `迭代 ${k} 步后收敛到极大值点（‖∇f‖ ≤ tol，但 H 负定：f 在附近以此处最大）`,
    convergedSaddle: (k) => `迭代 ${k} 步后收敛到鞍点（‖∇f‖ ≤ tol，但 H 不定：f 沿某一方向仍在下降）`,
    flat: (k) => `迭代 ${k} 步后停止：梯度在平坦区域低于 tol，未必是极小值点（H 在此无法确认）`,
    divergingGrowing: (p, k) => `发散（f 到第 ${k} 步已超过 ${p}，仍在增大）`,
    keepsFalling: (v, k) => `f 持续下降（到第 ${k} 步已低于 ${v}，低于它在定义域上的值）：沿这条路径 f 似乎无下界`,
    maxStepsFloat32: (k, g) =>
      `达到步数上限（${k} 步），该点已是 float32 所能分辨的最好点：此处 f 在 float32 下无法再下降，尽管 ‖∇f‖ = ${g} 仍高于 tol`,
    maxSteps: (k) => `达到步数上限（${k} 步），未收敛`,
    singularHessian: (k) => `在第 ${k} 步停止：黑塞矩阵奇异`,
    lineSearchFloat32: (k, decrease, error) =>
      `线搜索在 float32 下无法再使 f 下降：该点已是 float32 所能分辨的最好点（第 ${k} 步：任何下降至多为 ${decrease}，都在 f 的 float32 舍入误差之内，此处可达 ${error}）`,
    lineSearchFailed: (k) => `在第 ${k} 步停止：线搜索找不到使 f 充分下降的步长`,
    stalledFloat32: (k) => `在第 ${k} 步停滞：此处 f 在 float32 下无法再下降，该点已是 float32 所能分辨的最好点`,
    stalled: (k) => `在第 ${k} 步停滞：没有试探步能再使 f 下降`,
    other: (status, k) => `第 ${k} 步：${status}`,
  },
);

/** The export's statuses in words (views/format.ts's STATUS_WORDS in English). */
export const statusWordsMsg = messages(
  {
    converged: 'converged (gradient norm ≤ tol)',
    diverged: 'diverged (value or position not finite)',
    'max-steps': 'stopped after the step limit',
    'singular-hessian': 'stopped: the Hessian is singular',
    'line-search-failed': 'stopped: the line search failed',
    stalled: 'stopped: it could not make progress (its trust radius or damping ran out)',
  },
  {
    converged: '已收敛（梯度范数 ≤ tol）',
    diverged: '发散（函数值或位置不是有限值）',
    'max-steps': '达到步数上限后停止',
    'singular-hessian': '已停止：黑塞矩阵奇异',
    'line-search-failed': '已停止：线搜索失败',
    stalled: '已停止：无法继续前进（信赖域半径或阻尼已用尽）',
  },
);

// ---------------------------------------------------------------------------------------------
// The optimizer panel's logic (views/controls-logic.ts, views/optimizer-fields.ts)

export const controlsMsg = messages(
  {
    /** after a field's problem: the value that stays in use */
    stillUsing: (keep: string) => `still using ${keep}`,
    startEmpty: (name: string) => `${name} is empty`,
    startNotNumber: (name: string, text: string) => `${name} = "${text}" is not a number`,
    startBoth: (a: string, b: string) => `${a} and ${b}`,
    startBad: (what: string, keep: string) => `${what}; still using ${keep}`,
    startOutside: (p: string, domain: string, keep: string) =>
      `${p} lies outside the domain ${domain}; still using ${keep}`,
    lrUndefined: 'no step-size limit to show: the Hessian at the start is undefined',
    lrNoLimit: (lmax: string) =>
      `no step-size limit 2/λmax at the start: λmax = ${lmax} ≤ 0, f curves down in every direction`,
    lrStable: (limit: string, exact: boolean, down: boolean) =>
      `gd stable for lr < 2/λmax = ${limit} (${exact ? 'exact for a quadratic' : 'local, at the start'})${down ? '; f curves down along one direction, where gd moves away whatever lr' : ''}`,
    lrExceedsExact: (lr: string, limit: string) =>
      `lr = ${lr} exceeds 2/λmax = ${limit}: gradient descent overshoots further each step and diverges.`,
    lrExceedsLocal: (lr: string, limit: string) =>
      `lr = ${lr} exceeds 2/λmax = ${limit} at the start: gradient descent overshoots there and may oscillate or diverge.`,
    lrAtLimit: (lr: string) =>
      `lr = ${lr} is at the limit 2/λmax: gradient descent oscillates without settling along the steepest direction.`,
    converged: (k: number) => `converged after ${plural(k)} (‖∇f‖ ≤ tol)`,
    diverged: (k: number) => `diverged at iteration ${k} (value or position not finite)`,
    maxSteps: (k: number) => `reached the step limit (${plural(k)}) without converging`,
    singularHessian: (k: number) => `stopped at iteration ${k}: the Hessian is singular`,
    lineSearchFailed: (k: number) => `stopped at iteration ${k}: the line search failed`,
    gradLog: '‖∇f‖ (log scale)',
    gapLog: 'f − f* (log scale)',
    belowFStar: 'f (linear: below f*)',
    fLogUnknown: 'f (log; f* unknown)',
    fLinearUnknown: 'f (linear: f* unknown)',
  },
  {
    stillUsing: (keep) => `仍使用 ${keep}`,
    startEmpty: (name) => `${name} 为空`,
    startNotNumber: (name, text) => `${name} = “${text}” 不是数字`,
    startBoth: (a, b) => `${a}，${b}`,
    startBad: (what, keep) => `${what}；仍使用 ${keep}`,
    startOutside: (p, domain, keep) => `${p} 在定义域 ${domain} 之外；仍使用 ${keep}`,
    lrUndefined: '无法给出步长上限：起点处的黑塞矩阵无定义',
    lrNoLimit: (lmax) => `起点处没有步长上限 2/λmax：λmax = ${lmax} ≤ 0，f 在每个方向上都向下弯曲`,
    lrStable: (limit, exact, down) =>
      `lr < 2/λmax = ${limit} 时 gd 稳定（${exact ? '对二次函数精确' : '局部结论，在起点处'}）${down ? '；f 沿某一方向向下弯曲，无论 lr 取何值，gd 都会沿该方向远离' : ''}`,
    lrExceedsExact: (lr, limit) => `lr = ${lr} 超过 2/λmax = ${limit}：梯度下降每步越冲越远，最终发散。`,
    lrExceedsLocal: (lr, limit) =>
      `lr = ${lr} 在起点处超过 2/λmax = ${limit}：梯度下降在那里会冲过头，可能振荡或发散。`,
    lrAtLimit: (lr) => `lr = ${lr} 恰好等于上限 2/λmax：梯度下降沿最陡方向来回振荡，无法稳定下来。`,
    converged: (k) => `迭代 ${k} 步后已收敛（‖∇f‖ ≤ tol）`,
    diverged: (k) => `在第 ${k} 步发散（函数值或位置不是有限值）`,
    maxSteps: (k) => `达到步数上限（${k} 步），未收敛`,
    singularHessian: (k) => `在第 ${k} 步停止：黑塞矩阵奇异`,
    lineSearchFailed: (k) => `在第 ${k} 步停止：线搜索失败`,
    gradLog: '‖∇f‖（对数坐标）',
    gapLog: 'f − f*（对数坐标）',
    belowFStar: 'f（线性坐标：低于 f*）',
    fLogUnknown: 'f（对数坐标；f* 未知）',
    fLinearUnknown: 'f（线性坐标：f* 未知）',
  },
);

// ---------------------------------------------------------------------------------------------
// The optimizer panel (views/OptimizerPanel.tsx)

export const optimizerPanelMsg = messages(
  {
    title: 'Optimizers',
    toRun: 'Optimizers to run',
    lastStays: 'At least one optimizer stays selected',
    lastStaysHint: 'At least one optimizer stays selected.',
    alert: (why: string) => `${why}; the other methods still run.`,
    lr: 'step size lr',
    beta: 'momentum β',
    h: 'FD step h',
    m: 'L-BFGS memory m',
    radius: 'trust radius',
    batch: 'batch size',
    batchOf: (rows: number) => `batch size (of ${rows})`,
    seed: 'seed',
    steps: 'max steps',
    tol: 'tol (‖∇f‖ ≤)',
    start: 'start',
    startX: 'start x',
    startY: 'start y',
  },
  {
    title: '优化器',
    toRun: '要运行的优化器',
    lastStays: '至少要保留一个已选的优化器',
    lastStaysHint: '至少要保留一个已选的优化器。',
    alert: (why) => `${why}；其他方法照常运行。`,
    lr: '步长 lr',
    beta: '动量 β',
    h: '差分步长 h',
    m: 'L-BFGS 记忆长度 m',
    radius: '信赖域半径',
    batch: '批量大小',
    batchOf: (rows) => `批量大小（共 ${rows} 个点）`,
    seed: '随机种子',
    steps: '最大步数',
    tol: '容差 tol（‖∇f‖ ≤）',
    start: '起点',
    startX: '起点 x',
    startY: '起点 y',
  },
);

// ---------------------------------------------------------------------------------------------
// "Explain this step" (views/explain.ts, views/ExplainPanel.tsx): vectors and numbers come
// formatted, booleans choose a clause.

export const explainMsg = messages(
  {
    title: 'Explain this step',
    /** a number that is NaN */
    undef: 'undefined',
    head: (label: string, k: number, x: string, f: string, g: string) =>
      `${label}, iteration ${k}: at x = ${x}, f = ${f}, ‖∇f‖ = ${g}.`,
    ends: (words: string) => `The run ends here: ${words}.`,
    noStep: 'No step was recorded from this iterate.',
    gd: (dir: string, lr: string) =>
      `Gradient descent steps against the gradient: Δx = −lr·∇f = ${dir} with lr = ${lr}.`,
    momentum: (dir: string, beta: string) =>
      `Momentum adds the gradient step to the velocity: v ← βv − lr·∇f = ${dir} (β = ${beta}), and x moves by v.`,
    nesterov: (ahead: string, g: string, dir: string) =>
      `Nesterov looks ahead to x + βv = ${ahead}, takes the gradient there, ${g}, and moves by v ← βv − lr·∇f(x + βv) = ${dir}.`,
    adaptive: (label: string, dir: string) =>
      `${label} scales each coordinate of the gradient by its running size: the step is ${dir}.`,
    fd: (h: string, g: string, dir: string) =>
      `The gradient comes from central differences with h = ${h}: ${g}; the step is −lr times it, ${dir}.`,
    sgd: (n: number, points: string, epoch: number, batchGradient: string, fullGradient: string) =>
      `SGD uses a mini-batch of ${n} point${n === 1 ? '' : 's'} (${points}; epoch ${epoch}): its gradient ${batchGradient} stands in for the full ${fullGradient}.`,
    trustRegion: (
      radius: string,
      step: string,
      interior: boolean,
      predicted: string,
      actual: string,
      rho: string,
      accepted: boolean,
      next: string,
    ) =>
      `The quadratic model is minimised within the radius Δ = ${radius}: the step ${step}${interior ? ' is the Newton step, inside the region' : ' lies on the boundary'}. The model predicted a decrease of ${predicted}, f fell by ${actual}: ρ = ${rho}, so the step is ${accepted ? 'taken' : 'rejected'} and Δ becomes ${next}.`,
    lm: (step: string, mu: string, rho: string, accepted: boolean) =>
      `Levenberg–Marquardt tries p = −(G + μI)⁻¹∇f = ${step} with μ = ${mu}: ρ = ${rho}, so the step is ${accepted ? 'taken' : 'rejected and μ grows'}.`,
    cgStart: (first: boolean, d: string) => `Conjugate gradients ${first ? 'starts' : 'restarts'} along −∇f: d = ${d}.`,
    cgTurn: (beta: string, d: string) =>
      `Conjugate gradients turns −∇f by β = ${beta} times the last direction: d = ${d}.`,
    lbfgs: (n: number, d: string) => `L-BFGS applies its ${n} stored pair${n === 1 ? '' : 's'} (s, y) to ∇f: d = ${d}.`,
    quasiNewton: (label: string, d: string, reset: boolean) =>
      `${label} multiplies the gradient by its estimate B of H⁻¹: d = −B∇f = ${d}${reset ? ' (B was reset to I: −B∇f was not downhill)' : ''}.`,
    gaussNewton: (d: string) => `Gauss–Newton solves G d = −∇f with G = 2JᵀWJ: d = ${d}.`,
    damped: (l1: string, l2: string, d: string) =>
      `H is not positive definite here, so damped Newton uses it with its eigenvalues made positive (${l1}, ${l2}): d = ${d}.`,
    newton: (label: string, d: string) => `${label} solves H d = −∇f: d = ${d}.`,
    trialAccepted: (t: string, f: string, bound: string, wolfe: boolean) =>
      `t = ${t}: f = ${f} ≤ ${bound}${wolfe ? ' and the slope is no longer steep' : ''}, accepted`,
    trialTooShort: (t: string, slope: string, c2: string) =>
      `t = ${t}: the slope ${slope} is still below ${c2}·∇f·d, too short`,
    trialNotEnough: (t: string, f: string, bound: string) => `t = ${t}: f = ${f} > ${bound}, not enough decrease`,
    /** between the trials */
    trialSep: '; ',
    lineSearch: (wolfe: boolean, trials: string) => `The ${wolfe ? 'Wolfe' : 'Armijo'} line search tries ${trials}.`,
    curvatureOk: (sy: string, pair: boolean) =>
      `sᵀy = ${sy} > 0: ${pair ? 'the pair (s, y) is stored' : 'B is updated with s and y'}.`,
    curvatureBad: (sy: string, pair: boolean) =>
      `sᵀy = ${sy} is not positive enough: ${pair ? 'the pair is not stored' : 'B is kept'}.`,
    next: (x: string, f: string, down: boolean, df: string) =>
      `The next iterate is ${x}, f = ${f} (${down ? 'down' : 'up'} by ${df}).`,
  },
  {
    title: '讲解这一步',
    undef: '未定义',
    head: (label, k, x, f, g) => `${label}，第 ${k} 步：在 x = ${x} 处，f = ${f}，‖∇f‖ = ${g}。`,
    ends: (words) => `运行到此结束：${words}。`,
    noStep: '从这个迭代点出发没有记录到下一步。',
    gd: (dir, lr) => `梯度下降沿负梯度方向迈步：Δx = −lr·∇f = ${dir}，其中 lr = ${lr}。`,
    momentum: (dir, beta) => `动量法把梯度步加到速度上：v ← βv − lr·∇f = ${dir}（β = ${beta}），x 再按 v 移动。`,
    nesterov: (ahead, g, dir) =>
      `Nesterov 先前瞻到 x + βv = ${ahead}，在那里取梯度 ${g}，再按 v ← βv − lr·∇f(x + βv) = ${dir} 移动。`,
    adaptive: (label, dir) => `${label} 按各坐标梯度的滑动平均幅度逐一缩放梯度：这一步为 ${dir}。`,
    fd: (h, g, dir) => `梯度由中心差分求得（h = ${h}）：${g}；这一步是它的 −lr 倍，即 ${dir}。`,
    sgd: (n, points, epoch, batchGradient, fullGradient) =>
      `SGD 使用 ${n} 个点的小批量（数据点 ${points}；第 ${epoch} 轮）：用它的梯度 ${batchGradient} 代替全量梯度 ${fullGradient}。`,
    trustRegion: (radius, step, interior, predicted, actual, rho, accepted, next) =>
      `在半径 Δ = ${radius} 内最小化二次模型：这一步 ${step}${interior ? ' 就是牛顿步，位于信赖域内' : ' 落在信赖域边界上'}。模型预测下降 ${predicted}，f 实际下降 ${actual}：ρ = ${rho}，因此${accepted ? '接受' : '拒绝'}这一步，Δ 变为 ${next}。`,
    lm: (step, mu, rho, accepted) =>
      `列文伯格-马夸尔特法尝试 p = −(G + μI)⁻¹∇f = ${step}，μ = ${mu}：ρ = ${rho}，因此${accepted ? '接受这一步' : '拒绝这一步并增大 μ'}。`,
    cgStart: (first, d) => `共轭梯度法沿 −∇f ${first ? '开始' : '重新开始'}：d = ${d}。`,
    cgTurn: (beta, d) => `共轭梯度法在 −∇f 上加上 β = ${beta} 倍的上一方向：d = ${d}。`,
    lbfgs: (n, d) => `L-BFGS 用存储的 ${n} 对 (s, y) 作用于 ∇f：d = ${d}。`,
    quasiNewton: (label, d, reset) =>
      `${label} 用 H⁻¹ 的估计 B 乘以梯度：d = −B∇f = ${d}${reset ? '（B 已重置为 I：−B∇f 不是下降方向）' : ''}。`,
    gaussNewton: (d) => `高斯-牛顿法求解 G d = −∇f，其中 G = 2JᵀWJ：d = ${d}。`,
    damped: (l1, l2, d) => `此处 H 不正定，阻尼牛顿法把它的特征值改为正值（${l1}，${l2}）后使用：d = ${d}。`,
    newton: (label, d) => `${label}求解 H d = −∇f：d = ${d}。`,
    trialAccepted: (t, f, bound, wolfe) => `t = ${t}：f = ${f} ≤ ${bound}${wolfe ? '，且斜率已不再陡峭' : ''}，接受`,
    trialTooShort: (t, slope, c2) => `t = ${t}：斜率 ${slope} 仍低于 ${c2}·∇f·d，步长太短`,
    trialNotEnough: (t, f, bound) => `t = ${t}：f = ${f} > ${bound}，下降不足`,
    trialSep: '；',
    lineSearch: (wolfe, trials) => `${wolfe ? 'Wolfe' : 'Armijo'} 线搜索依次尝试 ${trials}。`,
    curvatureOk: (sy, pair) => `sᵀy = ${sy} > 0：${pair ? '存储这一对 (s, y)' : '用 s 和 y 更新 B'}。`,
    curvatureBad: (sy, pair) => `sᵀy = ${sy} 不是足够大的正数：${pair ? '不存储这一对' : 'B 保持不变'}。`,
    next: (x, f, down, df) => `下一个迭代点是 ${x}，f = ${f}（${down ? '下降' : '上升'}了 ${df}）。`,
  },
);
