// Messages about bad input and the engine: URL parameters and the typed fields' rules
// (state/url.ts, state/params.ts), data rows (math/data.ts), formulas (math/formula/parse.ts),
// loading an export (state/load-export.ts), computation errors (compute/results.ts), and the
// engine's start-up and fallback notes (compute/backend.ts, boot.tsx, main.ts). Values quoted
// from the user, URL parameter names and values, and lists of ids are arguments: they stay as
// typed or as the code spells them.
import { messages } from './i18n';

/** Pieces shared by the URL's messages and the typed fields' (one rule, said the same way). */
export const paramMsg = messages(
  {
    /** a problem, then what is used instead: "… is not a number; using 0.01" */
    then: (problem: string, action: string) => `${problem}; ${action}`,
    using: (value: string) => `using ${value}`,
    usingDefault: 'using the default',
    notNumber: (quoted: string) => `${quoted} is not a number`,
    isEmpty: 'is empty: type a number',
    outOfRange: (value: number, rule: string) => `${value} is out of range: ${rule}`,
    // the rules of NUMBER_PARAMS, as said after "out of range: "
    positive: 'must be positive',
    beta: 'must be in [0, 1)',
    whole: (lo: number, hi: number) => `must be a whole number from ${lo} to ${hi}`,
    from: (lo: number, hi: number) => `must be from ${lo} to ${hi}`,
    memory: (lo: number, hi: number) => `the memory of lbfgs must be a whole number from ${lo} to ${hi}`,
    radius: 'the trust radius must be positive',
    batchAny: 'the batch size must be a whole number from 1',
    batchRows: (rows: number) => `the batch size must be a whole number from 1 to ${rows} (the number of data points)`,
    seed: (max: number) => `the seed must be a whole number from 0 to ${max}`,
  },
  {
    then: (problem, action) => `${problem}；${action}`,
    using: (value) => `使用 ${value}`,
    usingDefault: '使用默认值',
    notNumber: (quoted) => `${quoted} 不是数字`,
    isEmpty: '为空：请输入一个数',
    outOfRange: (value, rule) => `${value} 超出范围：${rule}`,
    positive: '须为正数',
    beta: '须在 [0, 1) 内',
    whole: (lo, hi) => `须为 ${lo} 到 ${hi} 之间的整数`,
    from: (lo, hi) => `须在 ${lo} 到 ${hi} 之间`,
    memory: (lo, hi) => `lbfgs 的记忆长度须为 ${lo} 到 ${hi} 之间的整数`,
    radius: '信赖域半径须为正数',
    batchAny: '批量大小须为不小于 1 的整数',
    batchRows: (rows) => `批量大小须为 1 到 ${rows}（数据点个数）之间的整数`,
    seed: (max) => `随机种子须为 0 到 ${max} 之间的整数`,
  },
);

/** The URL's parameters (state/url.ts); also the domain's check, which the domain fields share. */
export const urlMsg = messages(
  {
    expectedNumbers: (n: number, quoted: string) => `expected ${n} comma-separated numbers, got ${quoted}`,
    domainOrder: 'needs xmin < xmax and ymin < ymax',
    domainLimit: (limit: string) => `bounds must lie within ±${limit}`,
    domainNarrow: 'is too narrow to plot in float32 (each side needs a width above 1e-4 of its bounds)',
    /** a domain's problem and the text it was read from */
    got: (problem: string, quoted: string) => `${problem}, got ${quoted}`,
    domainFormat: (problem: string) => `${problem} (xmin,xmax,ymin,ymax)`,
    pairFormat: (problem: string) => `${problem} (x,y)`,
    outsideDomain: (pair: string, domain: string) => `${pair} lies outside the domain ${domain}`,
    /** `dir`: the two named directions are arguments (grad, newton) */
    notDir: (quoted: string, a: string, b: string) => `${quoted} is not ${a}, ${b} or an angle in degrees`,
    unknownPart: (quoted: string, choices: string) => `unknown part of the page ${quoted}; choose from ${choices}`,
    unknownField: (quoted: string, choices: string) => `unknown field ${quoted}; choose from ${choices}`,
    ignoring: (param: string) => `ignoring ${param}`,
    notTaylor: (quoted: string) =>
      `${quoted} is not a Taylor order: use 0, or a comma list of orders 1 to 6 (e.g. 1,2)`,
    unknownSurface: (quoted: string, choices: string) => `unknown surface ${quoted}; choose one of ${choices}`,
    keepingSurface: 'keeping the last valid surface',
    showingSurface: (id: string) => `showing the surface "${id}" instead`,
    dataRegressionOnly: (ids: string) => `data applies to the regression surfaces only (${ids})`,
    ignoringIt: 'ignoring it',
    keepingData: 'keeping the last valid data',
    ownData: "using the surface's own data",
    unknownOptimizer: (quoted: string, choices: string) => `unknown optimizer ${quoted}; choose from ${choices}`,
    noOptimizer: (quoted: string) => `no valid optimizer in ${quoted}`,
    /** `lang`: the languages, joined by `or` */
    notLang: (quoted: string, langs: string) => `${quoted} is not a language of the app; choose ${langs}`,
    or: ' or ',
    notBinary: (quoted: string) => `${quoted} is not 1 or 0`,
    notOneOf: (quoted: string, choices: string) => `${quoted} is not one of ${choices}`,
    notTour: (quoted: string) => `${quoted} is not a tour name`,
  },
  {
    expectedNumbers: (n, quoted) => `应为 ${n} 个以逗号分隔的数，实际为 ${quoted}`,
    domainOrder: '须满足 x 最小值 < x 最大值，且 y 最小值 < y 最大值',
    domainLimit: (limit) => `边界须在 ±${limit} 以内`,
    domainNarrow: '太窄，float32 无法绘制（每边的宽度须大于其边界值的 1e-4 倍）',
    got: (problem, quoted) => `${problem}，实际为 ${quoted}`,
    domainFormat: (problem) => `${problem}（格式为 x 最小值,x 最大值,y 最小值,y 最大值）`,
    pairFormat: (problem) => `${problem}（x,y）`,
    outsideDomain: (pair, domain) => `${pair} 在定义域 ${domain} 之外`,
    notDir: (quoted, a, b) => `${quoted} 不是 ${a}、${b} 或以度为单位的角度`,
    unknownPart: (quoted, choices) => `未知的页面部分 ${quoted}；可选：${choices}`,
    unknownField: (quoted, choices) => `未知的字段 ${quoted}；可选：${choices}`,
    ignoring: (param) => `忽略 ${param}`,
    notTaylor: (quoted) => `${quoted} 不是有效的泰勒阶数：填 0，或用逗号分隔的 1 到 6 阶（如 1,2）`,
    unknownSurface: (quoted, choices) => `未知的曲面 ${quoted}；可选：${choices}`,
    keepingSurface: '保留上一个有效的曲面',
    showingSurface: (id) => `改为显示曲面“${id}”`,
    dataRegressionOnly: (ids) => `data 仅适用于回归曲面（${ids}）`,
    ignoringIt: '已忽略',
    keepingData: '保留上一份有效数据',
    ownData: '使用该曲面自带的数据',
    unknownOptimizer: (quoted, choices) => `未知的优化器 ${quoted}；可选：${choices}`,
    noOptimizer: (quoted) => `${quoted} 中没有有效的优化器`,
    notLang: (quoted, langs) => `${quoted} 不是本应用支持的语言；请选 ${langs}`,
    or: ' 或 ',
    notBinary: (quoted) => `${quoted} 不是 1 或 0`,
    notOneOf: (quoted, choices) => `${quoted} 不是 ${choices} 之一`,
    notTour: (quoted) => `${quoted} 不是有效的导览名称`,
  },
);

/** Data rows (math/data.ts): the URL form and pasted or uploaded text. */
export const dataMsg = messages(
  {
    layout2: 't,s (2 numbers)',
    layout3: 'a,b,label (3 numbers)',
    missing: 'a value is missing',
    notNumber: (shown: string) => `"${shown}" is not a number`,
    tooBig: (text: string) => `"${text}" is too large (beyond float32's range of about 3.4e38)`,
    columns: (n: number, layout: string) => `it has ${n} number${n === 1 ? '' : 's'}; rows here are ${layout}`,
    label: (label: string) => `the label is ${label}; labels are 1 or -1`,
    /** sizes come formatted with their unit (1.2 MB, 300 kB) */
    tooLarge: (size: string, max: string, rows: number) =>
      `The data is too large (${size}; at most ${max} and ${rows} rows)`,
    empty: (min: number, layout: string) => `The data is empty: give at least ${min} rows of ${layout}`,
    tooMany: (n: number, max: number) => `Too many rows: ${n}, at most ${max}`,
    tooManyLines: (n: number, max: number) => `Too many rows: ${n} lines, at most ${max} rows`,
    tooFew: (n: number, min: number) => `Too few rows: ${n}, at least ${min}`,
    atLine: (line: number, what: string) => `Line ${line}: ${what}`,
    atRow: (row: number, what: string) => `Row ${row}: ${what}`,
  },
  {
    layout2: 't,s（2 个数）',
    layout3: 'a,b,标签（3 个数）',
    missing: '缺少一个值',
    notNumber: (shown) => `“${shown}”不是数字`,
    tooBig: (text) => `“${text}”太大（超出 float32 的范围，约 3.4e38）`,
    columns: (n, layout) => `该行有 ${n} 个数；此处每行应为 ${layout}`,
    label: (label) => `标签为 ${label}；标签只能是 1 或 -1`,
    tooLarge: (size, max, rows) => `数据过大（${size}；最多 ${max}、${rows} 行）`,
    empty: (min, layout) => `数据为空：至少需要 ${min} 行 ${layout}`,
    tooMany: (n, max) => `行数过多：${n} 行，最多 ${max} 行`,
    tooManyLines: (n, max) => `行数过多：${n} 行文本，最多 ${max} 行数据`,
    tooFew: (n, min) => `行数过少：${n} 行，至少 ${min} 行`,
    atLine: (line, what) => `第 ${line} 行：${what}`,
    atRow: (row, what) => `第 ${row} 行：${what}`,
  },
);

/** A typed formula's parse errors (math/formula/parse.ts). Positions are 0-based offsets. */
export const formulaMsg = messages(
  {
    mustBeText: 'The formula must be text',
    /** the limit comes formatted (10,000) */
    tooLong: (max: string) => `The formula is too long (over ${max} characters)`,
    empty: 'The formula is empty',
    couldNotRead: 'The formula could not be read',
    tooDeep: (max: number) => `The formula is nested too deeply (over ${max} levels)`,
    tooDeepAt: (max: number, pos: number) => `The formula is nested too deeply (over ${max} levels) at position ${pos}`,
    tooLarge: (max: number, pos: number) =>
      `The formula is too large (over ${max} terms and operations) at position ${pos}`,
    emptyParens: (pos: number) => `Empty parentheses at position ${pos}`,
    invalidNumber: (raw: string, pos: number) => `Invalid number "${raw}" at position ${pos}`,
    numberTooLarge: (raw: string, pos: number) => `The number "${raw}" is too large at position ${pos}`,
    /** `shown` is quoteChar(c) or charCode(hex); `hint` one of the hints below, or '' */
    unexpected: (shown: string, pos: number, hint: string) => `Unexpected ${shown} at position ${pos}${hint}`,
    quoteChar: (ch: string) => (ch === '"' ? `'"'` : `"${ch}"`),
    charCode: (hex: string) => `character U+${hex}`,
    missingArgument: (name: string, pos: number) => `Missing the argument of "${name}" at position ${pos}`,
    needsParens: (name: string, pos: number) => `"${name}" needs parentheses: ${name}(...) at position ${pos}`,
    unknownName: (name: string, pos: number, hint: string) => `Unknown name "${name}" at position ${pos}${hint}`,
    /** `hint` is didYouMean, didYouMeanLog or functions */
    unknownFunction: (name: string, pos: number, hint: string) =>
      `Unknown function "${name}" at position ${pos} (${hint})`,
    didYouMean: (name: string) => `did you mean "${name}"?`,
    didYouMeanLog: 'did you mean "log"? log is the natural logarithm',
    functions: (list: string) => `functions: ${list}`,
    missingOperator: (token: string, pos: number) =>
      `Missing operator before "${token}" at position ${pos} (use * to multiply)`,
    missingTerm: (pos: number) => `Missing a term at position ${pos}`,
    missingTermAfter: (ch: string, pos: number) => `Missing a term after "${ch}" at position ${pos}`,
    missingParen: (pos: number) => `Missing ")" at position ${pos}`,
    // hints, each with its own leading space (English) or none (Chinese)
    hintOneArgument: (name: string) => ` ("${name}" takes one argument)`,
    hintLowercase: (name: string) => ` (did you mean "${name}"?)`,
    hintMultiply: (product: string) => ` (write ${product} to multiply)`,
    hintVariables: ' (the variables are x and y)',
    hintPi: ' (write pi)',
    hintTimes: ' (use * to multiply)',
    hintDivide: ' (use / to divide)',
    hintMinus: ' (use - for minus)',
    hintSquare: ' (write ^2)',
    hintCube: ' (write ^3)',
    hintSqrt: ' (write sqrt(...))',
    hintPower: ' (use ^ for powers)',
  },
  {
    mustBeText: '公式必须是文本',
    tooLong: (max) => `公式过长（超过 ${max} 个字符）`,
    empty: '公式为空',
    couldNotRead: '无法读取公式',
    tooDeep: (max) => `公式嵌套过深（超过 ${max} 层）`,
    tooDeepAt: (max, pos) => `公式在位置 ${pos} 处嵌套过深（超过 ${max} 层）`,
    tooLarge: (max, pos) => `公式在位置 ${pos} 处过大（项与运算超过 ${max} 个）`,
    emptyParens: (pos) => `位置 ${pos} 处的括号为空`,
    invalidNumber: (raw, pos) => `位置 ${pos} 处的数“${raw}”无效`,
    numberTooLarge: (raw, pos) => `位置 ${pos} 处的数“${raw}”太大`,
    unexpected: (shown, pos, hint) => `位置 ${pos} 处不应出现${shown}${hint}`,
    quoteChar: (ch) => `“${ch}”`,
    charCode: (hex) => `字符 U+${hex}`,
    missingArgument: (name, pos) => `位置 ${pos} 处缺少“${name}”的参数`,
    needsParens: (name, pos) => `位置 ${pos} 处的“${name}”需要括号：${name}(...)`,
    unknownName: (name, pos, hint) => `位置 ${pos} 处有未知名称“${name}”${hint}`,
    unknownFunction: (name, pos, hint) => `位置 ${pos} 处有未知函数“${name}”（${hint}）`,
    didYouMean: (name) => `是否想写“${name}”？`,
    didYouMeanLog: '是否想写“log”？log 是自然对数',
    functions: (list) => `可用函数：${list}`,
    missingOperator: (token, pos) => `位置 ${pos} 处“${token}”之前缺少运算符（乘法请用 *）`,
    missingTerm: (pos) => `位置 ${pos} 处缺少一项`,
    missingTermAfter: (ch, pos) => `位置 ${pos} 处“${ch}”之后缺少一项`,
    missingParen: (pos) => `位置 ${pos} 处缺少“)”`,
    hintOneArgument: (name) => `（“${name}”只接受一个参数）`,
    hintLowercase: (name) => `（是否想写“${name}”？）`,
    hintMultiply: (product) => `（乘法请写成 ${product}）`,
    hintVariables: '（变量是 x 和 y）',
    hintPi: '（请写 pi）',
    hintTimes: '（乘法请用 *）',
    hintDivide: '（除法请用 /）',
    hintMinus: '（减号请用 -）',
    hintSquare: '（请写 ^2）',
    hintCube: '（请写 ^3）',
    hintSqrt: '（请写 sqrt(...)）',
    hintPower: '（乘方请用 ^）',
  },
);

/** Loading an export (state/load-export.ts); the view puts the file's name before each. */
export const exportMsg = messages(
  {
    notJson: (detail: string) => `is not JSON (${detail})`,
    noVersion: 'is not a Taylor & Newton export (no "version")',
    badVersion: (version: string) => `has version ${version}; this app reads versions 1 and 2`,
    notScene: (why: string) => `is not a scene: ${why}`,
    noSurface: 'it has no "surface" object',
    noFormula: 'its surface has neither an id nor a formula',
  },
  {
    notJson: (detail) => `不是 JSON（${detail}）`,
    noVersion: '不是 Taylor & Newton 的导出文件（没有版本号）',
    badVersion: (version) => `的版本是 ${version}；本应用只能读取版本 1 和 2`,
    notScene: (why) => `不是有效的场景：${why}`,
    noSurface: '缺少“surface”对象',
    noFormula: '其曲面既没有 id，也没有公式',
  },
);

/** A failed computation (compute/results.ts), shown as an alert. */
export const computeMsg = messages(
  {
    failed: (detail: string) => `Computation failed: ${detail}`,
    formula: (message: string) => `Formula: ${message}`,
  },
  {
    failed: (detail) => `计算失败：${detail}`,
    formula: (message) => `公式：${message}`,
  },
);

/** The numeric engine: the footer's "why", the fallback notices, a failed start (backend.ts,
 *  boot.tsx, main.ts). */
export const engineMsg = messages(
  {
    onGpu: 'computing on the GPU with WebGL',
    onWasm: 'computing on the CPU with WebAssembly',
    onCpu: 'computing on the CPU in plain JavaScript',
    forced: (how: string, backend: string) => `${how} (chosen in the link: backend=${backend})`,
    noWebgl: (how: string) => `no WebGL here: ${how}`,
    software: (renderer: string, how: string) => `software graphics detected (${renderer}): ${how}`,
    softwareRendering: 'software rendering',
    notAvailable: (forced: string, used: string) => `backend: "${forced}" is not available here; using ${used}`,
    noBackend: 'No TensorFlow.js backend could start',
    contextLostWhy: (backend: string) => `the WebGL context was lost: computing on the CPU (${backend})`,
    contextLost: (backend: string) =>
      `backend: the WebGL context was lost; continuing on ${backend}, which is slower. Reload the page to try WebGL again.`,
    contextLostNone: (detail: string) =>
      `backend: the WebGL context was lost and no other backend could start: ${detail}`,
    couldNotStart: (detail: string) => `The numeric engine could not start: ${detail}`,
    couldNotLoad: (detail: string) => `The app could not load: ${detail}. Reload the page to try again.`,
    loading: 'Loading the surface, its Taylor models and the optimizers…',
  },
  {
    onGpu: '用 WebGL 在 GPU 上计算',
    onWasm: '用 WebAssembly 在 CPU 上计算',
    onCpu: '用纯 JS 在 CPU 上计算',
    forced: (how, backend) => `${how}（由链接指定：backend=${backend}）`,
    noWebgl: (how) => `此处没有 WebGL：${how}`,
    software: (renderer, how) => `检测到软件图形渲染（${renderer}）：${how}`,
    softwareRendering: '软件渲染',
    notAvailable: (forced, used) => `backend：此处无法使用“${forced}”；改用 ${used}`,
    noBackend: '没有任何 TensorFlow.js 后端能够启动',
    contextLostWhy: (backend) => `WebGL 上下文已丢失：改在 CPU 上计算（${backend}）`,
    contextLost: (backend) => `backend：WebGL 上下文已丢失；改用较慢的 ${backend} 继续。重新加载页面可再次尝试 WebGL。`,
    contextLostNone: (detail) => `backend：WebGL 上下文已丢失，且没有其他后端能够启动：${detail}`,
    couldNotStart: (detail) => `数值引擎无法启动：${detail}`,
    couldNotLoad: (detail) => `应用无法加载：${detail}。请重新加载页面再试。`,
    loading: '正在加载曲面、泰勒模型与优化器…',
  },
);
