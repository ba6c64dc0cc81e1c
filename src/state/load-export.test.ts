// Loading an export back: the scene it was made from (with its data), or a message naming why not.
import { describe, expect, it } from 'vitest';
import { buildExport, exportText } from './export';
import { sceneFromExport } from './load-export';
import { defaultScene, parseScene } from './url';

const results = { facts: null, runs: [] };
const mem = { numTensors: 0, numBytes: 0 };

describe('sceneFromExport', () => {
  it('reads back the exported scene exactly: a regression surface with its own data, methods, parameters', () => {
    const { scene } = parseScene(
      '?surface=linear-regression&data=0,1;1,3;2,5.5;3,6&opt=gd,sgd,lbfgs&batch=3&seed=7&m=2&steps=250&taylor=1,2,3&dir=30&point=1,1',
    );
    const text = exportText(buildExport(scene, results, 'cpu', mem));
    const r = sceneFromExport(text, defaultScene());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.problems).toEqual([]);
      expect(r.scene).toEqual(scene);
    }
  });

  it('an export without "scene" is read from its contract fields (surface, data, point, runs)', () => {
    const json = {
      version: 2,
      surface: {
        id: 'linear-regression',
        formula: '…',
        domain: [-1, 4, -2, 3],
        data: [
          [0, 1],
          [1, 3],
          [2, 5],
        ],
      },
      point: { x: 1.5, y: 0.5 },
      runs: [
        { optimizer: 'gd', params: { lr: 0.05 }, iterates: [{ k: 0, x: 0.5, y: 2 }] },
        { optimizer: 'sgd', params: { lr: 0.05, batch: 2, seed: 9 }, iterates: [{ k: 0, x: 0.5, y: 2 }] },
      ],
    };
    const r = sceneFromExport(JSON.stringify(json), defaultScene());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scene.surfaceId).toBe('linear-regression');
    expect(r.scene.data).toEqual([
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
    expect(r.scene.point).toEqual([1.5, 0.5]);
    expect(r.scene.start).toEqual([0.5, 2]);
    expect(r.scene.opt).toEqual(['gd', 'sgd']);
    expect([r.scene.lr, r.scene.batch, r.scene.seed]).toEqual([0.05, 2, 9]);
    // a typed formula
    const f = sceneFromExport(
      JSON.stringify({ version: 1, surface: { id: null, formula: 'x^2+3*y^2', domain: [-1, 1, -1, 1] } }),
      defaultScene(),
    );
    expect(f.ok && [f.scene.surfaceId, f.scene.formula, f.scene.domain]).toEqual([null, 'x^2+3*y^2', [-1, 1, -1, 1]]);
  });

  it('names what is wrong, and bad values inside become the URL checks’ problems', () => {
    const bad = (text: string) => {
      const r = sceneFromExport(text, defaultScene());
      return r.ok ? null : r.message;
    };
    expect(bad('')).toMatch(/^is not JSON/);
    expect(bad('{"a":1')).toMatch(/^is not JSON/);
    expect(bad('[1,2]')).toBe('is not a Taylor & Newton export (no "version")');
    expect(bad('{"version":7}')).toBe('has version 7; this app reads versions 1 and 2');
    expect(bad('{"version":2}')).toBe('is not a scene: it has no "surface" object');
    expect(bad('{"version":2,"surface":{}}')).toBe('is not a scene: its surface has neither an id nor a formula');
    const r = sceneFromExport('{"version":2,"scene":"?m=0&surface=booth"}', defaultScene());
    expect(r.ok && r.scene.surfaceId).toBe('booth');
    expect(r.ok && r.problems.map((p) => p.param)).toEqual(['m']);
  });
});
