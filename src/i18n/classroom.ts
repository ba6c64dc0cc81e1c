// The classroom's words: the guided tours (titles and captions), the tour bar, the keyboard
// shortcuts and their help dialog, the dialogs' close button, and what a shortcut announces.
// A tour's title is keyed by the tour's id, a step's caption by `<tour id>/<step>` (the step
// as the URL counts it, from 1). Each caption states what tours.test.ts checks: a translation
// keeps every number, point and outcome it names.
import { bilingual, messages, type Bilingual as Texts } from './i18n';

const TOUR_TEXTS = {
  'taylor-models': {
    en: 'Taylor models',
    zh: '泰勒模型',
  },
  'taylor-models/1': {
    en: 'T1, the tangent plane at p: it has f’s value and slope at p (the arrow is ∇f), and nothing else. Near p it follows f; a little away it misses the curving valley.',
    zh: 'T1 是 p 处的切平面：它只含 f 在 p 处的函数值和斜率（箭头是 ∇f），别无其他。在 p 附近它贴合 f；稍远一点就偏离了弯曲的山谷。',
  },
  'taylor-models/2': {
    en: 'T2 adds the curvature H: the quadratic model bends with f and stays close over a wider patch. Its level sets are the solid ellipses-or-hyperbolas around p.',
    zh: 'T2 加入曲率 H：二次模型随 f 一起弯曲，在更大的邻域内保持贴近。它的等值线是 p 周围的实线椭圆或双曲线。',
  },
  'taylor-models/3': {
    en: 'Here H is indefinite (λ₁ < 0 < λ₂): T2 is a saddle, so its level sets are hyperbolas. A wider patch shows where the model and f part ways.',
    zh: '这里 H 不定（λ₁ < 0 < λ₂）：T2 是鞍面，所以它的等值线是双曲线。把邻域放大，可以看到模型在哪里与 f 分道扬镳。',
  },
  'taylor-models/4': {
    en: 'At (0, 0) on Himmelblau both eigenvalues of H are negative: T2 is a dome. Its only stationary point is a maximum.',
    zh: '在 Himmelblau 函数的 (0, 0) 处，H 的两个特征值都为负：T2 是一个穹顶。它唯一的驻点是极大值点。',
  },
  'taylor-models/5': {
    en: 'At the minimum (3, 2) ∇f = 0: T1 is flat, and T2 is a bowl that hugs f. Drag p (or use the arrow keys) to compare other places.',
    zh: '在极小值点 (3, 2) 处 ∇f = 0：T1 是水平的，T2 是紧贴 f 的碗。拖动 p（或用方向键）比较其他位置。',
  },
  'gd-zigzag': {
    en: 'Why gradient descent zig-zags',
    zh: '梯度下降为何走之字形',
  },
  'gd-zigzag/1': {
    en: 'f = x² + 10y²: curvature 20 across the valley, 2 along it. −∇f points across the valley, not to the minimum. With lr = 0.08 each step shrinks y by 1 − 0.08·20 = −0.6: it overshoots and flips sign, a zig-zag.',
    zh: 'f = x² + 10y²：横跨山谷的曲率为 20，沿山谷的曲率为 2。−∇f 横跨山谷，而不是指向极小值点。lr = 0.08 时，每一步 y 乘以 1 − 0.08·20 = −0.6：冲过头并变号，走成之字形。',
  },
  'gd-zigzag/2': {
    en: 'lr = 0.095: the factor across the valley is −0.9, so the zig-zag barely shrinks, while along the valley x shrinks by 0.81 per step. gd needs many more steps.',
    zh: 'lr = 0.095：横跨山谷的因子为 −0.9，之字形几乎不收缩；而沿山谷方向 x 每步乘以 0.81。gd 需要多得多的步数。',
  },
  'gd-zigzag/3': {
    en: 'Past lr = 2/λmax = 0.1 the factor across the valley is −1.1: each zig is longer than the last, and gd runs away from the minimum (it diverges).',
    zh: 'lr 超过 2/λmax = 0.1 后，横跨山谷的因子为 −1.1：每一折都比上一折更长，gd 离极小值点越来越远（发散）。',
  },
  'gd-zigzag/4': {
    en: 'A safe step (lr = 0.02: factors 0.6 across, 0.96 along) kills the zig-zag but crawls along the valley: the condition number 10 sets gd’s pace.',
    zh: '安全的步长（lr = 0.02：横跨山谷的因子 0.6，沿山谷 0.96）消除了之字形，但沿山谷爬得很慢：条件数 10 决定了 gd 的速度。',
  },
  'gd-zigzag/5': {
    en: 'In Rosenbrock’s curved valley gd (lr = 0.001) zig-zags down the walls and then crawls; momentum averages the zig-zag out and gets much further in the same 100 steps.',
    zh: '在 Rosenbrock 函数弯曲的山谷中，gd（lr = 0.001）沿谷壁之字形下降，然后缓慢爬行；动量法（momentum）把之字形平均掉，在同样的 100 步内走得远得多。',
  },
  'newton-jumps': {
    en: 'Newton jumps to the model’s minimum',
    zh: '牛顿法跳到模型的极小值点',
  },
  'newton-jumps/1': {
    en: 'On a quadratic, T2 is f itself. With p at the start, the Newton arrow points to T2’s minimum, the minimum of f: Newton gets there in one step, gd takes many.',
    zh: '在二次函数上，T2 就是 f 本身。p 位于起点时，牛顿箭头指向 T2 的极小值点，也就是 f 的极小值点：牛顿法一步到达，gd 要走很多步。',
  },
  'newton-jumps/2': {
    en: 'Rosenbrock, p at the start (−1.2, 1): one Newton step lands exactly at the minimum of T2 at p, the tip of the short dashed arrow just above p. It is not the minimum of f.',
    zh: 'Rosenbrock 函数，p 位于起点 (−1.2, 1)：一步牛顿迭代恰好落在 p 处 T2 的极小值点，即 p 正上方短虚线箭头的尖端。它不是 f 的极小值点。',
  },
  'newton-jumps/3': {
    en: 'From there Newton builds a new model and jumps to its minimum again: one model, one jump.',
    zh: '牛顿法在那里建立新模型，再跳到它的极小值点：一个模型，一次跳跃。',
  },
  'newton-jumps/4': {
    en: 'Model by model, Newton reaches the minimum (1, 1) in a handful of steps, while gd has barely entered the valley. Near the minimum the error squares each step.',
    zh: '一个模型接一个模型，牛顿法几步就到达极小值点 (1, 1)，而 gd 才刚进入山谷。在极小值点附近，误差每一步都被平方。',
  },
  'newton-uphill': {
    en: 'When Newton walks uphill',
    zh: '牛顿法何时走上坡',
  },
  'newton-uphill/1': {
    en: 'Himmelblau at (0, 0): H is negative definite, T2 is a dome, and its stationary point is its top. The Newton step goes there: uphill.',
    zh: 'Himmelblau 函数在 (0, 0) 处：H 负定，T2 是穹顶，它的驻点就是顶点。牛顿步走向那里：上坡。',
  },
  'newton-uphill/2': {
    en: 'Newton converges to the local maximum (−0.27, −0.92), where f ≈ 181.6: it looks for ∇f = 0 and cannot tell a maximum from a minimum.',
    zh: '牛顿法收敛到局部极大值点 (−0.27, −0.92)，该处 f ≈ 181.6：它只寻找 ∇f = 0，分不清极大值与极小值。',
  },
  'newton-uphill/3': {
    en: 'Damped Newton flips the negative curvature (each eigenvalue λ becomes |λ|) and backtracks until f decreases: from the same start it walks downhill to a minimum.',
    zh: '阻尼牛顿法翻转负曲率（每个特征值 λ 变为 |λ|），并回溯直到 f 下降：从同一起点出发，它下坡走到一个极小值点。',
  },
  'newton-uphill/4': {
    en: 'On the saddle x² − y², Newton jumps to the saddle point (0, 0) in one step; gd slides away downhill along y.',
    zh: '在鞍面 x² − y² 上，牛顿法一步跳到鞍点 (0, 0)；gd 则沿 y 方向下坡滑走。',
  },
  'quasi-newton': {
    en: 'Quasi-Newton learns curvature',
    zh: '拟牛顿法学习曲率',
  },
  'quasi-newton/1': {
    en: 'BFGS starts knowing nothing about curvature (B = I): its first step is a gradient step, with a backtracking line search instead of a fixed lr.',
    zh: 'BFGS 开始时对曲率一无所知（B = I）：第一步是梯度步，用回溯线搜索代替固定的 lr。',
  },
  'quasi-newton/2': {
    en: 'Each step, the change in the gradient along the step (y = Δ∇f along s) teaches B a little curvature: the quasi-Newton panel shows it at iteration 3. Press play: without ever computing H, BFGS follows the valley to (1, 1).',
    zh: '每一步中，梯度沿该步的变化（沿 s 的 y = Δ∇f）教给 B 一点曲率：拟牛顿法面板展示第 3 步的情形。按播放：BFGS 从不计算 H，却沿山谷到达 (1, 1)。',
  },
  'quasi-newton/3': {
    en: 'Newton, which uses H itself, takes fewer steps; each BFGS step is cheaper (gradients only). In high dimensions that trade wins.',
    zh: '直接使用 H 的牛顿法步数更少；BFGS 每一步更省（只需梯度）。在高维问题中，这种取舍更划算。',
  },
  'quasi-newton/4': {
    en: 'Where H is negative definite, B stays positive definite, so BFGS always points downhill: from (0, 0) it finds a minimum while Newton climbs to the maximum.',
    zh: '在 H 负定之处，B 仍保持正定，所以 BFGS 总是指向下坡：从 (0, 0) 出发它找到一个极小值点，而牛顿法爬上了极大值点。',
  },
  'quasi-newton/5': {
    en: 'BFGS and DFP are two updates of the same idea; on x² + 10y² both reach the minimum in a few steps once B has learned the two curvatures.',
    zh: 'BFGS 与 DFP 是同一思想的两种更新；在 x² + 10y² 上，一旦 B 学到两个曲率，二者都能在几步内到达极小值点。',
  },
  'fd-float32': {
    en: 'Finite differences and float32',
    zh: '有限差分与 float32',
  },
  'fd-float32/1': {
    en: 'fd-gd replaces ∇f by central differences (f(x+h) − f(x−h))/2h. With h = 1e−3 the estimate is good in float32: fd-gd’s path lies on gd’s.',
    zh: 'fd-gd 用中心差分 (f(x+h) − f(x−h))/2h 代替 ∇f。h = 1e−3 时，float32 下的估计很准：fd-gd 的路径与 gd 的重合。',
  },
  'fd-float32/2': {
    en: 'A large h (0.3) has truncation error of order h²·f‴: the estimated gradient is biased and fd-gd leaves gd’s path.',
    zh: '较大的 h（0.3）带来 h²·f‴ 量级的截断误差：估计的梯度有偏，fd-gd 偏离 gd 的路径。',
  },
  'fd-float32/3': {
    en: 'A tiny h (1e−7) cancels: float32 keeps about 7 digits, so f(x+h) − f(x−h) is mostly rounding. The estimated gradient is noisy and fd-gd’s path drifts off gd’s.',
    zh: '极小的 h（1e−7）导致相消：float32 只保留约 7 位有效数字，所以 f(x+h) − f(x−h) 大多是舍入误差。估计的梯度充满噪声，fd-gd 的路径逐渐偏离 gd 的路径。',
  },
  'fd-float32/4': {
    en: 'In float32 the best h is near 1e−3 to 1e−4 (not 1e−8 as in float64): rounding error grows like ε/h, truncation error like h².',
    zh: '在 float32 下，最佳的 h 约为 1e−3 到 1e−4（而不是 float64 下的 1e−8）：舍入误差按 ε/h 增长，截断误差按 h² 增长。',
  },
} satisfies Record<string, Texts>;

type TourTextKey = keyof typeof TOUR_TEXTS;
/** A guided tour's id, which keys its title. */
export type TourId = Exclude<TourTextKey, `${string}/${string}`>;
/** A tour step's caption: `<tour id>/<step from 1>`. */
export type TourCaptionKey = Extract<TourTextKey, `${string}/${string}`>;

/** The tours' titles (by tour id) and captions (by `<tour id>/<step>`). */
export const tourTextMsg = bilingual<TourTextKey>(TOUR_TEXTS);

export const tourBarMsg = messages(
  {
    region: (title: string) => `Guided tour: ${title}`,
    stepOf: (step: number, n: number) => `step ${step} of ${n}`,
    prevTitle: 'Previous step (PageUp or [)',
    prev: 'Previous',
    nextTitle: 'Next step (PageDown or ])',
    next: 'Next',
    end: 'End tour',
    /** a problem shown under the page's alerts: a link names a tour that does not exist */
    unknownTour: (tour: string, ids: string) => `unknown tour "${tour}"; choose one of ${ids}`,
    /** …or a step past the tour's end */
    noSuchStep: (title: string, n: number, step: number) =>
      `the tour "${title}" has ${n} steps, not ${step}; showing step 1`,
  },
  {
    region: (title) => `导览：${title}`,
    stepOf: (step, n) => `第 ${step} 步，共 ${n} 步`,
    prevTitle: '上一步（PageUp 或 [）',
    prev: '上一步',
    nextTitle: '下一步（PageDown 或 ]）',
    next: '下一步',
    end: '结束导览',
    unknownTour: (tour, ids) => `没有名为“${tour}”的导览；可选：${ids}`,
    noSuchStep: (title, n, step) => `导览“${title}”共 ${n} 步，没有第 ${step} 步；显示第 1 步`,
  },
);

/** What each keyboard shortcut does (src/views/classroom/useShortcuts.ts), as the help lists it. */
export const shortcutMsg = messages(
  {
    play: 'Play or pause the optimizers',
    forward: 'Step forward one iteration',
    back: 'Step back one iteration',
    reset: 'Reset to iteration 0',
    t1: 'Show or hide T1, the tangent plane',
    t2: 'Show or hide T2, the quadratic model',
    higher: 'Show or hide T3 … T6, the higher-order models',
    preset: 'Next preset scene of this surface',
    present: 'Presenter mode on or off',
    fullscreen: 'Fullscreen on or off',
    tourNext: 'Next step of the tour',
    tourPrev: 'Previous step of the tour',
    help: 'Show this list of shortcuts',
  },
  {
    play: '播放或暂停优化器',
    forward: '前进一步',
    back: '后退一步',
    reset: '重置到第 0 步',
    t1: '显示或隐藏 T1（切平面）',
    t2: '显示或隐藏 T2（二次模型）',
    higher: '显示或隐藏 T3 … T6（高阶模型）',
    preset: '此曲面的下一个预设场景',
    present: '开启或关闭演示模式',
    fullscreen: '开启或关闭全屏',
    tourNext: '导览的下一步',
    tourPrev: '导览的上一步',
    help: '显示此快捷键列表',
  },
);

/** The shortcuts' help dialog (src/views/classroom/HelpDialog.tsx). */
export const helpMsg = messages(
  {
    caption: 'Shortcuts work in every mode, except while you type in a field.',
    key: 'Key',
    does: 'Does',
    or: ' or ',
    duringTour: ' (during a tour)',
    thenArrows: ', then arrow keys',
    movePoint: 'Move the expansion point p or the start (Shift: bigger steps)',
    closeDialog: 'Close a dialog',
  },
  {
    caption: '快捷键在所有模式下都可用，在输入框中打字时除外。',
    key: '按键',
    does: '作用',
    or: ' 或 ',
    duringTour: '（导览中）',
    thenArrows: '，然后按方向键',
    movePoint: '移动展开点 p 或起点（按住 Shift：步子更大）',
    closeDialog: '关闭对话框',
  },
);

/** A dialog's close button (src/views/classroom/Dialog.tsx); `title` is the dialog's title. */
export const dialogMsg = messages(
  {
    close: (title: string) => `Close ${title.toLowerCase()}`,
  },
  {
    close: (title) => `关闭${title}`,
  },
);

/** What the classroom's actions announce (src/views/classroom/classroom.ts), read out and shown briefly. */
export const classroomMsg = messages(
  {
    presetsTyped: 'Presets belong to catalog surfaces; this is a typed formula.',
    presetsNone: 'No presets for this surface.',
    presetOf: (i: number, n: number, title: string) => `Preset ${i} of ${n}: ${title}`,
    presentOff: 'Presenter mode off',
    presentOn: 'Presenter mode on',
    fullscreenUnavailable: 'Fullscreen is not available here (an embed needs allowfullscreen).',
    fullscreenRefused: 'The browser refused fullscreen.',
    firstStep: 'This is the first step.',
    lastStep: 'This is the last step of the tour.',
  },
  {
    presetsTyped: '预设只属于目录中的曲面；这是自行输入的公式。',
    presetsNone: '此曲面没有预设。',
    presetOf: (i, n, title) => `预设 ${i}（共 ${n} 个）：${title}`,
    presentOff: '演示模式已关闭',
    presentOn: '演示模式已开启',
    fullscreenUnavailable: '此处无法全屏（嵌入的 iframe 需要允许全屏）。',
    fullscreenRefused: '浏览器拒绝了全屏。',
    firstStep: '已是第一步。',
    lastStep: '已是导览的最后一步。',
  },
);
