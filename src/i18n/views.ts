// The core views and the map's marks: alerts, the surface picker, the domain and point
// controls, the point facts, the runs, playback, export and loading, the contour map, the 3D
// view, the convergence plot, the marks drawn over the map and their key, the embed's bar; the
// words of the number formatting (format.ts) and the exported CSV's column headers.
//
// A message with `{}` in it has a piece of markup (a subscript) where the `{}` stands: the view
// splits it with `slot()` and puts the markup between the two parts.
import { messages } from './i18n';
import { optimizerLabelMsg } from './methods';

/** A message split at its `{}`: the text before it and after it (after is '' without one). */
export function slot(text: string): [string, string] {
  const i = text.indexOf('{}');
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + 2)];
}

/** The panels' names (App.tsx's and boot.tsx's error boundaries): the key is the panel's id
 *  (data-panel, the crash test hook), the text its name in each language. */
export const panelNameMsg = messages(
  {
    app: 'app',
    'surface picker': 'surface picker',
    classroom: 'classroom',
    domain: 'domain',
    export: 'export',
    tour: 'tour',
    presets: 'presets',
    'contour map': 'contour map',
    'expansion point': 'expansion point',
    '3D view': '3D view',
    'point facts': 'point facts',
    'Taylor models': 'Taylor models',
    'Taylor error chart': 'Taylor error chart',
    'slice chart': 'slice chart',
    regression: 'regression',
    playback: 'playback',
    runs: 'runs',
    optimizers: 'optimizers',
    'convergence plot': 'convergence plot',
    'explain this step': 'explain this step',
    'line search': 'line search',
    'quasi-Newton': 'quasi-Newton',
    'conjugate gradients': 'conjugate gradients',
    'least squares': 'least squares',
    'stochastic gradients': 'stochastic gradients',
    'damped Newton': 'damped Newton',
    'trust region': 'trust region',
    'finite differences': 'finite differences',
  },
  {
    app: '应用',
    'surface picker': '曲面选择',
    classroom: '课堂',
    domain: '定义域',
    export: '导出',
    tour: '导览',
    presets: '预设',
    'contour map': '等高线图',
    'expansion point': '展开点',
    '3D view': '三维视图',
    'point facts': '展开点数据',
    'Taylor models': '泰勒模型',
    'Taylor error chart': '泰勒误差图',
    'slice chart': '剖面图',
    regression: '回归',
    playback: '回放',
    runs: '运行',
    optimizers: '优化器',
    'convergence plot': '收敛图',
    'explain this step': '讲解这一步',
    'line search': '线搜索',
    'quasi-Newton': '拟牛顿法',
    'conjugate gradients': '共轭梯度法',
    'least squares': '最小二乘',
    'stochastic gradients': '随机梯度',
    'damped Newton': '阻尼牛顿法',
    'trust region': '信赖域',
    'finite differences': '有限差分',
  },
);
export type PanelName = keyof typeof panelNameMsg.en;

// Problems named by something other than a URL parameter (LoadExport.tsx's 'load'), in Chinese;
// the others are named by their parameter, which stays as in the URL.
const ZH_PARAMS: Record<string, string> = { load: '加载' };

/** The views the wheel guard names (App.tsx's `what`). */
export const wheelViewMsg = messages({ map: 'map', '3D view': '3D view' }, { map: '等高线图', '3D view': '三维视图' });
export type WheelView = keyof typeof wheelViewMsg.en;

/** Alerts, the error boundary, the field messages and the number fields. */
export const alertsMsg = messages(
  {
    problem: (param: string, message: string) => `${param}: ${message}`,
    nothingToDraw: (domain: string) =>
      `f: the formula is undefined or not finite everywhere on the domain ${domain}, so there is nothing to draw; try another formula or domain`,
    panelFailed: (name: string) => `The ${name} panel failed:`,
    keepsWorking: 'The rest of the page keeps working.',
    tryAgain: 'Try again',
    notANumber: (text: string) => `"${text}" is not a number`,
  },
  {
    problem: (param, message) => `${ZH_PARAMS[param] ?? param}：${message}`,
    nothingToDraw: (domain) => `f：公式在整个定义域 ${domain} 上都无定义或不是有限值，无从绘制；请换一个公式或定义域`,
    panelFailed: (name) => `“${name}”面板出错：`,
    keepsWorking: '页面的其余部分照常可用。',
    tryAgain: '重试',
    notANumber: (text) => `“${text}”不是数字`,
  },
);

/** The surface picker and the formula box. */
export const surfacePickerMsg = messages(
  {
    locked: 'Fixed by the page that links to this scene (lock)',
    lastValidStays: (reason: string) => `${reason}; the last valid surface stays drawn`,
    surface: 'Surface',
    typeOwn: 'Type your own…',
    formulaError: (message: string) => `f: ${message}`,
    formulaHelp: 'Your own formula in x and y: + − * / ^, sin cos tan atan sinh cosh tanh exp log sqrt abs, pi, e.',
    data: (description: string) => `Data: ${description}`,
  },
  {
    locked: '由链接到此场景的页面固定（lock）',
    lastValidStays: (reason) => `${reason}；仍显示上一个有效的曲面`,
    surface: '曲面',
    typeOwn: '自行输入…',
    formulaError: (message) => `f：${message}`,
    formulaHelp: '自定义关于 x 和 y 的公式：+ − * / ^，sin cos tan atan sinh cosh tanh exp log sqrt abs，pi，e。',
    data: (description) => `数据：${description}`,
  },
);

/** The domain box and the view's reset. */
export const domainMsg = messages(
  {
    notFourNumbers: (text: string) => `"${text}" is not four numbers xmin, xmax, ymin, ymax`,
    domain: 'domain',
    range: (x: string, y: string) => `x from ${x}, y from ${y}`,
    surfaceDomain: "surface's domain",
    resetView: 'Reset view',
  },
  {
    notFourNumbers: (text) => `“${text}”不是四个数（依次为 x 的最小值、最大值，y 的最小值、最大值）`,
    domain: '定义域',
    range: (x, y) => `x 的范围 ${x}，y 的范围 ${y}`,
    surfaceDomain: '曲面的定义域',
    resetView: '重置视图',
  },
);

/** The expansion point's controls: coordinates, the models' toggles, ε and the patch size. */
export const pointMsg = messages(
  {
    t1: 'T1 tangent plane',
    t2: 'T2 quadratic model',
    t3: 'T3 cubic',
    outside: (v: string, domain: string) => `${v} lies outside the domain ${domain}`,
    legend: 'Expansion point p',
    accuracyTitle: 'shade, around p, where each shown model is within ε of f',
    accuracyLabel: 'where |f − T{}| < ε',
    epsValueText: (eps: string, percent: string) => `ε = ${eps}, ${percent} of f's range on the patch`,
    epsValue: (eps: string, percent: string) => `${eps} (${percent} of f’s range on the patch)`,
    patchSize: 'patch size',
    patchValueText: (percent: number) => `${percent}% of the domain`,
  },
  {
    t1: 'T1 切平面',
    t2: 'T2 二次模型',
    t3: 'T3 三次',
    outside: (v, domain) => `${v} 不在定义域 ${domain} 内`,
    legend: '展开点 p',
    accuracyTitle: '在 p 周围，给每个所显示的模型与 f 相差小于 ε 的区域着色',
    accuracyLabel: '|f − T{}| < ε 的区域',
    epsValueText: (eps, percent) => `ε = ${eps}，为 f 在邻域上取值范围的 ${percent}`,
    epsValue: (eps, percent) => `${eps}（f 在邻域上取值范围的 ${percent}）`,
    patchSize: '邻域大小',
    patchValueText: (percent) => `定义域的 ${percent}%`,
  },
);

/** The point facts at p. */
export const factsMsg = messages(
  {
    title: 'At the expansion point p',
    hessianMatrix: 'Hessian matrix',
    eigenvalues: 'eigenvalues',
    eigenDirections: 'eigen-directions',
    eigenTitle: 'unit eigenvectors of H: the directions of least and greatest curvature',
    curvature: 'curvature',
    positiveDefinite: 'positive definite (a bowl: p is near a minimum of the quadratic model)',
    negativeDefinite: 'negative definite (a dome: the quadratic model has a maximum)',
    indefinite: 'indefinite (a saddle: curving up one way, down the other)',
    semidefinite: 'semidefinite (flat in one direction)',
    curvatureUndefined: 'undefined (H is not finite here)',
    conditionNumber: 'condition number',
    undefined: 'undefined',
    singular: '∞ (singular Hessian)',
  },
  {
    title: '展开点 p 处',
    hessianMatrix: '黑塞矩阵（Hessian）',
    eigenvalues: '特征值',
    eigenDirections: '特征方向',
    eigenTitle: 'H 的单位特征向量：曲率最小和最大的方向',
    curvature: '曲率',
    positiveDefinite: '正定（碗形：p 靠近二次模型的极小值点）',
    negativeDefinite: '负定（穹顶形：二次模型有极大值点）',
    indefinite: '不定（鞍形：一个方向向上弯，另一个方向向下弯）',
    semidefinite: '半定（在某一方向上平坦）',
    curvatureUndefined: '未定义（H 在此处不是有限值）',
    conditionNumber: '条件数',
    undefined: '未定义',
    singular: '∞（黑塞矩阵奇异）',
  },
);

/** The runs' legend. */
export const runsMsg = messages(
  {
    title: 'Runs',
    computing: (percent: number) => `Computing the runs… ${percent}%`,
    progressLabel: 'Optimizer runs computed',
    none: 'No runs yet.',
    running: 'running…',
  },
  {
    title: '运行',
    computing: (percent) => `正在计算各次运行… ${percent}%`,
    progressLabel: '已计算的优化器运行',
    none: '尚无运行。',
    running: '运行中…',
  },
);

/** The optimizers' names in the runs' legend, the map's key and the plots (palette.ts): the
 *  English is the legend's own (shorter than the registry's in places: "Stochastic GD"); the
 *  Chinese is the methods' names (methods.ts: optimizerLabelMsg), one term in one place. */
const RUN_LABELS = {
  gd: 'Gradient descent',
  momentum: 'Momentum',
  adam: 'Adam',
  'fd-gd': 'GD, finite differences',
  newton: 'Newton',
  'damped-newton': 'Damped Newton',
  bfgs: 'BFGS',
  dfp: 'DFP',
  nesterov: 'Nesterov',
  sgd: 'Stochastic GD',
  cg: 'Conjugate gradient',
  lbfgs: 'L-BFGS',
  'trust-region': 'Trust region',
  'gauss-newton': 'Gauss–Newton',
  lm: 'Levenberg–Marquardt',
} satisfies Partial<Record<keyof typeof optimizerLabelMsg.en, string>>;
type RunLabelled = keyof typeof RUN_LABELS;
export const runLabelMsg = messages(
  RUN_LABELS as Record<RunLabelled, string>,
  Object.fromEntries((Object.keys(RUN_LABELS) as RunLabelled[]).map((id) => [id, optimizerLabelMsg.zh[id]])) as Record<
    RunLabelled,
    string
  >,
);

/** Playback: the buttons, the speed and the scrubber. */
export const playbackMsg = messages(
  {
    playback: 'Playback',
    resetTitle: 'Reset to iteration 0',
    reset: 'Reset',
    backLabel: 'Step back one iteration',
    backTitle: 'Step back',
    pause: 'Pause',
    play: 'Play',
    forwardLabel: 'Step forward one iteration',
    forwardTitle: 'Step forward',
    speed: 'speed',
    perSecond: (n: number) => `${n} it/s`,
    iteration: 'Iteration',
    iterValueText: (k: number, max: number) => `iteration ${k} of ${max}`,
    iterReadout: (k: number, max: number) => `iteration ${k} / ${max}`,
  },
  {
    playback: '回放',
    resetTitle: '重置到第 0 步',
    reset: '重置',
    backLabel: '后退一步',
    backTitle: '后退一步',
    pause: '暂停',
    play: '播放',
    forwardLabel: '前进一步',
    forwardTitle: '前进一步',
    speed: '速度',
    perSecond: (n) => `${n} 步/秒`,
    iteration: '迭代',
    iterValueText: (k, max) => `第 ${k} 步，共 ${max} 步`,
    iterReadout: (k, max) => `迭代 ${k} / ${max}`,
  },
);

/** Export, loading an export back, the share link. */
export const exportMenuMsg = messages(
  {
    viewMap: 'map',
    view3d: '3D view',
    viewConvergence: 'convergence plot',
    notShown: (view: string) => `The ${view} is not shown, so there is nothing to save.`,
    couldNotSave: (view: string, why: string) => `Could not save the ${view}: ${why}`,
    imageNotDrawn: 'the image could not be drawn',
    copied: 'Copied',
    pressCtrlC: 'Press Ctrl+C (⌘C) to copy the selected link',
    exportLabel: 'Export:',
    jsonTitle: 'The point facts and all runs as JSON',
    csvTitle: 'Every iterate of every run as CSV',
    pngMapTitle: 'The contour map as a PNG image',
    pngMap: 'PNG (map)',
    png3dTitle: 'The 3D view as a PNG image',
    noWebgl: 'The 3D view needs WebGL, which this browser does not offer',
    png3d: 'PNG (3D)',
    copyLinkTitle: 'Copy a link to exactly this scene',
    copyLink: 'Copy link',
    linkLabel: 'Link to this scene',
    loadFailed: (file: string, message: string) => `${file} ${message}; the scene is unchanged`,
    couldNotLoad: (file: string) => `Could not load ${file}`,
    tooBig: (mb: string) => `is ${mb} MB, more than an export can be (20 MB)`,
    unreadable: 'could not be read',
    loaded: (file: string) => `Loaded ${file}`,
    loadTitle: 'Open a JSON export of this app: its scene and data replace these',
    load: 'Load JSON…',
    loadLabel: 'JSON export to load',
    notAnExport: (file: string) =>
      `${file} is not a .json export of this app (CSV or text rows go on the data panel of a regression surface)`,
  },
  {
    viewMap: '等高线图',
    view3d: '三维视图',
    viewConvergence: '收敛图',
    notShown: (view) => `${view}未显示，没有可保存的内容。`,
    couldNotSave: (view, why) => `无法保存${view}：${why}`,
    imageNotDrawn: '无法绘制图像',
    copied: '已复制',
    pressCtrlC: '按 Ctrl+C（⌘C）复制已选中的链接',
    exportLabel: '导出：',
    jsonTitle: '展开点数据和所有运行，JSON 格式',
    csvTitle: '每次运行的每个迭代点，CSV 格式',
    pngMapTitle: '等高线图，PNG 图片',
    pngMap: 'PNG（等高线图）',
    png3dTitle: '三维视图，PNG 图片',
    noWebgl: '三维视图需要 WebGL，而此浏览器不支持',
    png3d: 'PNG（三维）',
    copyLinkTitle: '复制指向当前场景的链接',
    copyLink: '复制链接',
    linkLabel: '此场景的链接',
    loadFailed: (file, message) => `${file} ${message}；场景未改变`,
    couldNotLoad: (file) => `无法加载 ${file}`,
    tooBig: (mb) => `大小为 ${mb} MB，超过了导出文件的上限（20 MB）`,
    unreadable: '无法读取',
    loaded: (file) => `已加载 ${file}`,
    loadTitle: '打开本应用导出的 JSON 文件：用其中的场景和数据替换当前的',
    load: '加载 JSON…',
    loadLabel: '要加载的 JSON 导出文件',
    notAnExport: (file) => `${file} 不是本应用导出的 .json 文件（CSV 或文本行数据请放到回归曲面的数据面板上）`,
  },
);

/** The exported CSV's column headers (the JSON export's keys never change). */
export const csvMsg = messages(
  { header: 'optimizer,k,x,y,value,gradNorm' },
  { header: '优化器,k,x,y,函数值,梯度范数' },
);

/** The contour map and its SVG layer. */
export const contourMsg = messages(
  {
    plotLabel: 'Contour map of the surface',
    overlayLabel: 'Expansion point, start and trajectories',
    logLevels: 'levels log-spaced in f − f{}',
  },
  {
    plotLabel: '曲面的等高线图',
    overlayLabel: '展开点、起点和轨迹',
    logLevels: '等值线按 f − f{} 取对数间隔',
  },
);

/** The 3D view, its key and the Taylor models' names there. */
export const surfaceMsg = messages(
  {
    t1Name: 'T1, tangent plane',
    t2Name: 'T2, quadratic model',
    orderName: (k: number) => `T${k}, order ${k}`,
    newtonStep: 'Newton step',
    plotLabel: '3D view of the surface with the Taylor models around p',
    focusOff: 'Show the whole domain again',
    focusOn: 'Zoom the 3D view onto the patch around p, where the Taylor models are drawn',
    focus: 'Focus on p',
    keyLabel: 'Key to the 3D view',
    sameAsF: (k: number) => ` — T${k} = f here`,
    notIn3d: (k: number) => `T${k}: not drawn in 3D yet`,
    newtonTo: (label: string) => `Newton → ${label}`,
    outsideBox: ' (outside the box)',
    cutAbove: (v: string) => `f above ${v} is cut (a spike)`,
    clipped: (names: string) => `cut at the box: ${names}`,
    listSep: ', ',
  },
  {
    t1Name: 'T1，切平面',
    t2Name: 'T2，二次模型',
    orderName: (k) => `T${k}，${k} 阶`,
    newtonStep: '牛顿步',
    plotLabel: '曲面及 p 周围泰勒模型的三维视图',
    focusOff: '重新显示整个定义域',
    focusOn: '将三维视图放大到 p 周围绘制泰勒模型的邻域',
    focus: '聚焦 p',
    keyLabel: '三维视图图例',
    sameAsF: (k) => ` — 此处 T${k} = f`,
    notIn3d: (k) => `T${k}：尚未在三维中绘制`,
    newtonTo: (label) => `牛顿步 → ${label}`,
    outsideBox: '（在绘图框外）',
    cutAbove: (v) => `f 大于 ${v} 的部分被截去（尖峰）`,
    clipped: (names) => `在绘图框处截断：${names}`,
    listSep: '、',
  },
);

/** What Newton's step reaches, for the quadratic model T2 (the map's label, the 3D view's). */
export const newtonTipMsg = messages(
  {
    minimum: 'min of T2',
    maximum: 'max of T2',
    saddle: 'saddle of T2',
    none: 'stationary point of T2',
  },
  {
    minimum: 'T2 的极小值点',
    maximum: 'T2 的极大值点',
    saddle: 'T2 的鞍点',
    none: 'T2 的驻点',
  },
);

/** The convergence plot. */
export const convergenceMsg = messages(
  {
    iteration: 'iteration',
    title: 'Convergence',
    show: 'show',
    plotLabel: (quantity: string) => `Convergence plot: ${quantity} against iteration, one line per run`,
    epochNote: (count: number, every: number) =>
      `Dotted lines: SGD's epoch boundaries (${count} new passes over the data${every ? `, one in ${every} drawn` : ''}).`,
  },
  {
    iteration: '迭代',
    title: '收敛',
    show: '显示',
    plotLabel: (quantity) => `收敛图：${quantity} 随迭代的变化，每次运行一条线`,
    epochNote: (count, every) =>
      `虚线：SGD 的轮（epoch）边界（共 ${count} 次重新遍历数据${every ? `，每 ${every} 条画一条` : ''}）。`,
  },
);

/** The marks over the contour map and their key. */
export const marksMsg = messages(
  {
    levels: (name: string, step: string) => `${name} levels, ${step} apart`,
    flat: (name: string) => `${name} flat here`,
    shaded: (eps: string) => `shaded: |f − Tₖ| < ${eps} (ε)`,
    newtonStep: 'Newton step',
    eigenAxes: 'eigen-axes of H (dashed: λ < 0)',
    trustRegion: 'trust region |s| ≤ Δ at the scrubbed iteration (□ Cauchy point)',
    lookAhead: 'Nesterov: look-ahead x + βv (◇), where it takes ∇f',
    cgRestart: 'CG restart (direction −∇f again)',
    sgdNoise: 'SGD: its step, the full-gradient step (○), 2σ of all mini-batch steps',
    leastSquares: 'least squares (normal equations)',
    keyLabel: 'Key to the contour map',
    startLabel: (x: string, y: string) => `Start of the optimizers (${x}, ${y}). Use the arrow keys to move it.`,
    startTitle: (x: string, y: string) => `start (${x}, ${y}) — shift-click or long-press to move`,
    pointLabel: (x: string, y: string) => `Expansion point p = (${x}, ${y}). Drag it, or use the arrow keys.`,
    momentumPart: 'the momentum part βv: where Nesterov looks ahead to',
    lookAheadStep: 'the gradient step −lr∇f taken at the look-ahead point, landing on the next iterate',
    lookAheadPoint: 'look-ahead point x + βv, where Nesterov takes the gradient',
    restartedHere: (k: number) => `conjugate gradients restarted here (iteration ${k}): its direction is −∇f again`,
    sgdEllipse: (batch: number) => `where a step with a random mini-batch of ${batch} lands (2σ ellipse)`,
    fullStep: 'the full-gradient step −lr∇f, which the mini-batch step stands in for',
    sgdStep: 'the step SGD took with its mini-batch',
    leastSquaresLine: (w: string, b: string) => `the least-squares line from the normal equations: w = ${w}, b = ${b}`,
    cauchy: "Cauchy point: the model's minimum along −∇f within the disk",
    stepTaken: 'the step taken',
    stepRejected: 'the step tried (rejected: ρ too small)',
    sliceLabel: 'Direction d of the slice through p: drag it around p, or use the arrow keys',
    sliceValueText: (angle: number) => `${angle}° from the +x axis`,
    trailTitle: (label: string, k: number, x: string, y: string, f: string) =>
      `${label}, iteration ${k}: (${x}, ${y}), f = ${f}`,
    accurateHere: (k: number) => `|f − T${k}| < ε here`,
  },
  {
    levels: (name, step) => `${name} 等值线，间隔 ${step}`,
    flat: (name) => `${name} 在此处平坦`,
    shaded: (eps) => `阴影：|f − Tₖ| < ${eps}（ε）`,
    newtonStep: '牛顿步',
    eigenAxes: 'H 的特征轴（虚线：λ < 0）',
    trustRegion: '当前步的信赖域 |s| ≤ Δ（□ 柯西点）',
    lookAhead: 'Nesterov：前瞻点 x + βv（◇），在此处计算 ∇f',
    cgRestart: 'CG 重启（方向重新取为 −∇f）',
    sgdNoise: 'SGD：实际的一步、全梯度步（○）、所有小批量步的 2σ 范围',
    leastSquares: '最小二乘解（正规方程）',
    keyLabel: '等高线图图例',
    startLabel: (x, y) => `优化器的起点 (${x}, ${y})。可用方向键移动。`,
    startTitle: (x, y) => `起点 (${x}, ${y}) — Shift+单击或长按以移动`,
    pointLabel: (x, y) => `展开点 p = (${x}, ${y})。可拖动，或用方向键移动。`,
    momentumPart: '动量部分 βv：Nesterov 前瞻的位置',
    lookAheadStep: '在前瞻点处取的梯度步 −lr∇f，落在下一个迭代点上',
    lookAheadPoint: '前瞻点 x + βv，Nesterov 在此处计算梯度',
    restartedHere: (k) => `共轭梯度法在此重启（第 ${k} 步）：方向重新取为 −∇f`,
    sgdEllipse: (batch) => `用大小为 ${batch} 的随机小批量走一步时的落点（2σ 椭圆）`,
    fullStep: '全梯度步 −lr∇f，小批量步是它的近似',
    sgdStep: 'SGD 用其小批量实际走的一步',
    leastSquaresLine: (w, b) => `由正规方程得到的最小二乘直线：w = ${w}，b = ${b}`,
    cauchy: '柯西点：模型在圆盘内沿 −∇f 方向的极小值点',
    stepTaken: '实际采用的步',
    stepRejected: '尝试的步（被拒绝：ρ 过小）',
    sliceLabel: '过 p 的剖面方向 d：绕 p 拖动，或用方向键调整',
    sliceValueText: (angle) => `与 +x 轴夹角 ${angle}°`,
    trailTitle: (label, k, x, y, f) => `${label}，第 ${k} 步：(${x}, ${y})，f = ${f}`,
    accurateHere: (k) => `此处 |f − T${k}| < ε`,
  },
);

/** Number formatting's word for a value that is not a number (format.ts). */
export const formatMsg = messages({ undefined: 'undefined' }, { undefined: '未定义' });

/** The 3D view's slot, the wheel guard and the embed's bar. */
export const embedMsg = messages(
  {
    loading3d: 'Loading the 3D view…',
    noWebgl:
      'The 3D view needs WebGL, which this browser does not offer here (graphics drivers missing or WebGL turned off). Everything else is computed on the CPU and works as usual: the map, the runs, the panels and every number.',
    hidden3d: 'The 3D view is hidden.',
    drawnWhenSeen: 'The 3D view is drawn when it scrolls into view.',
    wheelHint: (what: string) => `Click the ${what} (or hold Ctrl) to zoom with the wheel`,
    toggle3d: '3D view',
    shortcuts: 'Keyboard shortcuts',
    openFullLabel: 'Open full app (in a new tab)',
    openFullHere: 'Open full app (in this frame)',
    open: 'Open ',
    fullApp: 'full app',
  },
  {
    loading3d: '正在加载三维视图…',
    noWebgl:
      '三维视图需要 WebGL，但此浏览器在这里无法提供（缺少显卡驱动或 WebGL 已关闭）。其余一切都在 CPU 上计算，照常可用：等高线图、各次运行、各面板和所有数值。',
    hidden3d: '三维视图已隐藏。',
    drawnWhenSeen: '三维视图滚动到可见区域时才会绘制。',
    wheelHint: (what) => `单击${what}（或按住 Ctrl）后可用滚轮缩放`,
    toggle3d: '三维视图',
    shortcuts: '键盘快捷键',
    openFullLabel: '打开完整应用（在新标签页中）',
    openFullHere: '打开完整应用（在此框架中）',
    open: '打开',
    fullApp: '完整应用',
  },
);

/** Where downloads are blocked (a sandboxed frame): the export's text to copy instead. */
export const exportFallbackMsg = messages(
  {
    title: 'Copy the export',
    why: (name: string) =>
      `This page is inside a sandboxed frame, which blocks downloads. Copy the text below and save it as ${name}.`,
    label: 'The export’s text',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: the text is selected, press Ctrl+C',
    pngBlocked: 'Images cannot be saved inside a sandboxed frame: open the full app to save them',
  },
  {
    title: '复制导出内容',
    why: (name) => `此页面位于沙盒框架中，无法下载。请复制下面的文本，并保存为 ${name}。`,
    label: '导出的文本',
    copy: '复制',
    copied: '已复制',
    copyFailed: '无法复制：文本已选中，请按 Ctrl+C',
    pngBlocked: '沙盒框架中无法保存图片：请打开完整应用保存',
  },
);

/** The typeset formula under the formula box (a region the keyboard can scroll when it is long). */
export const formulaPreviewMsg = messages({ label: 'The formula, typeset' }, { label: '排版后的公式' });
