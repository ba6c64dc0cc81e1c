// The second half of the teaching panels (quasi-Newton and L-BFGS, trust region, conjugate
// gradients, least squares, stochastic gradients) and the data panel of the regression surfaces.
// Numbers come formatted by the caller (fmt, vec); formulas stay as they are.
import { messages } from './i18n';

/** The run's status words in the L-BFGS memory legend (the English shows the status id). */
const STATUS_ZH: Record<string, string> = {
  converged: '已收敛',
  diverged: '发散',
  'max-steps': '达到步数上限',
  'singular-hessian': '黑塞矩阵奇异',
  'line-search-failed': '线搜索失败',
  stalled: '停滞',
};

/** Shared by the panels of this file. */
export const teach2Msg = messages(
  {
    iteration: 'iteration',
    /** "Iteration k (the run’s last step) at x = (…)" */
    iterAt: (k: number, last: boolean, x: string) =>
      `Iteration ${k}${last ? ' (the run’s last step)' : ''} at x = ${x}`,
    noStepAtStart: 'No step at this iteration (the run stopped at its start).',
    period: '.',
  },
  {
    iteration: '迭代',
    iterAt: (k, last, x) => `第 ${k} 步${last ? '（运行的最后一步）' : ''}，位于 x = ${x}`,
    noStepAtStart: '本次迭代没有迈步（运行在起点就已停止）。',
    period: '。',
  },
);

export const qnMsg = messages(
  {
    title: 'Quasi-Newton: B learns H⁻¹',
    foldTitle: 'Quasi-Newton',
    foldHint: 'add BFGS, DFP or L-BFGS to watch their estimate B learn the curvature H⁻¹ from gradients alone',
    ellipsesAria: 'Unit level sets of B and of the true inverse Hessian',
    gapChart: 'How far B is from the true inverse Hessian at each iteration',
    noStep: 'No quasi-Newton step at this iteration (the run stopped at its start).',
    reset: ' — B was reset to I (−B∇f was not a descent direction)',
    fromPairs: ' (from the pairs)',
    trueHinv: 'true H⁻¹',
    estimateB: 'the estimate B',
    trueInverse: 'the true inverse Hessian',
    singular: 'H is singular here',
    ellipsesNote: (notPd: boolean) =>
      `Ellipses: {d : dᵀB⁻¹d = 1} (the curvature B believes) and {d : dᵀHd = 1} (the true one)${notPd ? '; H is not positive definite here, so its level set is no ellipse' : ''}.`,
    curvatureOk: (lbfgs: boolean) =>
      `sᵀy > 0, the curvature condition holds, ${lbfgs ? 'the pair is stored' : 'B is updated'}`,
    curvatureFails: (nonPositive: boolean, min: number, lbfgs: boolean) =>
      `${nonPositive ? 'sᵀy ≤ 0, the curvature condition fails' : `sᵀy ≤ ${min}, too small to trust`}, so ${lbfgs ? 'the pair is not stored' : 'B is kept'}`,
    /** inside TeX's \text{…} */
    noUpdate: 'no update',
    lineSearchFailed: 'The line search failed here, so there is no s, y or update.',
  },
  {
    title: '拟牛顿法：B 学习 H⁻¹',
    foldTitle: '拟牛顿法',
    foldHint: '添加 BFGS、DFP 或 L-BFGS，观察其估计 B 如何仅凭梯度学到曲率 H⁻¹',
    ellipsesAria: 'B 与真实逆黑塞矩阵的单位等值线',
    gapChart: '每一步中 B 与真实逆黑塞矩阵的差距',
    noStep: '本次迭代没有拟牛顿步（运行在起点就已停止）。',
    reset: '：B 被重置为 I（−B∇f 不是下降方向）',
    fromPairs: '（由向量对得出）',
    trueHinv: '真实 H⁻¹',
    estimateB: '估计 B',
    trueInverse: '真实的逆黑塞矩阵',
    singular: '此处 H 奇异',
    ellipsesNote: (notPd) =>
      `椭圆：{d : dᵀB⁻¹d = 1}（B 所认为的曲率）与 {d : dᵀHd = 1}（真实曲率）${notPd ? '；此处 H 不正定，其等值线不是椭圆' : ''}。`,
    curvatureOk: (lbfgs) => `sᵀy > 0，曲率条件成立，${lbfgs ? '保存该向量对' : '更新 B'}`,
    curvatureFails: (nonPositive, min, lbfgs) =>
      `${nonPositive ? 'sᵀy ≤ 0，曲率条件不成立' : `sᵀy ≤ ${min}，太小而不可信`}，因此${lbfgs ? '不保存该向量对' : '保持 B 不变'}`,
    noUpdate: '不更新',
    lineSearchFailed: '此处线搜索失败，因此没有 s、y，也没有更新。',
  },
);

export const lbfgsMsg = messages(
  {
    pairsAria: 'The stored pairs s and y as arrows',
    /** the text before the colored "s, solid" */
    storesNoMatrix: (m: number) => `L-BFGS stores no matrix: only the last m = ${m} pairs (`,
    sSolid: 's, solid',
    between: ', ',
    yDashed: 'y, dashed',
    twoLoop: (gamma: string) =>
      `; each to its own scale, the newest darkest). The two-loop recursion applies them to ∇f, starting from γI with γ = sᵀy/yᵀy of the newest pair = ${gamma}; the B shown is the matrix that implies.`,
    noPairs: (dropped: boolean) =>
      `No pairs yet${dropped ? ' (dropped: −B∇f was not downhill)' : ''}: the step is along −∇f.`,
    memoryChart: 'L-BFGS with memory 1, 2 and 5 from the same start',
    fromSameStart: 'From the same start: ',
    sep: '; ',
    /** after "m = 1": the steps the run took, and its status unless it converged */
    memorySteps: (n: number, status: string) => `: ${n} steps${status === 'converged' ? '' : ` (${status})`}`,
    memoryEnd:
      '. In 2D two pairs can already carry the whole curvature; with m = 1 each step forgets all but the newest.',
  },
  {
    pairsAria: '以箭头表示的已存向量对 s 与 y',
    storesNoMatrix: (m) => `L-BFGS 不存储矩阵，只保存最近 m = ${m} 个向量对（`,
    sSolid: 's，实线',
    between: '，',
    yDashed: 'y，虚线',
    twoLoop: (gamma) =>
      `；各按自己的比例绘制，越新颜色越深）。双循环递归把它们作用于 ∇f，起点为 γI，γ 取最新一对的 sᵀy/yᵀy = ${gamma}；图中的 B 就是由此隐含的矩阵。`,
    noPairs: (dropped) => `尚无向量对${dropped ? '（已丢弃：−B∇f 不是下降方向）' : ''}：这一步沿 −∇f 方向。`,
    memoryChart: '同一起点出发、记忆长度为 1、2、5 的 L-BFGS',
    fromSameStart: '从同一起点出发：',
    sep: '；',
    memorySteps: (n, status) =>
      `：${n} 步${status === 'converged' ? '' : `（${STATUS_ZH[status] ?? String(status)}）`}`,
    memoryEnd: '。在二维中，两个向量对就足以承载全部曲率；m = 1 时，每一步只记得最新的一对。',
  },
);

export const trMsg = messages(
  {
    title: 'Trust region: how far to trust the quadratic model',
    foldTitle: 'Trust region',
    foldHintNoStep: 'the trust-region run has no step to show yet',
    foldHintAdd: 'add the trust-region method to see the quadratic model trusted only within a radius Δ',
    intro: (k: number, last: boolean, x: string) =>
      `Iteration ${k}${last ? ' (the run’s last step)' : ''} at ${x}: minimise the model q(s) = ∇f·s + ½ sᵀHs over |s| ≤ Δ, then compare what f actually did with what q predicted.`,
    radius: 'radius Δ',
    step: 'step s',
    predicted: 'predicted −q(s)',
    actual: 'actual f(x) − f(x + s)',
    rho: 'ρ = actual / predicted',
    cauchy: 'Cauchy step s_C',
    dogleg: 'dogleg step s_D',
    next: 'next Δ',
    interior: '(the Newton step, inside)',
    hard: '(hard case)',
    boundary: '(on the boundary)',
    noDogleg: 'none (H is not positive definite)',
    cauchyNote:
      'The Cauchy point minimises q along −∇f within the region (the cheapest safe step); the dogleg path bends from it toward the Newton step; the exact step above is what the method takes.',
    radiusChart: 'Trust radius over the iterations',
    rhoChart: 'Ratio of actual to predicted decrease over the iterations',
    /** `list`: the rejected iterations ("3, 5, …"), empty when there are none */
    rejectedLegend: (count: number, list: string, accept: number, shrink: number, grow: number) =>
      `Open red circles: rejected steps (${count}${list ? `: iteration ${list}` : ''}). Dotted lines on the ρ chart: ${accept} (accept), ${shrink} (shrink below), ${grow} (grow above).`,
    // the rule ρ triggered (ruleText)
    taken: (a: number) => `ρ > ${a}: the step is taken`,
    rejected: (a: number) => `ρ ≤ ${a}: the step is rejected and the iterate stays`,
    shrinks: (s: number, next: string) => `ρ < ${s}: the model was not trusted enough, Δ shrinks to Δ/4 = ${next}`,
    grows: (g: number, next: string) =>
      `ρ > ${g} and the step reached the boundary: the model is good, Δ doubles to ${next}`,
    inside: (g: number, next: string) => `ρ > ${g} but the step is inside the region: Δ stays ${next}`,
    middle: (s: number, g: number, next: string) => `${s} ≤ ρ ≤ ${g}: Δ stays ${next}`,
    rule: (taken: string, radius: string) => `${taken}; ${radius}.`,
  },
  {
    title: '信赖域：二次模型可信到多远',
    foldTitle: '信赖域',
    foldHintNoStep: '信赖域法的运行还没有可显示的步',
    foldHintAdd: '添加信赖域法，看二次模型只在半径 Δ 内被信任',
    intro: (k, last, x) =>
      `第 ${k} 步${last ? '（运行的最后一步）' : ''}，位于 ${x}：在 |s| ≤ Δ 内最小化模型 q(s) = ∇f·s + ½ sᵀHs，再比较 f 的实际变化与 q 的预测。`,
    radius: '半径 Δ',
    step: '步 s',
    predicted: '预测下降 −q(s)',
    actual: '实际下降 f(x) − f(x + s)',
    rho: 'ρ = 实际 / 预测',
    cauchy: '柯西步 s_C',
    dogleg: '狗腿步 s_D',
    next: '下一个 Δ',
    interior: '（牛顿步，在信赖域内）',
    hard: '（困难情形）',
    boundary: '（在边界上）',
    noDogleg: '无（H 不正定）',
    cauchyNote:
      '柯西点在信赖域内沿 −∇f 最小化 q（最省事的安全步）；狗腿路径从柯西点折向牛顿步；方法实际采用的是上表中的精确步。',
    radiusChart: '各步的信赖域半径',
    rhoChart: '各步实际下降量与预测下降量之比',
    rejectedLegend: (count, list, accept, shrink, grow) =>
      `红色空心圆：被拒绝的步（${count}${list ? `：第 ${list} 步` : ''}）。ρ 图中的点线：${accept}（接受）、${shrink}（低于则缩小）、${grow}（高于则扩大）。`,
    taken: (a) => `ρ > ${a}：接受这一步`,
    rejected: (a) => `ρ ≤ ${a}：拒绝这一步，迭代点不动`,
    shrinks: (s, next) => `ρ < ${s}：模型不够可信，Δ 缩小为 Δ/4 = ${next}`,
    grows: (g, next) => `ρ > ${g} 且步到达边界：模型很好，Δ 加倍为 ${next}`,
    inside: (g, next) => `ρ > ${g}，但步在信赖域内部：Δ 保持 ${next}`,
    middle: (s, g, next) => `${s} ≤ ρ ≤ ${g}：Δ 保持 ${next}`,
    rule: (taken, radius) => `${taken}；${radius}。`,
  },
);

export const cgMsg = messages(
  {
    title: 'Conjugate gradients: directions that do not undo each other',
    foldTitle: 'Conjugate gradients',
    foldHint:
      'add conjugate gradients to see each new direction conjugate to the last (dₖ₋₁ᵀHdₖ ≈ 0): on a quadratic it finishes in two steps',
    conjugacyAxis: '|conjugacy|',
    chart: 'How far each new direction is from conjugate to the previous one',
    intro:
      'Each direction is dₖ = −∇fₖ + β dₖ₋₁ with β = max(0, ∇fₖ·(∇fₖ − ∇fₖ₋₁)/‖∇fₖ₋₁‖²) (Polak–Ribière+), and the first trial step along it is the minimum of the quadratic model there. On a quadratic that makes successive directions H-conjugate, dₖ₋₁ᵀHdₖ = 0, and in 2D CG reaches the minimum in two steps.',
    now: (k: number, prev: string, d: string, beta: string, restart: boolean, raw: string) =>
      `Iteration ${k}: dₖ₋₁ = ${prev}, dₖ = ${d}, β = ${beta}${restart ? ' (restart: d = −∇f)' : ''}. dₖ₋₁ᵀHdₖ = ${raw}`,
    notPositive: ' (H is not positive along both directions here, so there is no normalised value)',
    normalised: '; normalised ',
    angle: (a: string) => `, while the angle between them is ${a}°: `,
    conjugate: 'conjugate, though not orthogonal.',
    notConjugate: 'not conjugate here (f is not quadratic, so H changes from step to step).',
    noSecond: 'No second direction yet at this iteration.',
    /** `list`: the restarts' iterations ("3, 5, …") */
    summary: (converged: boolean, steps: number, restarts: number, list: string) =>
      `${converged ? `Converged in ${steps} step${steps === 1 ? '' : 's'}` : `${steps} steps`}; ${
        restarts === 0
          ? 'no restarts.'
          : `restarted ${restarts} time${restarts === 1 ? '' : 's'} (iteration ${list}): where β was clipped to 0 or dₖ was not downhill, d = −∇f again (ringed on the map).`
      }`,
  },
  {
    title: '共轭梯度法：互不抵消的方向',
    foldTitle: '共轭梯度法',
    foldHint: '添加共轭梯度法，看每个新方向与上一个方向共轭（dₖ₋₁ᵀHdₖ ≈ 0）：在二次函数上两步即可完成',
    conjugacyAxis: '|共轭度|',
    chart: '每个新方向偏离与前一方向共轭的程度',
    intro:
      '每个方向为 dₖ = −∇fₖ + β dₖ₋₁，其中 β = max(0, ∇fₖ·(∇fₖ − ∇fₖ₋₁)/‖∇fₖ₋₁‖²)（Polak–Ribière+ 公式），沿该方向的首个试探步取二次模型在该方向上的极小值点。在二次函数上，这使相继的方向关于 H 共轭，即 dₖ₋₁ᵀHdₖ = 0；在二维中 CG 两步即可到达极小值点。',
    now: (k, prev, d, beta, restart, raw) =>
      `第 ${k} 步：dₖ₋₁ = ${prev}，dₖ = ${d}，β = ${beta}${restart ? '（重启：d = −∇f）' : ''}。dₖ₋₁ᵀHdₖ = ${raw}`,
    notPositive: '（此处 H 并非沿两个方向都为正，因此没有归一化值）',
    normalised: '；归一化值 ',
    angle: (a) => `，而两者夹角为 ${a}°：`,
    conjugate: '共轭，但并不正交。',
    notConjugate: '此处不共轭（f 不是二次函数，H 逐步变化）。',
    noSecond: '本次迭代还没有第二个方向。',
    summary: (converged, steps, restarts, list) =>
      `${converged ? `${steps} 步后已收敛` : `${steps} 步`}；${
        restarts === 0
          ? '没有重启。'
          : `重启 ${restarts} 次（第 ${list} 步）：β 被截断为 0 或 dₖ 不是下降方向时，重新取 d = −∇f（在等高线图上以圆圈标出）。`
      }`,
  },
);

export const gnMsg = messages(
  {
    title: 'Least squares: G = 2JᵀWJ against the true Hessian',
    foldTitle: 'Least squares',
    foldHint:
      'add Gauss–Newton or Levenberg–Marquardt on a sum of squares (Rosenbrock, exp-regression) to compare G = 2JᵀWJ with the true Hessian',
    residuals: (n: number, norm: string) => `: ${n} residual${n === 1 ? '' : 's'}, ‖r‖ = ${norm}`,
    trueH: 'true H',
    gMatrix: 'the Gauss–Newton matrix G',
    trueHessian: 'the true Hessian',
    undefinedHere: 'undefined here',
    leftOut: 'what Gauss–Newton leaves out',
    /** before and after the share of the curvature left out */
    shareBefore: 'Gauss–Newton leaves out ‖H − G‖/‖H‖ = ',
    shareAfter: ' of the curvature here: ',
    shareSmall: 'the residuals are small (or nearly linear), so G ≈ H and Gauss–Newton steps like Newton.',
    shareLarge:
      'the residuals are large or curved here, so G misses part of H; G is still positive semidefinite, which keeps its direction downhill.',
    lmTaken: (factor: string, more: boolean) =>
      `step taken, μ × ${factor}${more ? ' (ρ > ½: trusted more)' : ' (ρ < ½: trusted less)'}`,
    lmRejected: (nu: string) => `step rejected (ρ ≤ 0), μ × ν = ${nu}`,
    angles: (toGradient: string, toGn: string) =>
      `. The step is ${toGradient}° from −∇f and ${toGn}° from the Gauss–Newton step.`,
    dampingAxis: 'damping μ',
    muChart: "Levenberg–Marquardt's damping μ over the iterations",
    muLegend: (rejected: number) =>
      `Open red circles: rejected trials (${rejected}), after which μ grows by ν. Large μ: the step −(G + μI)⁻¹∇f is nearly −∇f/μ, a short gradient-descent step; small μ: it is the Gauss–Newton step −G⁻¹∇f. A taken step multiplies μ by max(1/3, 1 − (2ρ − 1)³): down where the model predicted the decrease well (ρ > ½), so LM starts cautious and ends as Gauss–Newton.`,
  },
  {
    title: '最小二乘：G = 2JᵀWJ 与真实黑塞矩阵对比',
    foldTitle: '最小二乘',
    foldHint:
      '在平方和形式的函数（Rosenbrock、指数回归）上添加高斯-牛顿法或列文伯格-马夸尔特法（LM），比较 G = 2JᵀWJ 与真实黑塞矩阵',
    residuals: (n, norm) => `：${n} 个残差，‖r‖ = ${norm}`,
    trueH: '真实 H',
    gMatrix: '高斯-牛顿矩阵 G',
    trueHessian: '真实黑塞矩阵',
    undefinedHere: '此处无定义',
    leftOut: '高斯-牛顿法略去的部分',
    shareBefore: '此处高斯-牛顿法略去的曲率占 ‖H − G‖/‖H‖ = ',
    shareAfter: '：',
    shareSmall: '残差很小（或近乎线性），因此 G ≈ H，高斯-牛顿步与牛顿步相近。',
    shareLarge: '此处残差较大或非线性明显，G 漏掉了 H 的一部分；但 G 仍是半正定的，保证其方向是下降方向。',
    lmTaken: (factor, more) => `接受该步，μ × ${factor}${more ? '（ρ > ½：更加信任）' : '（ρ < ½：减少信任）'}`,
    lmRejected: (nu) => `拒绝该步（ρ ≤ 0），μ × ν = ${nu}`,
    angles: (toGradient, toGn) => `。该步与 −∇f 夹角 ${toGradient}°，与高斯-牛顿步夹角 ${toGn}°。`,
    dampingAxis: '阻尼 μ',
    muChart: '各步的 LM 阻尼 μ',
    muLegend: (rejected) =>
      `红色空心圆：被拒绝的试探步（${rejected}），之后 μ 乘以 ν 增大。μ 大时，步 −(G + μI)⁻¹∇f 近似为 −∇f/μ，即一小步梯度下降；μ 小时，它就是高斯-牛顿步 −G⁻¹∇f。接受一步后 μ 乘以 max(1/3, 1 − (2ρ − 1)³)：模型对下降量预测得好（ρ > ½）时 μ 减小，所以 LM 起初谨慎，最终成为高斯-牛顿法。`,
  },
);

export const sgdMsg = messages(
  {
    title: 'Stochastic gradients: the right step on average',
    foldTitle: 'Stochastic gradients',
    foldHintAdd:
      'add SGD to see each mini-batch gradient beside the full one, and its noise shrink with the batch size',
    foldHintSurface: 'on a regression surface, add SGD to see mini-batch gradients beside the full one',
    batchAxis: 'batch size b',
    noiseAxis: 'noise ‖gB − ∇f‖ (rms)',
    noiseChart: "How the mini-batch gradient's noise shrinks with the batch size",
    /** `batch`: the mini-batch's number in its epoch, from 1; `points`: its data points ("1, 4") */
    now: (k: number, last: boolean, epoch: number, batch: number, batches: number, points: string, n: number) =>
      `Iteration ${k}${last ? ' (the run’s last step)' : ''}: epoch ${epoch}, mini-batch ${batch} of ${batches}, data points ${points} (of ${n}).`,
    gradients: (gB: string, g: string, off: string, angle: string, b: number) =>
      `Mini-batch gradient gB = ${gB}; full gradient ∇f = ${g}: ‖gB − ∇f‖ = ${off}, an angle of ${angle}° between them. On average over all batches of ${b}, gB is ∇f: each step is right in expectation and wrong in each draw.`,
    noise: (b: number, noise: string, n: number) =>
      `The noise of a batch of ${b} here: ${noise} (rms). It is √((n − b)/(b(n − 1))) times a batch of 1’s: about 1/√b while b is small against n (four times the batch, half the noise), and none at the full batch (b = ${n}). On the map, the dashed ellipse is two standard deviations of the mini-batch steps from this iterate, around the full-gradient step (○)${b === 1 ? '; the dots are each point’s own step' : ''}.`,
  },
  {
    title: '随机梯度：平均而言方向正确',
    foldTitle: '随机梯度',
    foldHintAdd: '添加 SGD，对比每个小批量梯度与全量梯度，并看其噪声随批量增大而减小',
    foldHintSurface: '在回归曲面上添加 SGD，对比小批量梯度与全量梯度',
    batchAxis: '批量大小 b',
    noiseAxis: '噪声 ‖gB − ∇f‖（rms）',
    noiseChart: '小批量梯度的噪声随批量大小减小',
    now: (k, last, epoch, batch, batches, points, n) =>
      `第 ${k} 步${last ? '（运行的最后一步）' : ''}：第 ${epoch} 轮（epoch），第 ${batch}/${batches} 个小批量，数据点 ${points}（共 ${n} 个）。`,
    gradients: (gB, g, off, angle, b) =>
      `小批量梯度 gB = ${gB}；全量梯度 ∇f = ${g}：‖gB − ∇f‖ = ${off}，两者夹角 ${angle}°。对所有大小为 ${b} 的批量取平均，gB 就等于 ∇f：每一步在期望上正确，而每次抽样都有偏差。`,
    noise: (b, noise, n) =>
      `此处大小为 ${b} 的批量的噪声：${noise}（rms）。它是批量为 1 时的 √((n − b)/(b(n − 1))) 倍：b 远小于 n 时约为 1/√b（批量增至四倍，噪声减半），取全部数据（b = ${n}）时为零。在等高线图上，虚线椭圆是从该迭代点出发的小批量步的两倍标准差范围，中心为全量梯度步（○）${b === 1 ? '；各点是每个数据点各自的步' : ''}。`,
  },
);

export const regMsg = messages(
  {
    titleClassifier: 'The classifier behind the point',
    titleLine: 'The line behind the point',
    titleCurve: 'The curve behind the point',
    yourData: (n: number) => `Your data: ${n} points.`,
    follow: 'follow',
    expansionPoint: 'the expansion point p',
    /** `name`: the optimizer's label */
    scrubbed: (name: string) => `${name} (scrubbed iterate)`,
    weights: '= the weights (w₁, w₂)',
    slopeIntercept: '= (slope, intercept)',
    amountRate: '= (amount, rate)',
    chart: (n: number) => `The data (${n} points) and the model; click to add a point`,
    /** a point's accessible name; `label` is "+1" or "−1", empty off the classifier */
    pointAria: (i: number, x: string, y: string, label: string) =>
      `point ${i}: (${x}, ${y})${label ? `, label ${label}` : ''}; drag or arrow keys to move, Delete or shift-click to remove`,
    howToEdit: (logistic: boolean) =>
      `Click to add a point${logistic ? ' (label below)' : ''}, drag one to move it, shift-click or Delete (on a focused point) to remove it.`,
    notFinite: 'This iterate is not finite (the run diverged): no model to draw.',
    /** `eq`: "1.2·a + 0.5·b" */
    boundary: (eq: string, correct: number, n: number, loss: string) =>
      `Boundary ${eq} = 0 (shaded: predicted +1); ${correct} of ${n} points on their side; mean logistic loss ${loss}.`,
    noBoundary: 'w = (0, 0): no boundary, every point gets probability ½.',
    labelsKey: '● label +1, ■ label −1',
    /** `eq`: "1.2·t + 0.5" */
    line: (eq: string) => `Line s = ${eq}`,
    curve: (amount: string, rate: string) => `Curve s = ${amount}·e^(−${rate}·t)`,
    mse: (mse: string) => `; mean squared error ${mse} (the residuals are the thin lines).`,
    leastSquares: (w: string, b: string) =>
      `Least squares (normal equations): slope w = ${w}, intercept b = ${b}, the minimum of the surface at (x, y) = (${w}, ${b}).`,
    noLeastSquares: 'No unique least-squares line: all t are equal.',
    newLabel: "new point's label",
    /** `x`, `y`: the columns' names */
    pasteLabel: (logistic: boolean, x: string, y: string) =>
      `paste data: rows ${logistic ? `${x},${y},label (label ±1)` : `${x},${y}`}, CSV or spaces, a header allowed`,
    placeholderLogistic: 'a,b,label\n1,2,1\n-1,0.5,-1',
    apply: 'Apply',
    orFile: 'or a file (.csv, .txt, or drop it here)',
    reset: 'Reset to the shipped data',
    pasted: 'pasted data',
    /** `source`: "pasted data" or the file's name; `message`: what is wrong with the text */
    badData: (source: string, message: string) => `${source}: ${message}; the last valid data stay in use`,
    tooLarge: (name: string, mb: string, max: number) =>
      `${name}: the file is ${mb} MB, at most ${max} MB is read; the last valid data stay in use`,
    unreadable: (name: string) => `${name}: could not be read; the last valid data stay in use`,
  },
  {
    titleClassifier: '该点对应的分类器',
    titleLine: '该点对应的直线',
    titleCurve: '该点对应的曲线',
    yourData: (n) => `你的数据：${n} 个点。`,
    follow: '跟随',
    expansionPoint: '展开点 p',
    scrubbed: (name) => `${name}（所选迭代点）`,
    weights: '= 权重 (w₁, w₂)',
    slopeIntercept: '=（斜率，截距）',
    amountRate: '=（初始量，衰减率）',
    chart: (n) => `数据（${n} 个点）与模型；单击可添加点`,
    pointAria: (i, x, y, label) =>
      `点 ${i}：(${x}, ${y})${label ? `，标签 ${label}` : ''}；拖动或用方向键移动，按 Delete 或 Shift+单击删除`,
    howToEdit: (logistic) =>
      `单击添加点${logistic ? '（标签在下方选择）' : ''}，拖动点可移动它，Shift+单击或（在聚焦的点上）按 Delete 可删除它。`,
    notFinite: '此迭代点不是有限值（运行已发散）：无法绘制模型。',
    boundary: (eq, correct, n, loss) =>
      `决策边界 ${eq} = 0（阴影：预测为 +1）；${n} 个点中有 ${correct} 个在正确一侧；平均逻辑损失 ${loss}。`,
    noBoundary: 'w = (0, 0)：没有决策边界，每个点的概率都是 ½。',
    labelsKey: '● 标签 +1，■ 标签 −1',
    line: (eq) => `直线 s = ${eq}`,
    curve: (amount, rate) => `曲线 s = ${amount}·e^(−${rate}·t)`,
    mse: (mse) => `；均方误差 ${mse}（细线为残差）。`,
    leastSquares: (w, b) =>
      `最小二乘（正规方程）：斜率 w = ${w}，截距 b = ${b}，即曲面的极小值点 (x, y) = (${w}, ${b})。`,
    noLeastSquares: '最小二乘直线不唯一：所有 t 都相等。',
    newLabel: '新点的标签',
    pasteLabel: (logistic, x, y) =>
      `粘贴数据：每行 ${logistic ? `${x},${y},标签（标签为 ±1）` : `${x},${y}`}，逗号或空格分隔，可带表头`,
    placeholderLogistic: 'a,b,标签\n1,2,1\n-1,0.5,-1',
    apply: '应用',
    orFile: '或选择文件（CSV 或文本文件，也可拖放到此处）',
    reset: '恢复为自带数据',
    pasted: '粘贴的数据',
    badData: (source, message) => `${source}：${message}；继续使用上一份有效数据`,
    tooLarge: (name, mb, max) => `${name}：文件大小为 ${mb} MB，最多读取 ${max} MB；继续使用上一份有效数据`,
    unreadable: (name) => `${name}：无法读取；继续使用上一份有效数据`,
  },
);

/** Why an edit of the data panel's points was refused (data-edit.ts). */
export const dataEditMsg = messages(
  {
    tooMany: (max: number) => `at most ${max} points: remove one first`,
    newNotFinite: 'the new point is not finite',
    noPoint: (i: number) => `there is no point ${i}`,
    movedNotFinite: 'the point would not be finite',
    tooFew: (min: number) => `at least ${min} points stay: add one first`,
  },
  {
    tooMany: (max) => `最多 ${max} 个点：请先删除一个`,
    newNotFinite: '新点不是有限值',
    noPoint: (i) => `没有第 ${i} 个点`,
    movedNotFinite: '移动后该点将不是有限值',
    tooFew: (min) => `至少保留 ${min} 个点：请先添加一个`,
  },
);
