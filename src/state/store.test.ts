// The store honours `lock` (CONTRACT §1): a viewer's edits never change a locked field.
import { beforeEach, describe, expect, test } from 'vitest';
import { useScene } from './store';

describe('lock', () => {
  beforeEach(() => useScene.getState().loadUrl('?surface=himmelblau&lock=surface,lr,point'));

  test('edits to locked fields are dropped, the others apply', () => {
    const before = useScene.getState().scene;
    useScene.getState().setScene({ lr: 0.5, point: [0, 0], start: [1, 1], steps: 7 });
    const s = useScene.getState().scene;
    expect(s.lr).toBe(before.lr);
    expect(s.point).toEqual(before.point);
    expect(s.start).toEqual([1, 1]);
    expect(s.steps).toBe(7);
  });

  test('a locked surface cannot be switched, by the picker or by typing a formula', () => {
    useScene.getState().pickSurface('rosenbrock');
    expect(useScene.getState().scene.surfaceId).toBe('himmelblau');
    useScene.getState().setFormula('x^2');
    expect(useScene.getState().scene.surfaceId).toBe('himmelblau');
    // a preset or tour step writing a whole scene keeps the locked fields too
    useScene.getState().setScene({ surfaceId: 'beale', formula: 'x', lock: [] });
    expect(useScene.getState().scene.surfaceId).toBe('himmelblau');
    expect(useScene.getState().scene.lock).toEqual(['surface', 'lr', 'point']);
  });

  test('without lock everything is editable', () => {
    useScene.getState().loadUrl('?surface=himmelblau');
    useScene.getState().setScene({ lr: 0.5 });
    useScene.getState().pickSurface('rosenbrock');
    expect(useScene.getState().scene).toMatchObject({ lr: 0.001, surfaceId: 'rosenbrock' });
  });
});
