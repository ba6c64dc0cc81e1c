// The URL schema (CONTRACT §1): every valid scene survives serialize → parse unchanged, and
// every bad value is reported by parameter name and replaced by the default.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { printFormula } from '../math/formula/print';
import { parseFormula } from '../math/formula/parse';
import { getSurface, surfaceData, SURFACES } from '../math/surfaces';
import type { Domain } from '../math/surfaces-types';
import { isRegressionId, regressionFormula } from '../math/regression';
import { HIDE_PARTS, LOCK_FIELDS, OPTIMIZER_IDS, type Scene, type SliceDir, type TaylorOrder } from './scene';
import {
  checkDomain,
  defaultScene,
  DOMAIN_LIMIT,
  parseNumber,
  parseScene,
  PATCH_RANGE,
  problemIn,
  serializeScene,
  surfaceDefaults,
  urlProblems,
} from './url';

// ---------------------------------------------------------------------------------------
// Arbitrary valid scenes.

/** Finite doubles, -0 included, spread over many magnitudes. */
const anyDouble = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const positive = fc.oneof(
  fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }),
  fc.constantFrom(1e-3, 0.01, 0.5, 1, 2),
);

const domainArb: fc.Arbitrary<Domain> = fc
  .tuple(
    anyDouble(-DOMAIN_LIMIT, DOMAIN_LIMIT),
    anyDouble(-DOMAIN_LIMIT, DOMAIN_LIMIT),
    anyDouble(-DOMAIN_LIMIT, DOMAIN_LIMIT),
    anyDouble(-DOMAIN_LIMIT, DOMAIN_LIMIT),
  )
  .map(([a, b, c, d]): Domain => [Math.min(a, b), Math.max(a, b), Math.min(c, d), Math.max(c, d)])
  .filter((d) => checkDomain(d) === null);

/** A point inside the domain: a fraction of the way across each side (the ends included). */
const inDomain = (d: Domain) =>
  fc
    .tuple(
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)),
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)),
    )
    .map(([u, v]): [number, number] => [
      Math.min(d[1], Math.max(d[0], d[0] + u * (d[1] - d[0]))),
      Math.min(d[3], Math.max(d[2], d[2] + v * (d[3] - d[2]))),
    ]);

const FORMULAS = [
  'x^2 + y^2',
  'log(x)',
  'sin(x)*cos(y)',
  '  exp(-(x^2 + y^2)) ',
  '1/(x - y)',
  'x',
  '(1 - x)^2 + 100*(y - x^2)^2',
];

/** Surface or formula, with a domain of its own or the default one. */
const shapeArb = fc.oneof(
  fc.record({
    surfaceId: fc.constantFrom(...SURFACES.map((s) => s.id)) as fc.Arbitrary<string | null>,
    formula: fc.constant(''),
  }),
  fc.record({ surfaceId: fc.constant(null), formula: fc.constantFrom(...FORMULAS) }),
);

const optArb = fc.shuffledSubarray([...OPTIMIZER_IDS], { minLength: 1 });

export const sceneArb: fc.Arbitrary<Scene> = fc
  .tuple(shapeArb, fc.option(domainArb, { nil: undefined }))
  .chain(([shape, ownDomain]) => {
    const formula = shape.surfaceId === null ? shape.formula : getSurface(shape.surfaceId)!.formula;
    const domain = ownDomain ?? surfaceDefaults(shape.surfaceId).domain;
    const within = surfaceDefaults(shape.surfaceId, domain);
    const id = shape.surfaceId;
    // (-0 in a data row reads back as 0: the loss is the same)
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
    const row: fc.Arbitrary<number[]> =
      id === 'logistic-regression' ? fc.tuple(value, value, fc.constantFrom(1, -1)) : fc.tuple(value, value);
    const dataArb: fc.Arbitrary<number[][] | null> = isRegressionId(id)
      ? fc.option(fc.array(row, { minLength: 2, maxLength: 40 }), { nil: null })
      : fc.constant(null);
    return dataArb.chain((data) => {
      const nRows = data?.length ?? (id ? surfaceData(id)?.length : undefined);
      return fc
        .record({
          surfaceId: fc.constant(shape.surfaceId),
          formula: fc.constant(formula),
          domain: fc.constant(domain),
          point: fc.oneof(fc.constant(within.point), inDomain(domain)),
          taylor: fc.subarray([1, 2, 3, 4, 5, 6] as TaylorOrder[]),
          start: fc.oneof(fc.constant(within.start), inDomain(domain)),
          opt: optArb,
          lr: fc.oneof(fc.constant(within.lr), positive),
          beta: fc.oneof(fc.constant(0.9), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })),
          h: positive,
          steps: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 10000 })),
          tol: positive,
          grid: fc.option(fc.integer({ min: 11, max: 1001 }), { nil: null }),
          backend: fc.constantFrom(null, 'webgl' as const, 'wasm' as const, 'cpu' as const),
          embed: fc.boolean(),
          patch: fc.oneof(fc.constant(0.2), fc.double({ min: PATCH_RANGE[0], max: PATCH_RANGE[1], noNaN: true })),
          basins: fc.constantFrom('off' as const, 'newton' as const, 'damped-newton' as const),
          m: fc.integer({ min: 1, max: 20 }),
          radius: fc.oneof(fc.constant(1), positive),
          batch: fc.integer({ min: 1, max: nRows ?? 500 }),
          data: fc.constant(data),
          seed: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 4294967295 })),
          dir: fc.oneof(
            fc.constantFrom('grad' as const, 'newton' as const),
            fc.double({ min: -720, max: 720, noNaN: true }),
          ) as fc.Arbitrary<SliceDir>,
          lang: fc.constantFrom(null, 'en' as const, 'zh' as const),
          hide: fc.subarray([...HIDE_PARTS]),
          lock: fc.subarray([...LOCK_FIELDS]),
          resize: fc.boolean(),
          present: fc.boolean(),
          tour: fc.option(fc.stringMatching(/^[a-z0-9-]{1,40}$/), { nil: null }),
          tourStep: fc.integer({ min: 0, max: 99 }),
        })
        .map((sc) => (data && isRegressionId(id) ? { ...sc, formula: regressionFormula(id, data) } : sc));
    });
  })
  .map((s) => ({ ...s, tourStep: s.tour === null ? 0 : s.tourStep }));

describe('round trip', () => {
  test('every valid scene: serializeScene then parseScene gives the same scene, no problems', () => {
    fc.assert(
      fc.property(sceneArb, (scene) => {
        const query = serializeScene(scene);
        const back = parseScene(query);
        expect(back.problems).toEqual([]);
        expect(back.scene).toEqual(scene);
        // Object.is on every number: -0 stays -0.
        expect(serializeScene(back.scene)).toBe(query);
      }),
      { numRuns: 400 },
    );
  });

  test('the default scene is the empty query', () => {
    expect(serializeScene(defaultScene())).toBe('');
    expect(parseScene('')).toEqual({ scene: defaultScene(), problems: [] });
  });

  test('taylor: orders 1 to 6 in any order, repeats folded, 0 for none (CONTRACT §1)', () => {
    expect(parseScene('?taylor=3,1,3').scene.taylor).toEqual([1, 3]);
    expect(parseScene('?taylor=6,5,4,3,2,1').scene.taylor).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parseScene('?taylor=0').scene.taylor).toEqual([]);
    expect(serializeScene({ ...defaultScene(), taylor: [] })).toBe('?taylor=0');
    expect(serializeScene({ ...defaultScene(), taylor: [2, 4] })).toBe('?taylor=2%2C4');
    expect(parseScene('?taylor=1,,2').problems[0].param).toBe('taylor');
  });

  test('data: rows on a regression surface rebuild its formula; bad rows are named and the last valid data stays', () => {
    const r = parseScene('?surface=linear-regression&data=0.5,1.2;1.5,2.1;2.5,4.2;3.5,5.0');
    expect(r.problems).toEqual([]);
    expect(r.scene.data).toEqual([
      [0.5, 1.2],
      [1.5, 2.1],
      [2.5, 4.2],
      [3.5, 5],
    ]);
    expect(parseFormula(r.scene.formula).ok).toBe(true);
    expect(r.scene.formula).toBe(regressionFormula('linear-regression', r.scene.data!));
    const bad = parseScene('?surface=linear-regression&data=1,2;x,3', r.scene);
    expect(bad.problems.map((p) => p.param)).toEqual(['data']);
    expect(bad.problems[0].message).toMatch(/2/);
    expect(bad.scene.data).toEqual(r.scene.data);
    const rosen = parseScene('?data=1,2;3,4');
    expect(rosen.problems[0]).toMatchObject({
      param: 'data',
      message: expect.stringMatching(/regression surfaces only/),
    });
    expect(rosen.scene.data).toBeNull();
    // batch is checked against the number of rows
    expect(parseScene('?surface=linear-regression&data=1,2;3,4;5,6&batch=4').problems[0].param).toBe('batch');
    expect(parseScene('?surface=linear-regression&data=1,2;3,4;5,6&batch=3').scene.batch).toBe(3);
  });

  test('-0 keeps its sign', () => {
    const scene = { ...defaultScene(), domain: [-2, 2, -1, 3] as Domain, point: [-0, 1] as [number, number] };
    expect(Object.is(parseScene(serializeScene(scene)).scene.point[0], -0)).toBe(true);
  });

  test('a formula printed from any parsed tree survives the URL', () => {
    for (const text of FORMULAS) {
      const r = parseFormula(text);
      if (!r.ok) continue;
      const scene = { ...defaultScene(), surfaceId: null, formula: printFormula(r.ast), ...surfaceDefaults(null) };
      expect(parseScene(serializeScene(scene)).scene).toEqual(scene);
    }
  });
});

// ---------------------------------------------------------------------------------------
// Bad values: each is named, and the default is used.

/** [query, the parameter named, words in the message, the field of the scene that keeps its default] */
const BAD: [string, string, RegExp, keyof Scene | null][] = [
  ['surface=nope', 'surface', /unknown surface "nope"/, 'surfaceId'],
  ['f=x^^2', 'f', /Unexpected "\^" at position 2/, 'formula'],
  ['f=', 'f', /empty/, 'formula'],
  ['f=sin(', 'f', /Missing/, 'formula'],
  ['f=' + encodeURIComponent('('.repeat(500) + 'x' + ')'.repeat(500)), 'f', /nested too deeply/, 'formula'],
  ['f=' + 'x'.repeat(10_001), 'f', /too long/, 'formula'],
  ['domain=1,2,3', 'domain', /expected 4 comma-separated numbers/, 'domain'],
  ['domain=a,b,c,d', 'domain', /"a" is not a number/, 'domain'],
  ['domain=2,1,0,1', 'domain', /xmin < xmax/, 'domain'],
  ['domain=0,1,1,1', 'domain', /ymin < ymax/, 'domain'],
  ['domain=NaN,1,0,1', 'domain', /"NaN" is not a number/, 'domain'],
  ['domain=-Infinity,1,0,1', 'domain', /"-Infinity" is not a number/, 'domain'],
  ['domain=0,1e400,0,1', 'domain', /"1e400" is not a number/, 'domain'],
  ['domain=0,1e7,0,1', 'domain', /within ±1e\+6/, 'domain'],
  ['domain=1000,1000.00001,0,1', 'domain', /too narrow/, 'domain'],
  ['domain=0x10,1,0,1', 'domain', /"0x10" is not a number/, 'domain'],
  ['point=1', 'point', /expected 2 comma-separated numbers/, 'point'],
  ['point=9,9', 'point', /\(9, 9\) lies outside the domain/, 'point'],
  ['point=,', 'point', /"" is not a number/, 'point'],
  ['start=NaN,0', 'start', /"NaN" is not a number/, 'start'],
  ['start=-5,0', 'start', /outside the domain/, 'start'],
  ['taylor=7', 'taylor', /"7" is not a Taylor order/, 'taylor'],
  ['taylor=1,x', 'taylor', /"x" is not a Taylor order/, 'taylor'],
  ['m=0', 'm', /whole number from 1 to 20/, 'm'],
  ['m=21', 'm', /whole number from 1 to 20/, 'm'],
  ['m=2.5', 'm', /whole number from 1 to 20/, 'm'],
  ['radius=-1', 'radius', /radius must be positive/, 'radius'],
  ['radius=0', 'radius', /radius must be positive/, 'radius'],
  ['batch=0', 'batch', /batch size/, 'batch'],
  ['seed=-1', 'seed', /seed must be a whole number/, 'seed'],
  ['seed=4294967296', 'seed', /seed must be a whole number/, 'seed'],
  ['dir=north', 'dir', /"north" is not grad, newton or an angle/, 'dir'],
  ['lang=klingon', 'lang', /"klingon" is not a language/, 'lang'],
  ['hide=everything', 'hide', /unknown part of the page "everything"/, 'hide'],
  ['lock=nonsense', 'lock', /unknown field "nonsense"/, 'lock'],
  ['resize=2', 'resize', /"2" is not 1 or 0/, 'resize'],
  ['taylor=valueOf', 'taylor', /"valueOf" is not a Taylor order/, 'taylor'],
  ['opt=constructor', 'opt', /unknown optimizer "constructor"/, 'opt'],
  ['surface=__proto__', 'surface', /__proto__/, 'surfaceId'],
  ['opt=sgdx', 'opt', /unknown optimizer "sgdx"/, 'opt'],
  ['opt=', 'opt', /no valid optimizer/, 'opt'],
  ['lr=0', 'lr', /must be positive/, 'lr'],
  ['lr=-1', 'lr', /must be positive/, 'lr'],
  ['lr=abc', 'lr', /"abc" is not a number/, 'lr'],
  ['lr=Infinity', 'lr', /"Infinity" is not a number/, 'lr'],
  ['lr=', 'lr', /"" is not a number/, 'lr'],
  ['beta=1', 'beta', /\[0, 1\)/, 'beta'],
  ['beta=-0.1', 'beta', /\[0, 1\)/, 'beta'],
  ['h=0', 'h', /must be positive/, 'h'],
  ['steps=0', 'steps', /whole number from 1 to 10000/, 'steps'],
  ['steps=10001', 'steps', /whole number from 1 to 10000/, 'steps'],
  ['steps=2.5', 'steps', /whole number/, 'steps'],
  ['tol=-1e-5', 'tol', /must be positive/, 'tol'],
  ['grid=10', 'grid', /whole number from 11 to 1001/, 'grid'],
  ['grid=1e6', 'grid', /whole number from 11 to 1001/, 'grid'],
  ['backend=webgpu', 'backend', /"webgpu" is not one of webgl, wasm, cpu/, 'backend'],
  ['embed=yes', 'embed', /not 1 or 0/, 'embed'],
  ['patch=5', 'patch', /from 0.02 to 1/, 'patch'],
  ['basins=bfgs', 'basins', /not one of newton, damped-newton, off/, 'basins'],
  ['present=2', 'present', /not 1 or 0/, 'present'],
  ['tour=' + encodeURIComponent('<script>'), 'tour', /not a tour name/, 'tour'],
];

describe('bad values', () => {
  test.each(BAD)('%s: names %s', (query, param, words, field) => {
    const { scene, problems } = parseScene(`?${query}`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.param === param)).toBe(true);
    expect(problems.map((p) => p.message).join(' | ')).toMatch(words);
    if (field) expect(scene[field]).toEqual(defaultScene()[field]);
  });

  test('a long bad value is quoted short in the message', () => {
    const { problems } = parseScene(`?lr=${'9'.repeat(5000)}x`);
    expect(problems[0].param).toBe('lr');
    expect(problems[0].message.length).toBeLessThan(120);
  });

  test('good values next to bad ones are still used', () => {
    const { scene, problems } = parseScene('?surface=himmelblau&lr=oops&steps=50&domain=1,0,0,1&point=1,1');
    expect(problems.map((p) => p.param).sort()).toEqual(['domain', 'lr']);
    expect(scene.surfaceId).toBe('himmelblau');
    expect(scene.steps).toBe(50);
    expect(scene.point).toEqual([1, 1]);
    expect(scene.lr).toBe(surfaceDefaults('himmelblau').lr);
  });

  test('a bad f keeps the last valid surface (base), a bad f beside a surface shows that surface', () => {
    const base = { ...defaultScene(), surfaceId: null, formula: 'x^2 - y', ...surfaceDefaults(null) };
    expect(parseScene('?f=x%2B%2B', base).scene.formula).toBe('x^2 - y');
    expect(parseScene('?f=x%2B&surface=booth', base).scene.surfaceId).toBe('booth');
  });

  test('unknown parameters are ignored', () => {
    expect(parseScene('?foo=1&__proto__=x&constructor=y')).toEqual({ scene: defaultScene(), problems: [] });
  });

  test('never throws, and every scene parsed from any query is valid', () => {
    const keys = [
      'surface',
      'f',
      'domain',
      'point',
      'taylor',
      'start',
      'opt',
      'lr',
      'beta',
      'h',
      'steps',
      'tol',
      'grid',
      'backend',
      'embed',
      'patch',
      'basins',
      'present',
      'tour',
      'step',
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.stringMatching(/^[-+0-9.,eE ]{0,30}$/),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 8 }), (pairs) => {
        const q = new URLSearchParams(pairs).toString();
        const { scene, problems } = parseScene(`?${q}`);
        for (const p of problems) {
          expect(keys).toContain(p.param);
          expect(p.message.length).toBeGreaterThan(0);
        }
        expect(checkDomain(scene.domain)).toBeNull();
        for (const p of [scene.point, scene.start]) {
          expect(p.every(Number.isFinite)).toBe(true);
          expect(
            p[0] >= scene.domain[0] && p[0] <= scene.domain[1] && p[1] >= scene.domain[2] && p[1] <= scene.domain[3],
          ).toBe(true);
        }
        for (const v of [scene.lr, scene.h, scene.tol]) expect(v > 0 && Number.isFinite(v)).toBe(true);
        expect(scene.beta >= 0 && scene.beta < 1).toBe(true);
        expect(Number.isInteger(scene.steps) && scene.steps >= 1 && scene.steps <= 10000).toBe(true);
        expect(parseFormula(scene.formula).ok).toBe(true);
        expect(scene.opt.length).toBeGreaterThan(0);
        // What was parsed is a valid scene: it round-trips.
        expect(parseScene(serializeScene(scene)).scene).toEqual(scene);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseNumber', () => {
  test('plain finite numbers only', () => {
    for (const t of ['1', '-1.5', '+2', '.5', '5.', '1e-3', '1E+21', ' 3 ']) expect(parseNumber(t)).toBe(Number(t));
    for (const t of [
      '',
      ' ',
      'NaN',
      'Infinity',
      '-Infinity',
      '0x10',
      '1e400',
      '1,5',
      '1_000',
      '--1',
      '1e',
      'e5',
      '١',
    ]) {
      expect(parseNumber(t)).toBeNull();
    }
  });
});

describe("a URL's problems in every language (the banner follows a switch of language)", () => {
  test('each problem carries its message in English and in Chinese; problemIn picks one', () => {
    const search = '?lr=-1&steps=0&lang=en';
    const base = defaultScene();
    const { problems } = parseScene(search, base);
    const all = urlProblems(search, base, problems);
    expect(all.map((p) => p.param)).toEqual(['lr', 'steps']);
    for (const p of all) {
      expect(p.byLang?.en).toBe(p.message);
      expect(p.byLang?.zh).toBe(parseScene(search, base, 'zh').problems.find((q) => q.param === p.param)?.message);
      expect(p.byLang?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(problemIn(p, 'zh')).toBe(p.byLang?.zh);
      expect(problemIn(p, 'en')).toBe(p.message);
    }
    // a problem made without them (a field's) keeps its own message
    expect(problemIn({ param: 'lr', message: 'x' }, 'zh')).toBe('x');
  });
});
