// The guided presets' words (src/math/presets.ts, shown by src/views/teach/PresetsBar.tsx and
// announced by the N shortcut): the bar's labels, and each preset's button title and sentence,
// keyed by `<surface id>/<preset id>`. Each sentence states what presets.test.ts checks (the
// preset's claims): a translation keeps every number, point and outcome it names.
import { bilingual, messages, type Bilingual as Texts } from './i18n';
interface PresetTexts {
  /** a button label, a few words */
  title: Texts;
  /** one sentence on what to watch */
  sentence: Texts;
}

const PRESETS = {
  'quadratic/newton-one-step': {
    title: { en: 'Newton: one step', zh: '牛顿法：一步' },
    sentence: {
      en: 'f is its own quadratic Taylor model, so Newton lands on the minimum in one step while gradient descent zig-zags across the steep y direction.',
      zh: 'f 就是它自己的二阶泰勒模型，所以牛顿法一步就落在极小值点上，而梯度下降在陡峭的 y 方向上来回走之字形。',
    },
  },
  'quadratic/cg-two-steps': {
    title: { en: 'CG: two steps', zh: 'CG：两步' },
    sentence: {
      en: 'Conjugate gradients starts along −∇f like gradient descent, but its first trial step is the exact minimum of the quadratic model along d, and its second direction is H-conjugate to the first (d₀ᵀHd₁ = 0, the conjugate-gradients panel): on this quadratic it lands on the minimum in two steps while gradient descent zig-zags.',
      zh: '共轭梯度法像梯度下降一样从 −∇f 方向出发，但它的第一个试探步恰好是二次模型沿 d 的极小值点，第二个方向与第一个关于 H 共轭（d₀ᵀHd₁ = 0，见共轭梯度法面板）：在这个二次函数上，它两步就落在极小值点上，而梯度下降走之字形。',
    },
  },
  'quadratic/lr-too-large': {
    title: { en: 'Step size too large', zh: '步长过大' },
    sentence: {
      en: 'With lr = 0.12, above 2/20 = 0.1 for the steep curvature 20, each gd step overshoots further in y and the run diverges.',
      zh: 'lr = 0.12 超过了陡峭曲率 20 对应的上限 2/20 = 0.1，gd 每一步在 y 方向上都冲得更远，运行发散。',
    },
  },
  'quadratic/fd-h-too-small': {
    title: { en: 'h below float32', zh: 'h 小于 float32 精度' },
    sentence: {
      en: 'With h = 1e-9, x ± h rounds back to x in float32 (spacing 2.4e-7 at 2.5), the difference quotient is 0, and fd-gd never leaves the start while gd converges.',
      zh: 'h = 1e-9 时，在 float32 中 x ± h 舍入后又回到 x（2.5 附近的间距为 2.4e-7），差商为 0，fd-gd 始终停在起点，而 gd 收敛。',
    },
  },
  'booth/newton-one-step': {
    title: { en: 'Newton: one step', zh: '牛顿法：一步' },
    sentence: {
      en: 'A rotated bowl is still quadratic: one Newton step solves it, while gradient descent curves in because the gradient does not point at the minimum.',
      zh: '旋转的碗仍然是二次函数：一步牛顿迭代就能解出，而梯度下降会弯着走进来，因为梯度并不指向极小值点。',
    },
  },
  'booth/lr-too-large': {
    title: { en: 'Step size too large', zh: '步长过大' },
    sentence: {
      en: 'With lr = 0.12, above the limit 2/18 ≈ 0.111 set by the largest curvature, gradient descent diverges.',
      zh: 'lr = 0.12 超过了最大曲率决定的上限 2/18 ≈ 0.111，梯度下降发散。',
    },
  },
  'booth/nesterov': {
    title: { en: 'Nesterov vs momentum', zh: 'Nesterov 与动量法' },
    sentence: {
      en: 'Both carry a velocity v, but Nesterov takes the gradient at the look-ahead point x + βv (◇ on the map, scrub to follow it), so it feels the far wall before it gets there and brakes: with lr = 0.01 it converges in about 130 steps, where momentum overshoots and circles for more than 250.',
      zh: '两者都带有速度 v，但 Nesterov 在前瞻点 x + βv 处取梯度（图上的 ◇，拖动进度条可跟随它），因此在撞上对面谷壁之前就感觉到它并减速：lr = 0.01 时它约 130 步收敛，而动量法冲过头，绕圈超过 250 步。',
    },
  },
  'matyas/flat-valley': {
    title: { en: 'Crawling along the valley', zh: '沿山谷缓慢爬行' },
    sentence: {
      en: 'Along x = y the curvature is only 0.04: gradient descent is still crawling after 100 steps, while Newton divides by that small curvature and jumps to the minimum.',
      zh: '沿 x = y 方向的曲率只有 0.04：梯度下降 100 步后仍在缓慢爬行，而牛顿法除以这个很小的曲率，直接跳到极小值点。',
    },
  },
  'rosenbrock/gd-vs-newton': {
    title: { en: 'GD vs Newton', zh: '梯度下降与牛顿法' },
    sentence: {
      en: 'Gradient descent, held to a small step by the steep walls, is still far from (1, 1) after 100 steps; Newton follows the curving valley there in a handful.',
      zh: '陡峭的谷壁迫使梯度下降只能迈小步，100 步后仍离 (1, 1) 很远；牛顿法沿弯曲的山谷几步就到达那里。',
    },
  },
  'rosenbrock/quasi-newton': {
    title: { en: 'BFGS learns the curvature', zh: 'BFGS 学习曲率' },
    sentence: {
      en: 'BFGS builds its inverse-Hessian estimate from gradients alone and reaches the minimum without ever computing H; the quasi-Newton panel opens at iteration 3 (scrub on to watch B approach H⁻¹).',
      zh: 'BFGS 只用梯度构造逆黑塞矩阵近似，从不计算 H 就到达极小值点；拟牛顿法面板打开在第 3 步（继续拖动进度条，观察 B 逼近 H⁻¹）。',
    },
  },
  'rosenbrock/lbfgs-memory': {
    title: { en: 'L-BFGS: memory m', zh: 'L-BFGS：记忆长度 m' },
    sentence: {
      en: 'L-BFGS keeps no matrix, only the last m = 5 pairs (s, y), and still reaches (1, 1) like BFGS; the quasi-Newton panel draws the pairs it holds at each iteration and runs m = 1, 2 and 5 from this start side by side.',
      zh: 'L-BFGS 不保存矩阵，只保留最近 m = 5 对 (s, y)，仍像 BFGS 一样到达 (1, 1)；拟牛顿法面板画出每一步保存的向量对，并从这个起点并排运行 m = 1、2 和 5。',
    },
  },
  'rosenbrock/line-search': {
    title: { en: 'Backtracking line search', zh: '回溯线搜索' },
    sentence: {
      en: 'At iteration 1 the full Newton step (t = 1) does not decrease f enough: damped Newton halves t until φ(t) lies under the Armijo line, and accepts t = 1/8 on the fourth trial (the line-search panel).',
      zh: '第 1 步时，完整的牛顿步（t = 1）不能使 f 充分下降：阻尼牛顿法把 t 减半，直到 φ(t) 落在 Armijo 线下方，并在第 4 次试探时接受 t = 1/8（见线搜索面板）。',
    },
  },
  'beale/newton-saddle': {
    title: { en: 'Newton finds a saddle', zh: '牛顿法找到鞍点' },
    sentence: {
      en: 'From (1, 1.5) plain Newton converges to the saddle at (0, 1), while damped Newton descends to the minimum at (3, 0.5).',
      zh: '从 (1, 1.5) 出发，纯牛顿法收敛到 (0, 1) 处的鞍点，而阻尼牛顿法下降到 (3, 0.5) 处的极小值点。',
    },
  },
  'himmelblau/newton-maximum': {
    title: { en: 'Newton climbs to the maximum', zh: '牛顿法爬上极大值点' },
    sentence: {
      en: 'From (0, 0), where H is negative definite, plain Newton converges to the local maximum at (−0.27, −0.92), while damped Newton flips the curvature and reaches a minimum.',
      zh: '从 H 负定的 (0, 0) 出发，纯牛顿法收敛到 (−0.27, −0.92) 处的局部极大值点，而阻尼牛顿法翻转曲率，到达一个极小值点。',
    },
  },
  'himmelblau/damped-basins': {
    title: { en: 'Damped Newton basins', zh: '阻尼牛顿法的吸引域' },
    sentence: {
      en: 'Coloured by where damped Newton goes, the map splits into the four minima’s basins only: the maximum and the saddles attract no starts.',
      zh: '按阻尼牛顿法的去向着色，图中只分出四个极小值点的吸引域：极大值点和鞍点吸引不到任何起点。',
    },
  },
  'himmelblau/trust-region': {
    title: { en: 'Trust region vs Newton', zh: '信赖域与牛顿法' },
    sentence: {
      en: 'From (0, 0), where H is negative definite, plain Newton jumps to the quadratic model’s maximum and climbs; the trust region minimises the same model only within a radius Δ, so it steps downhill, checks ρ, and reaches a minimum (the trust-region panel and its disk on the map open at iteration 1).',
      zh: '从 H 负定的 (0, 0) 出发，纯牛顿法跳向二次模型的极大值点，一路上坡；信赖域法只在半径 Δ 内最小化同一个模型，所以它向下坡迈步、检查 ρ，最终到达一个极小值点（信赖域面板及图上的圆盘打开在第 1 步）。',
    },
  },
  'three-hump-camel/local-vs-saddle': {
    title: { en: 'Local minimum and saddle', zh: '局部极小值点与鞍点' },
    sentence: {
      en: 'From (−1, 1.5) gradient descent settles in the local minimum at (−1.75, 0.87), and Newton stops on the saddle between it and the global minimum.',
      zh: '从 (−1, 1.5) 出发，梯度下降停在 (−1.75, 0.87) 处的局部极小值点，而牛顿法停在它与全局极小值点之间的鞍点上。',
    },
  },
  'six-hump-camel/newton-saddle': {
    title: { en: 'Newton finds a saddle', zh: '牛顿法找到鞍点' },
    sentence: {
      en: 'From (−1, 1) Newton converges to a saddle while gradient descent reaches a global minimum.',
      zh: '从 (−1, 1) 出发，牛顿法收敛到一个鞍点，而梯度下降到达一个全局极小值点。',
    },
  },
  'styblinski-tang/newton-maximum': {
    title: { en: 'Newton finds the maximum', zh: '牛顿法找到极大值点' },
    sentence: {
      en: 'From (0.5, 0.8) Newton converges to the maximum near (0.16, 0.16), and gradient descent finds the nearest minimum (2.75, 2.75), not the global one.',
      zh: '从 (0.5, 0.8) 出发，牛顿法收敛到 (0.16, 0.16) 附近的极大值点，梯度下降找到最近的极小值点 (2.75, 2.75)，而不是全局极小值点。',
    },
  },
  'mccormick/newton-saddle': {
    title: { en: 'Newton finds the saddle', zh: '牛顿法找到鞍点' },
    sentence: {
      en: 'From (−1, 3) gradient descent reaches the global minimum while Newton converges to the saddle at (1.55, 0.55).',
      zh: '从 (−1, 3) 出发，梯度下降到达全局极小值点，而牛顿法收敛到 (1.55, 0.55) 处的鞍点。',
    },
  },
  'saddle/newton-to-saddle': {
    title: { en: 'Newton jumps to the saddle', zh: '牛顿法跳到鞍点' },
    sentence: {
      en: 'Newton only looks for a zero gradient, so it jumps to the saddle at the origin in one step, while gradient descent slides off along the falling y direction.',
      zh: '牛顿法只寻找梯度为零的点，所以一步就跳到原点处的鞍点，而梯度下降沿 y 的下降方向滑走。',
    },
  },
  'saddle/damped-escapes': {
    title: { en: 'Damped Newton escapes', zh: '阻尼牛顿法逃离鞍点' },
    sentence: {
      en: 'Damped Newton flips the negative curvature (−2 → 2), so its direction goes downhill away from the saddle, and on this unbounded surface it runs off to −∞.',
      zh: '阻尼牛顿法翻转负曲率（−2 → 2），所以它的方向朝下坡、远离鞍点；在这个无下界的曲面上，它一路跑向 −∞。',
    },
  },
  'monkey-saddle/newton-halves': {
    title: { en: 'Newton without curvature', zh: '没有曲率的牛顿法' },
    sentence: {
      en: 'The Hessian vanishes at the origin, so Newton converges only linearly there, halving its distance each step, instead of doubling its digits.',
      zh: '黑塞矩阵（Hessian）在原点处为零，所以牛顿法在那里只能线性收敛，每步把距离减半，而不是让有效数字位数翻倍。',
    },
  },
  'rastrigin/trapped': {
    title: { en: 'Trapped by a bump', zh: '被凸起困住' },
    sentence: {
      en: 'From (2.3, 1.6) gradient descent stops in the nearest local minimum near (1.99, 1.99), far from the global one at the origin.',
      zh: '从 (2.3, 1.6) 出发，梯度下降停在 (1.99, 1.99) 附近最近的局部极小值点，离原点处的全局极小值点很远。',
    },
  },
  'linear-regression/normal-equations': {
    title: { en: 'Newton = normal equations', zh: '牛顿法 = 正规方程' },
    sentence: {
      en: 'The squared error is exactly quadratic in (slope, intercept), so one Newton step lands on the least-squares line; gradient descent zig-zags down the long valley.',
      zh: '平方误差关于（斜率，截距）恰好是二次的，所以一步牛顿迭代就落在最小二乘直线上；梯度下降则沿狭长的山谷走之字形下降。',
    },
  },
  'linear-regression/lr-too-large': {
    title: { en: 'Step size too large', zh: '步长过大' },
    sentence: {
      en: 'With lr = 0.2, just above 2/10.2 ≈ 0.196 for the steep slope direction, gradient descent diverges.',
      zh: 'lr = 0.2 略高于陡峭的斜率方向的上限 2/10.2 ≈ 0.196，梯度下降发散。',
    },
  },
  'linear-regression/sgd-noise': {
    title: { en: 'SGD: batch of 1', zh: 'SGD：批量为 1' },
    sentence: {
      en: 'With one data point per step and the same lr = 0.1, SGD follows gradient descent down the valley on average, but each step uses one point’s gradient: near the least-squares line (⊕) it rattles around inside the noise ellipse and never settles, while gradient descent converges in about 225 steps. Raise the batch in the optimizer panel and the ellipse (and the rattling) shrinks; at 8, all the points, SGD is gradient descent.',
      zh: '每步只用一个数据点、lr 同为 0.1 时，SGD 平均而言跟随梯度下降沿山谷下行，但每一步只用一个点的梯度：在最小二乘直线（⊕）附近，它在噪声椭圆内来回抖动，始终停不下来，而梯度下降约 225 步收敛。在优化器面板中增大批量，椭圆（以及抖动）随之缩小；批量为 8，即全部数据点时，SGD 就是梯度下降。',
    },
  },
  'logistic-regression/newton-overshoots': {
    title: { en: 'Newton overshoots', zh: '牛顿法冲过头' },
    sentence: {
      en: 'Far from the minimum the loss is almost linear, so the curvature is tiny and a full Newton step from (−2, −2) flies off, while damped Newton and gradient descent converge.',
      zh: '远离极小值点处，损失几乎是线性的，曲率极小，从 (−2, −2) 出发的完整牛顿步会飞出去，而阻尼牛顿法和梯度下降都收敛。',
    },
  },
  'exp-regression/newton-plateau': {
    title: { en: 'Newton on the plateau', zh: '平台上的牛顿法' },
    sentence: {
      en: 'From (0.5, 2) the decay is too fast and the loss is a nearly flat plateau with an indefinite Hessian: Newton runs off toward an infinite rate and stops where the gradient is below tol, a flat region and not a fit, while damped Newton reaches the least-squares fit.',
      zh: '在 (0.5, 2) 处衰减太快，损失是一个几乎平坦、黑塞矩阵不定的平台：牛顿法朝无穷大的衰减率跑去，在梯度低于 tol 处停下，那里是平坦区域而不是拟合；而阻尼牛顿法到达最小二乘拟合。',
    },
  },
  'exp-regression/gauss-newton': {
    title: { en: 'Gauss–Newton and LM', zh: '高斯-牛顿法与 LM' },
    sentence: {
      en: 'The loss is a sum of squares: Gauss–Newton replaces H by G = 2JᵀWJ, which is never indefinite, so from (0.5, 2), where Newton runs off along the plateau, it reaches the fit in at most 8 steps; Levenberg–Marquardt damps G by μ and takes a few more (the least-squares panel: G beside H, and μ falling as LM turns into Gauss–Newton).',
      zh: '损失是平方和：高斯-牛顿法用 G = 2JᵀWJ 代替 H，它永远不会不定，所以从牛顿法沿平台跑掉的 (0.5, 2) 出发，它最多 8 步就到达拟合；列文伯格-马夸尔特法（LM）用 μ 对 G 加阻尼，多走几步（见最小二乘面板：G 与 H 并列，μ 随 LM 变为高斯-牛顿法而下降）。',
    },
  },
} satisfies Record<string, PresetTexts>;

/** `<surface id>/<preset id>`: every preset in src/math/presets.ts has one (a type error otherwise). */
export type PresetKey = keyof typeof PRESETS;

/** One field of every preset, both languages side by side. */
const field = (f: keyof PresetTexts) =>
  Object.fromEntries(Object.entries<PresetTexts>(PRESETS).map(([k, v]) => [k, v[f]])) as Record<PresetKey, Texts>;

export const presetTitleMsg = bilingual(field('title'));
export const presetSentenceMsg = bilingual(field('sentence'));

export const presetsBarMsg = messages(
  {
    nav: 'Guided presets',
    try: 'Try:',
    changed: ' (you have changed the scene since)',
  },
  {
    nav: '引导预设',
    try: '试试：',
    changed: '（此后你已改动了场景）',
  },
);
