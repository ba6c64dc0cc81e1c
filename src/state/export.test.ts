// The CSV of iterates and the shape of the JSON export (CONTRACT §6), from hand-built results.
import { describe, expect, it } from 'vitest';
import type { Results } from '../compute/results';
import { pointFacts } from '../math/hessian';
import type { Trajectory } from '../math/optimizers/types';
import { buildCsv, buildExport, CSV_HEADER, derivativeOrder, exportText } from './export';
import type { Scene } from './scene';

const runs: Trajectory[] = [
  {
    optimizer: 'gd',
    params: { lr: 0.001 },
    status: 'max-steps',
    iterates: [
      { k: 0, x: -1.2, y: 1, value: 24.2, gradNorm: 232.87 },
      { k: 1, x: -0.9672, y: 1.088, value: 4.73, gradNorm: 28.1, detail: { direction: [1, 0] } },
    ],
  },
  {
    optimizer: 'newton',
    params: {},
    status: 'diverged',
    iterates: [
      { k: 0, x: -1.2, y: 1, value: 24.2, gradNorm: 232.87 },
      { k: 1, x: Infinity, y: NaN, value: NaN, gradNorm: -Infinity },
    ],
  },
];

const scene: Scene = {
  surfaceId: 'rosenbrock',
  formula: '(1 - x)^2 + 100*(y - x^2)^2',
  domain: [-2, 2, -1, 3],
  point: [0.5, 0.5],
  taylor: [1, 2],
  start: [-1.2, 1],
  opt: ['gd', 'newton'],
  lr: 0.001,
  beta: 0.9,
  h: 1e-3,
  steps: 200,
  tol: 1e-6,
  grid: null,
  backend: null,
  embed: false,
  m: 5,
  radius: 1,
  batch: 2,
  seed: 1,
  data: null,
  dir: 'grad',
  lang: null,
  hide: [],
  lock: [],
  resize: false,
  patch: 0.25,
  basins: 'off',
  present: false,
  tour: null,
  tourStep: 0,
};

// What buildExport reads of the results (the rest of Results is not exported).
const results: Pick<Results, 'facts' | 'runs'> = {
  facts: pointFacts(0.5, 0.5, 6.5, -51, 50, 102, -200, 200),
  runs,
};

describe('buildCsv', () => {
  it('writes one row per iterate of every run, in run order', () => {
    expect(buildCsv(runs)).toBe(
      [
        'optimizer,k,x,y,value,gradNorm',
        'gd,0,-1.2,1,24.2,232.87',
        'gd,1,-0.9672,1.088,4.73,28.1',
        'newton,0,-1.2,1,24.2,232.87',
        'newton,1,,,,',
        '',
      ].join('\n'),
    );
  });
  it('is only the header without runs', () => {
    expect(buildCsv([])).toBe(`${CSV_HEADER}\n`);
  });
  it('quotes a field that would break the row', () => {
    const odd: Trajectory = {
      optimizer: 'a,"b"',
      params: {},
      status: 'converged',
      iterates: [{ k: 0, x: 1, y: 2, value: 3, gradNorm: 0 }],
    };
    expect(buildCsv([odd]).split('\n')[1]).toBe('"a,""b""",0,1,2,3,0');
  });
});

describe('buildExport', () => {
  const data = buildExport(scene, results, 'cpu', { numTensors: 12, numBytes: 4096 });
  it('has the shape of CONTRACT §6', () => {
    expect(Object.keys(data)).toEqual(['version', 'surface', 'backend', 'point', 'runs', 'memory', 'scene']);
    expect(data.version).toBe(2);
    expect(data.surface).toEqual({ id: 'rosenbrock', formula: scene.formula, domain: [-2, 2, -1, 3] });
    expect(data.backend).toBe('cpu');
    expect(data.point).toMatchObject({
      x: 0.5,
      y: 0.5,
      value: 6.5,
      gradient: [-51, 50],
      hessian: [
        [102, -200],
        [-200, 200],
      ],
      curvature: 'indefinite',
    });
    expect(Object.keys(data.point!)).toEqual([
      'x',
      'y',
      'value',
      'gradient',
      'hessian',
      'eigenvalues',
      'curvature',
      'derivatives',
    ]);
    // version 2: orders 0–2 from the facts when no higher model shows
    expect(data.point!.derivatives).toEqual([[6.5], [-51, 50], [102, -200, 200]]);
    const [l1, l2] = data.point!.eigenvalues;
    expect(l1).toBeCloseTo(-54.915, 3);
    expect(l2).toBeCloseTo(356.915, 3);
    expect(data.memory).toEqual({ numTensors: 12, numBytes: 4096 });
  });
  it('keeps every run and iterate, with only the contract fields', () => {
    expect(data.runs.map((r) => r.optimizer)).toEqual(['gd', 'newton']);
    expect(data.runs[0]).toEqual({
      optimizer: 'gd',
      params: { lr: 0.001 },
      status: 'max-steps',
      iterates: [
        { k: 0, x: -1.2, y: 1, value: 24.2, gradNorm: 232.87 },
        { k: 1, x: -0.9672, y: 1.088, value: 4.73, gradNorm: 28.1 },
      ],
    });
  });
  it('writes non-finite numbers as null in the JSON text', () => {
    const parsed = JSON.parse(exportText(data));
    expect(parsed.runs[1].iterates[1]).toEqual({ k: 1, x: null, y: null, value: null, gradNorm: null });
  });
  it('says null for the surface id of a typed formula', () => {
    const typed = buildExport({ ...scene, surfaceId: null, formula: 'x^2' }, results, 'webgl', {
      numTensors: 0,
      numBytes: 0,
    });
    expect(typed.surface.id).toBeNull();
  });
  it('version 2: derivatives up to the order given, radius and mu on the iterates, the data of a regression', () => {
    const derivs = [[1], [2, 3], [4, 5, 6], [7, 8, 9, 10]];
    const tr = {
      optimizer: 'trust-region',
      params: { radius: 1 },
      status: 'converged' as const,
      iterates: [
        { k: 0, x: 0, y: 0, value: 1, gradNorm: 1, radius: 1 },
        { k: 1, x: 0, y: 0, value: 1, gradNorm: 1, radius: 0.25 },
      ],
    };
    const lm = { ...tr, optimizer: 'lm', params: {}, iterates: [{ k: 0, x: 0, y: 0, value: 1, gradNorm: 1, mu: 0.2 }] };
    const reg = buildExport(
      {
        ...scene,
        surfaceId: 'linear-regression',
        taylor: [1, 3],
        data: [
          [1, 2],
          [3, 5],
        ],
      },
      { facts: results.facts, runs: [tr, lm] },
      'cpu',
      { numTensors: 0, numBytes: 0 },
      derivs,
    );
    expect(reg.point!.derivatives).toEqual(derivs);
    expect(reg.runs[0].iterates.map((i) => i.radius)).toEqual([1, 0.25]);
    expect(reg.runs[1].iterates[0].mu).toBe(0.2);
    expect('mu' in reg.runs[0].iterates[0]).toBe(false);
    expect(reg.surface.data).toEqual([
      [1, 2],
      [3, 5],
    ]);
    // the shipped data when the scene has none of its own
    const own = buildExport({ ...scene, surfaceId: 'linear-regression' }, results, 'cpu', {
      numTensors: 0,
      numBytes: 0,
    });
    expect(own.surface.data!.length).toBeGreaterThanOrEqual(2);
    expect(derivativeOrder({ taylor: [1, 3] })).toBe(3);
    expect(derivativeOrder({ taylor: [] })).toBe(2);
  });
});
