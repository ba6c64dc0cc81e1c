import { describe, expect, it } from 'vitest';
import { NUMBER_PARAMS, numberDefaults, readNumber, writeNumbers } from './params';
import { parseScene, serializeScene } from './url';
import { checkNumber } from '../views/controls-logic';
import { checkExtra } from '../views/optimizer-fields';

// One value outside each row's rule, as text.
const OUTSIDE: Record<string, string> = {
  lr: '-1',
  beta: '1',
  h: '0',
  steps: '2.5',
  tol: '-0.1',
  grid: '5',
  patch: '2',
  m: '21',
  radius: '0',
  batch: '0',
  seed: '-3',
};

describe('NUMBER_PARAMS, the one table of numeric parameters', () => {
  const ctx = { lr: 0.002, rows: 6 };

  it('every default passes its own rule, and a default scene writes no numeric parameter', () => {
    for (const row of NUMBER_PARAMS) {
      const d = row.fallback(ctx);
      if (d !== null) expect(row.ok(d, ctx), row.key).toBe(true);
    }
    expect(writeNumbers(numberDefaults(ctx), ctx)).toEqual([]);
  });

  it('the URL and the typed fields say the same rule for every row', () => {
    for (const row of NUMBER_PARAMS) {
      const bad = OUTSIDE[row.key];
      expect(bad, row.key).toBeDefined();
      const url = parseScene(`?surface=linear-regression&${row.key}=${bad}`).problems.find((p) => p.param === row.key);
      expect(url?.message, row.key).toContain(`out of range: ${row.rule({ lr: 0, rows: 8 })}`);
      const typed = readNumber(row.key, bad, { lr: 0, rows: 8 }, 'still using 1');
      expect(typed).toEqual({
        ok: false,
        message: `${Number(bad)} is out of range: ${row.rule({ lr: 0, rows: 8 })}; still using 1`,
      });
    }
    // the panels' checks are the table's
    expect(checkNumber('beta', '1', 0.9)).toEqual({
      ok: false,
      message: '1 is out of range: must be in [0, 1); still using 0.9',
    });
    expect(checkExtra('m', '0', 5)).toEqual({
      ok: false,
      message: '0 is out of range: the memory of lbfgs must be a whole number from 1 to 20; still using 5',
    });
    expect(checkExtra('batch', '7', 2, 6).ok).toBe(false);
    expect(checkExtra('batch', '6', 2, 6)).toEqual({ ok: true, value: 6 });
  });

  it('a value off its default is written back and read back', () => {
    const { scene } = parseScene('?m=7&radius=0.5&beta=0.5&steps=250&grid=101');
    const q = serializeScene(scene);
    for (const part of ['m=7', 'radius=0.5', 'beta=0.5', 'steps=250', 'grid=101']) expect(q).toContain(part);
    expect(parseScene(q).scene).toEqual(scene);
  });
});
