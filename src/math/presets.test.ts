// Every preset's sentence is checked: its claims are run with the optimizers on tfjs in
// float32, as the app runs them, and each claimed outcome must hold.
import { beforeAll, describe, expect, it } from 'vitest';
import { runOptimizers } from './engine';
import { surfaceData } from './surfaces';
import { isRegressionId } from './regression';
import { allPresets, claimFails, matchesPreset, presetsFor } from './presets';
import { ast, useCpu } from './test-setup';
import { defaultScene } from '../state/url';

beforeAll(useCpu);

describe('presets', () => {
  it('every catalog surface has at least one, with ids unique per surface and a start inside the domain', () => {
    for (const { surface, presets } of allPresets()) {
      expect(presets.length, surface.id).toBeGreaterThan(0);
      expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
      for (const p of presets) {
        const [x0, x1, y0, y1] = surface.domain;
        for (const q of [p.scene.start!, p.scene.point!]) {
          expect(q[0] >= x0 && q[0] <= x1 && q[1] >= y0 && q[1] <= y1, `${surface.id}/${p.id}`).toBe(true);
        }
        expect(p.claims.length).toBeGreaterThan(0);
        for (const c of p.claims) expect(p.scene.opt).toContain(c.opt);
      }
    }
  });

  for (const { surface, presets } of allPresets()) {
    for (const p of presets) {
      it(`${surface.id} / ${p.id}: ${p.title}`, () => {
        const sc = p.scene;
        // a regression surface's shipped data, for sgd
        const rows = surfaceData(surface.id);
        const runs = runOptimizers(
          ast(surface.formula),
          sc.opt!,
          { start: sc.start!, steps: sc.steps!, tol: sc.tol! },
          { lr: sc.lr!, beta: sc.beta!, h: sc.h!, m: sc.m, batch: sc.batch },
          undefined,
          rows && isRegressionId(surface.id) ? { id: surface.id, rows } : undefined,
        );
        for (const c of p.claims) {
          const run = runs[sc.opt!.indexOf(c.opt)];
          expect(claimFails(c, run, surface, sc.start!), `${c.opt}: ${JSON.stringify(c)}`).toBeNull();
        }
      });
    }
  }

  it('a claim that does not hold is caught (the checker can fail)', () => {
    const [p] = presetsFor('himmelblau');
    const s = allPresets().find((e) => e.surface.id === 'himmelblau')!.surface;
    const sc = p.scene;
    const runs = runOptimizers(
      ast(s.formula),
      ['newton'],
      { start: sc.start!, steps: sc.steps!, tol: sc.tol! },
      { lr: 0.01, beta: 0.9, h: 1e-3 },
    );
    expect(claimFails({ opt: 'newton', endsAt: 'minimum' }, runs[0], s, sc.start!)).toMatch(/maximum/);
    expect(claimFails({ opt: 'newton', stays: true }, runs[0], s, sc.start!)).toMatch(/moved/);
  });

  it('presetsFor: empty for a typed formula; matchesPreset follows the scene', () => {
    expect(presetsFor(null)).toEqual([]);
    expect(presetsFor('nope')).toEqual([]);
    const [p] = presetsFor('himmelblau');
    const scene = { ...defaultScene(), ...p.scene };
    expect(matchesPreset(scene, p)).toBe(true);
    expect(matchesPreset({ ...scene, start: [1, 1] }, p)).toBe(false);
  });
});
